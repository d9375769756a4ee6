// The fixed Chinese wording inside the returns and the 挂图作战 workbook. These sheets are
// forms the units fill in Chinese: their headers and labels are part of the contract (import
// reads them back), so they do not follow --lang.
import type { ItemState, LedgerName } from '../domain/delay.js';
import type { Level } from '../schema/index.js';

export const LEVEL_LABEL: Record<Level, string> = {
  phone: '电话提醒',
  written: '书面提醒',
  onsite: '现场提醒',
  circular: '通报提醒',
  interview: '约谈提醒',
};

export const STATE_LABEL = { overdue: '已逾期', pending: '未到期' } as const;

export const ITEM_STATE_LABEL: Record<ItemState, string> = {
  completed: '已完成',
  closed: '已销号',
  suspended: '暂缓',
  withdrawn: '撤销',
  behind: '滞后',
  'on-schedule': '正常推进',
};

export const NODE_STATE_LABEL = {
  done: '已完成',
  late: '逾期完成',
  overdue: '已逾期',
  pending: '未到期',
} as const;

export const LEDGER_LABEL: Record<LedgerName, string> = {
  tasks: '改革任务',
  pilots: '改革试点',
  problems: '问题清单',
};

export const RECTIFICATION_CHOICES = ['已整改到位', '正在整改', '需延期整改'] as const;

/** 2026-12 → 2026年12月. */
export function monthLabel(month: string): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
}

/** 2026-12-07 → 2026年12月7日. */
export function dayLabel(day: string): string {
  return `${day.slice(0, 4)}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}
