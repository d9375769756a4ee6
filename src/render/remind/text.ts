// `reform remind` in the terminal: today's new reminders first, then those still being chased,
// each grouped by issuer (谁交办谁催办) and unit with the unit's contact, then the advance
// notices. Colour by level; columns aligned by display width (Chinese takes two columns).
import { renderUnreported } from './unreported.js';
import chalk, { type ChalkInstance } from 'chalk';
import type { Level } from '../../schema/index.js';
import { groupRows, type RemindResult, type ReminderRow, type UpcomingRow } from '../../domain/reminders.js';
import { fitTable, truncate, type TableCell as Cell } from '../common/table.js';
import {
  RM,
  daysText,
  leftText,
  levelName,
  rowLevelName,
  scheduleLines,
  scheduleMark,
  splitNew,
} from './messages.js';

const LEVEL_STYLE: Record<Level, ChalkInstance> = {
  phone: chalk.cyan,
  written: chalk.yellow,
  onsite: chalk.magenta,
  circular: chalk.red.bold,
  interview: chalk.bgRed.white.bold,
};

/** Titles are cut to 32 display columns, and further to fit the terminal (down to 12). */
const TITLE_MAX = 32;
const TITLE_FIT = { col: 0, min: 12 };

function reminderCells(r: ReminderRow, workdays: boolean): Cell[] {
  return [
    { text: rowLevelName(r), style: LEVEL_STYLE[r.level] },
    { text: r.item },
    { text: truncate(r.title, TITLE_MAX) },
    { text: r.node?.name ?? '' },
    { text: (r.node?.due ?? '') + (r.schedule || r.deleted ? '※' : '') },
    { text: r.daysBehind ? daysText(r.daysBehind, workdays) : '—', right: true },
  ];
}

const bold = (s: string) => chalk.bold(s);
const dim = (s: string) => chalk.dim(s);

function reminderSection(
  title: string,
  rows: readonly ReminderRow[],
  workdays: boolean,
  columns: number | undefined,
): string[] {
  const out = [chalk.bold.underline(title), ''];
  if (!rows.length) return [...out, `  ${RM.none()}`, ''];
  const header: Cell[] = [
    RM.colLevel(),
    RM.colItem(),
    RM.colTitle(),
    RM.colNode(),
    RM.colDue(),
    RM.colDays(),
  ].map((t, i) => ({
    text: t,
    style: dim,
    right: i === 5,
  }));
  // One width for the whole section, so that every unit's rows line up.
  const all: Cell[][] = [header, ...rows.map((r) => reminderCells(r, workdays))];
  const lines = fitTable(all, {
    indent: '    ',
    columns,
    shrink: [{ ...TITLE_FIT, col: 2 }],
    thenShrink: [
      { col: 3, min: 8 },
      { col: 2, min: 6 },
      { col: 0, min: 8 },
    ],
  }).map((l) => l[0]!);
  const lineOf = new Map<ReminderRow, string>();
  rows.forEach((r, i) => lineOf.set(r, lines[i + 1]!));
  for (const g of groupRows(rows)) {
    out.push(chalk.bold(RM.issuer({ issuer: g.issuer })));
    for (const u of g.units) {
      const contact = u.contact
        ? RM.contact({ name: u.contact.name, phone: u.contact.phone })
        : RM.noContact();
      out.push(`  ${bold(u.unit)}  ${dim(contact)}`);
      out.push(lines[0]!);
      for (const r of u.rows) {
        out.push(lineOf.get(r)!);
        const mark = scheduleMark(r);
        if (mark) out.push(chalk.yellow(`      ${mark}`));
      }
    }
    out.push('');
  }
  return out;
}

function upcomingSection(rows: readonly UpcomingRow[], days: number, columns: number | undefined): string[] {
  const out = [chalk.bold.underline(RM.sectionUpcoming({ n: rows.length, days })), ''];
  if (!rows.length) return [...out, `  ${RM.none()}`, ''];
  const header: Cell[] = [
    RM.colDue(),
    RM.colLeft(),
    RM.colItem(),
    RM.colTitle(),
    RM.colNode(),
    RM.colUnit(),
    RM.colContact(),
  ].map((t) => ({
    text: t,
    style: dim,
  }));
  const cells = rows.map((r): Cell[] => [
    { text: r.node.due + (r.schedule || r.deleted ? '※' : '') },
    { text: leftText(r.daysLeft), style: r.daysLeft <= 1 ? chalk.yellow : undefined },
    { text: r.item },
    { text: truncate(r.title, TITLE_MAX) },
    { text: r.node.name },
    { text: r.unit },
    { text: r.contact ? `${r.contact.name} ${r.contact.phone}` : '' },
  ]);
  // too wide: titles first, then the contact moves under its row (a phone number is never split)
  const lines = fitTable([header, ...cells], {
    indent: '  ',
    columns,
    shrink: [{ ...TITLE_FIT, col: 3 }],
    detach: 6,
    thenShrink: [
      { col: 4, min: 8 },
      { col: 3, min: 6 },
      { col: 5, min: 10 },
    ],
  });
  const withMarks = [...lines[0]!];
  rows.forEach((r, i) => {
    withMarks.push(...lines[i + 1]!);
    const mark = scheduleMark(r);
    if (mark) withMarks.push(chalk.yellow(`    ${mark}`));
  });
  return [...out, ...withMarks, ''];
}

/** `columns`: the terminal's width, when known (titles are shortened to fit). */
export function renderRemindText(res: RemindResult, columns?: number): string {
  const { fresh, old, totals } = splitNew(res);
  const out: string[] = [chalk.bold(RM.title({ date: res.date, office: res.office })), totals];
  for (const l of scheduleLines(res.schedule, res.date))
    out.push(l.startsWith('※') ? chalk.yellow(l) : dim(l));
  if (res.workdays) out.push(dim(RM.workdays()));
  const f: string[] = [];
  if (res.filter.unit) f.push(RM.filterUnit({ unit: res.filter.unit }));
  if (res.filter.level) f.push(RM.filterLevel({ level: levelName(res.filter.level) }));
  if (res.filter.onlyNew) f.push(RM.filterNew());
  if (f.length) out.push(dim(RM.filters({ list: f.join(', ') })));
  out.push('');
  const late = res.unreported ? ['', renderUnreported(res.unreported)] : [];
  if (!res.reminders.length && !res.upcoming.length) return [...out, RM.nothing(), ...late, ''].join('\n');
  out.push(...reminderSection(RM.sectionNew({ n: fresh.length }), fresh, res.workdays, columns));
  if (!res.filter.onlyNew)
    out.push(...reminderSection(RM.sectionOld({ n: old.length }), old, res.workdays, columns));
  if (!res.filter.level && !res.filter.onlyNew)
    out.push(...upcomingSection(res.upcoming, res.prewarnDays, columns));
  if (res.unreported) out.push(renderUnreported(res.unreported));
  return out.join('\n');
}
