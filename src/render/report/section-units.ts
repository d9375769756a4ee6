// 二、分单位推进情况: per lead unit and per special group, worst first.
import { messagesOf } from '../../i18n/index.js';
import type { Report, UnitRow } from '../../report/types.js';
import type { Block, Cell } from './blocks.js';
import {
  asOfWhen,
  joinList,
  joinSemicolons,
  joinSentences,
  L,
  numberedTable,
  percent,
  someOf,
  subNo,
} from './words.js';

const M = messagesOf('reportUnits');

function tableOf(rows: UnitRow[], caption: string, first: string): Block {
  return numberedTable({
    caption,
    head: [
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
    align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    rows: rows.map((u): Cell[] => [
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
  });
}

function unitsPara(rows: UnitRow[], when: string): string {
  const withNodes = rows.filter((u) => u.nodes.due.count > 0);
  // praised only with nothing behind: every node of the quarter on time, and no older item still behind
  const allOnTime = withNodes.filter(
    (u) => u.nodes.onTime.count === u.nodes.due.count && u.behind.count === 0,
  );
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
    const names = joinList(top.map((u) => M.unitCount({ unit: u.unit, n: u.behind.count })));
    parts.push(
      behind.length === 1 ? M.behindOne({ when, names }) : M.behindLead({ when, n: behind.length, names }),
    );
  } else parts.push(M.noBehind({ when }));
  return joinSentences(parts);
}

export function unitBlocks(r: Report): Block[] {
  const blocks: Block[] = [{ kind: 'subheading', text: subNo(1) + M.byUnit() }];
  blocks.push({ kind: 'para', text: [unitsPara(r.units, asOfWhen(r.period))] });
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
        (behind.length === 1 ? M.groupsBehindOne : M.groupsBehind)({
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
