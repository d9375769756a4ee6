// `reform diff`: changes between two versions of the ledgers.

// render/diff/words.ts
export const diff = {
  tasks: '改革任务',
  pilots: '改革试点',
  problems: '问题清单',
  units: '单位',
  added: '新增',
  removed: '删除',
  changed: '修改',
  worktree: '工作区',
  revision: (p: { rev: string | number; sha: string | number; date: string | number }) =>
    `${p.rev}（${p.sha}，${p.date}）`,
  title: (p: { from: string | number; to: string | number }) => `台账变更：${p.from} → ${p.to}`,
  kindSummary: (p: {
    kind: string | number;
    added: string | number;
    removed: string | number;
    changed: string | number;
  }) => `${p.kind}：新增 ${p.added}，删除 ${p.removed}，修改 ${p.changed}`,
  none: '两个版本的台账没有差别。',
  totals: (p: {
    added: string | number;
    removed: string | number;
    changed: string | number;
    postponed: string | number;
    unapproved: string | number;
  }) =>
    `合计：新增 ${p.added} 项，删除 ${p.removed} 项，修改 ${p.changed} 项；延期 ${p.postponed} 处，其中未经批准 ${p.unapproved} 处。`,
  postponed: (p: { days: string | number }) => `延期 ${p.days} 天`,
  approved: (p: { on: string | number; by: string | number; ref: string | number }) =>
    `已批准（${p.on}，${p.by}${p.ref}）`,
  unverified: '；修改日期未与历史核对',
  'no-record': '未经批准：没有对应的调整记录',
  'other-value': (p: { to: string | number }) => `未经批准：调整记录批准的是 ${p.to}`,
  'after-change': (p: { on: string | number; changed: string | number }) =>
    `未经批准：调整记录日期 ${p.on} 晚于修改（${p.changed} 时已修改）`,
  afterChangeUnknown: (p: { on: string | number }) => `未经批准：调整记录日期 ${p.on} 晚于修改日期`,
  // one wording per verdict, shared by diff, check --since, reconcile, remind and report
  verdictReason: (
    p: Record<
      'reason' | 'on' | 'recordTo' | 'changed' | 'changeSha' | 'changeDay' | 'recordSha' | 'recordDay',
      string
    >,
  ) => {
    const late = `修改在 ${p.changeSha || '工作区'}（${p.changeDay}），调整记录在其后的 ${p.recordSha || '工作区'}（${p.recordDay}）补录`;
    switch (p.reason) {
      case 'no-record':
        return '未经批准：没有对应的调整记录';
      case 'other-value':
        return `未经批准：调整记录批准的是 ${p.recordTo}`;
      case 'after-change':
        return p.changed
          ? `未经批准：调整记录日期 ${p.on} 晚于修改（${p.changed} 时已修改）`
          : `未经批准：调整记录日期 ${p.on} 晚于修改日期`;
      case 'late-without-ref':
        return `未经批准：事后补录且无批准文号（ref）——${late}`;
      case 'late-with-ref':
        return `事后补录，请复核——${late}`;
      default:
        return '未经批准';
    }
  },
  unapprovedShort: '未经批准',
  approvedShort: '已批准',
  warnUnapproved: (p: { n: string | number }) => `未经批准的延期 ${p.n} 处`,
  warnRemoved: (p: { n: string | number }) => `删除的条目 ${p.n} 项`,
  unreadable: (p: { which: string | number; n: string | number }) =>
    `注意：${p.which}中有 ${p.n} 处问题，无法读取的条目不参与比对（可运行 reform check 查看）。`,
  older: '旧版本',
  newer: '新版本',
  colChange: '变更',
  colId: '编号',
  colTitle: '名称',
  colUnit: '单位',
  colDetail: '内容',
};

// commands/diff.ts
export const diffCommand = {
  range: (p: { spec: string | number; to: string | number }) =>
    `版本范围 ${p.spec} 与第二个参数 ${p.to} 不能同时给出`,
};
