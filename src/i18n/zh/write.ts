// Writing ledger files: the ledger lock and atomic writes.
export const write = {
  lockBusy: (p: {
    dir: string;
    pid: string | number;
    host: string;
    since: string;
    secs: number;
    lock: string;
  }) =>
    `台账目录 ${p.dir} 正被另一个 reform 进程写入（pid ${p.pid}，主机 ${p.host}，自 ${p.since} 起），等待 ${p.secs} 秒后仍未释放，本次未写入任何内容。请稍后重试；若确认该进程已不在运行，可删除 ${p.lock}`,
  lockWaiting: (p: { pid: number }) => `台账目录正被另一个 reform 进程写入（pid ${p.pid}），等待其完成……`,
  cannotLock: (p: { dir: string; reason: string }) =>
    `无法锁定台账目录 ${p.dir}（${p.reason}），本次未写入任何内容`,
  noFolder: (p: { dir: string }) => `台账目录 ${p.dir} 不存在`,
  badLink: (p: { file: string; reason: string }) =>
    `${p.file} 是符号链接，但指向的文件不存在或链接成环（${p.reason}），未写入`,
  notFile: (p: { file: string }) => `${p.file} 不是普通文件，未写入`,
  cannotWrite: (p: { file: string; reason: string }) => `无法写入 ${p.file}：${p.reason}`,
  // why an edit of a ledger file was not made (the file is left as it was)
  fileUnparsable: '文件不是有效的 YAML',
  itemUnparsable: (p: { n: number }) => `第 ${p.n} 项无法单独解析`,
  itemMoved: (p: { n: number; id: string }) => `第 ${p.n} 项已不是 ${p.id}（文件在读取后被改动）`,
  resultUnparsable: '改写后的文件不是有效的 YAML',
  entryUnparsable: (p: { id: string }) => `${p.id} 的写法无法自动改写（括号未闭合）`,
  keyNoMapping: (p: { id: string; key: string }) => `${p.id} 中找不到可写入 ${p.key} 的位置`,
  keyAlreadySet: (p: { id: string; key: string }) => `${p.id} 已有 ${p.key}，未覆盖`,
  keyEmpty: (p: { id: string; key: string }) => `${p.id} 的 ${p.key} 为空值，请先删除该行或写成列表`,
  keyNotList: (p: { id: string; key: string }) => `${p.id} 的 ${p.key} 不是列表`,
  resultMismatch: '改写后的文件读回的内容与预期不符',
  resultInvalid: (p: { code: string }) => `改写后的文件不能通过校验（${p.code}）`,
};
