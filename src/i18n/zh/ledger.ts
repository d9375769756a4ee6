// Loading the ledger folder and reading YAML.

// ledger/load.ts
// what a command would have made from the ledgers, had they passed reform check
const USES = {
  remind: '提醒',
  report: '生成报告',
  reconcile: '对账',
  assess: '考核',
  notices: '生成公文',
  returns: '生成填报表',
  import: '导入填报',
  export: '生成挂图作战表',
  calendar: '生成日历',
};

export const load = {
  brokenLedger: (p: { n: number; dir: string; use: keyof typeof USES }) =>
    `台账未通过 reform check（${p.n} 个错误），不能据此${USES[p.use]}；请先运行 reform check --ledgers ${p.dir} 查看详情并修正`,
  noFolder: (p: { dir: string | number }) => `台账目录 ${p.dir} 不存在`,
  noFiles: (p: { dir: string | number }) =>
    `目录 ${p.dir} 中没有台账文件（tasks.yaml、pilots.yaml、problems.yaml 等）`,
};

// ledger/yaml-messages.ts
export const yaml = {
  BAD_INDENT: '缩进不一致',
  MISSING_CHAR: '缺少字符（引号或括号未闭合？）',
  UNEXPECTED_TOKEN: '此处出现了意外的内容',
  BLOCK_AS_IMPLICIT_KEY: '键的写法有误（冒号后缺少空格？）',
  MULTILINE_IMPLICIT_KEY: '键不能跨行（上一行的冒号后缺少空格或引号未闭合？）',
  BAD_SCALAR_START: '值不能以该字符开头，请给值加引号',
  BAD_COLLECTION_TYPE: '列表或映射的写法有误',
  KEY_OVER_1024_CHARS: '键过长',
  BAD_DQ_ESCAPE: '双引号字符串中的转义无效',
  MULTIPLE_DOCS: '一个文件只能有一个文档（删除多余的 ---）',
  TAB_AS_INDENT: '缩进中使用了制表符（Tab）',
  OTHER: (p: { detail: string | number }) => `${p.detail}`,
};
