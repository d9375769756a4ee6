// 二、分单位推进情况: per lead unit and per special group, worst first.
import { messages } from '../../i18n/index.js';
import type { Report, UnitRow } from '../../report/types.js';
import type { Block, Cell } from './blocks.js';
import { joinList, joinSemicolons, joinSentences, L, percent, someOf, subNo } from './words.js';

const M = messages({
  byUnit: { zh: '分牵头单位情况', en: 'By lead unit' },
  byGroup: { zh: '分专项小组情况', en: 'By special group' },
  unitsLead: {
    zh: '本季度有关键节点到期的牵头单位{withNodes}个，其中到期节点全部按期完成的{allOnTime}个{names}。',
    en: '{withNodes} lead units had key nodes due in the quarter; {allOnTime} met all of them on time{names}.',
  },
  namesZh: { zh: '（{names}）', en: ' ({names})' },
  behindLead: {
    zh: '截至季末有滞后事项的单位{n}个，滞后事项较多的是{names}。',
    en: 'At the end of the period {n} units had items behind, most of all {names}.',
  },
  noBehind: {
    zh: '截至季末，各牵头单位均无滞后事项。',
    en: 'At the end of the period no lead unit had an item behind.',
  },
  unitCount: { zh: '{unit}（{n}项）', en: '{unit} ({n})' },
  groupsLead: {
    zh: '按专项小组统计（问题按其关联任务归入专项小组），{n}个专项小组共统筹推进事项{items}项。',
    en: 'By special group (problems count with the group of their related task), {n} groups oversee {items} items. ',
  },
  groupsBehind: { zh: '滞后事项分布在{parts}', en: 'Items behind: {parts}' },
  groupPart: { zh: '{group}（{behind}项）', en: '{group} ({behind})' },
  groupsClear: { zh: '{names}所属事项均无滞后', en: '{names}: none behind' },
  groupsAllClear: { zh: '各专项小组所属事项均无滞后', en: 'no group has an item behind' },
  end: { zh: '。', en: '.' },
  noGroups: { zh: '台账中的任务未标注专项小组。', en: 'No task in the ledger names a special group.' },
  statesChart: { zh: '各牵头单位事项状态分布', en: 'Items of each lead unit by state' },
  rateChart: {
    zh: '各牵头单位本季度节点按期完成率',
    en: 'On-time rate of each lead unit’s nodes in the quarter',
  },
  unitsCaption: { zh: '各牵头单位推进情况（按滞后程度排序）', en: 'Lead units, worst first' },
  groupsCaption: { zh: '各专项小组推进情况（按滞后程度排序）', en: 'Special groups, worst first' },
  no: { zh: '序号', en: 'No.' },
  unit: { zh: '牵头单位', en: 'Lead unit' },
  group: { zh: '专项小组', en: 'Special group' },
  items: { zh: '事项', en: 'Items' },
  due: { zh: '到期节点', en: 'Nodes due' },
  onTime: { zh: '按期', en: 'On time' },
  late: { zh: '逾期', en: 'Late' },
  open: { zh: '未完成', en: 'Open' },
  rate: { zh: '按期率', en: 'Rate' },
  behind: { zh: '滞后事项', en: 'Behind' },
  serious: { zh: '其中严重滞后', en: 'Seriously' },
  worst: { zh: '最长连续滞后', en: 'Longest delay' },
  worstCell: { zh: '{days}天（{item}）', en: '{days} d ({item})' },
});

function tableOf(rows: UnitRow[], caption: string, first: string): Block {
  return {
    kind: 'table',
    caption,
    head: [
      M.no(),
      first,
      M.items(),
      M.due(),
      M.onTime(),
      M.late(),
      M.open(),
      M.rate(),
      M.behind(),
      M.serious(),
      M.worst(),
    ],
    align: ['center', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    rows: rows.map((u, i): Cell[] => [
      i + 1,
      u.unit,
      u.items.count,
      u.nodes.due.count,
      u.nodes.onTime.count,
      u.nodes.late.count,
      u.nodes.open.count,
      percent(u.nodes.rate),
      u.behind.count,
      u.states.serious.count,
      u.worst ? M.worstCell({ days: u.worst.days, item: u.worst.item }) : L.dash(),
    ]),
  };
}

function unitsPara(rows: UnitRow[]): string {
  const withNodes = rows.filter((u) => u.nodes.due.count > 0);
  const allOnTime = withNodes.filter((u) => u.nodes.onTime.count === u.nodes.due.count);
  const behind = rows.filter((u) => u.behind.count > 0);
  const parts: string[] = [];
  if (withNodes.length) {
    parts.push(
      M.unitsLead({
        withNodes: withNodes.length,
        allOnTime: allOnTime.length,
        names: allOnTime.length
          ? M.namesZh({
              names: someOf(
                allOnTime.map((u) => u.unit),
                3,
                true,
              ),
            })
          : '',
      }),
    );
  }
  if (behind.length) {
    const top = [...behind].sort((a, b) => b.behind.count - a.behind.count).slice(0, 3);
    parts.push(
      M.behindLead({
        n: behind.length,
        names: joinList(top.map((u) => M.unitCount({ unit: u.unit, n: u.behind.count }))),
      }),
    );
  } else parts.push(M.noBehind());
  return joinSentences(parts);
}

export function unitBlocks(r: Report): Block[] {
  const blocks: Block[] = [{ kind: 'subheading', text: subNo(1) + M.byUnit() }];
  blocks.push({ kind: 'para', text: [unitsPara(r.units)] });
  if (r.units.length) {
    blocks.push({ kind: 'chart', chart: 'unit-states', caption: M.statesChart() });
    blocks.push(tableOf(r.units, M.unitsCaption(), M.unit()));
    if (r.units.some((u) => u.nodes.due.count > 0))
      blocks.push({ kind: 'chart', chart: 'unit-rate', caption: M.rateChart() });
  }
  blocks.push({ kind: 'subheading', text: subNo(2) + M.byGroup() });
  if (!r.groups.length) blocks.push({ kind: 'para', text: [M.noGroups()] });
  else {
    const items = r.groups.reduce((n, g) => n + g.items.count, 0);
    const behind = r.groups.filter((g) => g.behind.count > 0);
    const clear = r.groups.filter((g) => g.behind.count === 0);
    const parts: string[] = [];
    if (behind.length)
      parts.push(
        M.groupsBehind({
          parts: joinList(behind.map((g) => M.groupPart({ group: g.unit, behind: g.behind.count }))),
        }),
      );
    if (clear.length)
      parts.push(
        behind.length
          ? M.groupsClear({
              names: someOf(
                clear.map((g) => g.unit),
                3,
              ),
            })
          : M.groupsAllClear(),
      );
    blocks.push({
      kind: 'para',
      text: [M.groupsLead({ n: r.groups.length, items }) + joinSemicolons(parts) + M.end()],
    });
    blocks.push(tableOf(r.groups, M.groupsCaption(), M.group()));
  }
  return blocks;
}
