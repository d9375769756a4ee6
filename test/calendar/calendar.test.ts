// reform calendar: the file imports in ical.js (a real iCalendar parser) with one all-day event per
// open node on the right day, an alarm prewarn_days before it, and uids that stay the same when a
// date moves (so a re-import updates the event).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCalendar } from '../../src/commands/calendar.js';
import { openLedgers } from '../../src/commands/shared/open.js';
import { assessAll } from '../../src/domain/delay.js';
import { ALARM_HOUR } from '../../src/render/calendar/ics.js';
import { NOW, ROOT, sink } from '../helpers.js';
import { scenarioRepo } from '../reconcile/scenario.js';
import { removeTemp } from '../git/temp-repo.js';

vi.setConfig({ testTimeout: 60_000 });

const LEDGERS = join(ROOT, 'ledgers');

afterAll(removeTemp);

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  return { comp, events: comp.getAllSubcomponents('vevent') };
}

async function calendar(opts: { ledgers?: string; unit?: string; date?: string }) {
  const file = join(mkdtempSync(join(tmpdir(), 'reform-cal-')), 'nodes.ics');
  const out = sink();
  const code = await runCalendar(
    { ledgers: opts.ledgers ?? LEDGERS, unit: opts.unit, date: opts.date, output: file, now: NOW },
    out,
  );
  return { code, text: readFileSync(file, 'utf8'), said: out.text() };
}

/** The open nodes, counted independently from the statuses. */
function openNodes(asOf: string, unit?: string) {
  const { loaded } = openLedgers(LEDGERS, { now: NOW });
  const out: { item: string; node: string; due: string }[] = [];
  for (const s of assessAll(loaded.ledger, { asOf, policy: loaded.ledger.policy })) {
    if (['completed', 'closed', 'suspended', 'withdrawn'].includes(s.state)) continue;
    if (unit && s.unit !== unit) continue;
    for (const n of s.nodes)
      if (!n.done_on || n.done_on > asOf) out.push({ item: s.item, node: n.name, due: n.due });
  }
  return { nodes: out, prewarn: loaded.ledger.policy.prewarn_days };
}

describe('reform calendar', () => {
  it('has one all-day event per open node, on its day, with an alarm prewarn_days before', async () => {
    const { code, text, said } = await calendar({ date: '2026-11-20' });
    expect(code).toBe(0);
    const { comp, events } = parse(text);
    const { nodes, prewarn } = openNodes('2026-11-20');
    expect(said).toContain(`${nodes.length} 个未完成节点`);
    expect(events).toHaveLength(nodes.length);
    expect(comp.getFirstPropertyValue('x-wr-calname')).toBe('市委改革办改革事项关键节点');
    const byKey = new Map(events.map((e) => [String(new ICAL.Event(e).summary), new ICAL.Event(e)]));
    expect(byKey.size).toBe(nodes.length);
    for (const n of nodes) {
      const hit = [...byKey.entries()].find(
        ([s]) => s.startsWith(`【${n.item}】`) && s.endsWith(`：${n.node}`),
      );
      expect(hit, `${n.item} ${n.node}`).toBeDefined();
      const ev = hit![1];
      expect(ev.startDate.isDate).toBe(true);
      expect(ev.startDate.toString()).toBe(n.due);
      const end = ev.startDate.clone();
      end.adjust(1, 0, 0, 0);
      expect(ev.endDate.toString()).toBe(end.toString());
      const alarms = ev.component.getAllSubcomponents('valarm');
      expect(alarms).toHaveLength(1);
      expect(alarms[0]!.getFirstPropertyValue('action')).toBe('DISPLAY');
      const trigger = alarms[0]!.getFirstPropertyValue('trigger') as ICAL.Duration;
      // fires at ALARM_HOUR on the day prewarn_days before the node
      const fire = ev.startDate.clone();
      fire.isDate = false;
      fire.addDuration(trigger);
      const expected = ICAL.Time.fromDateString(n.due);
      expected.isDate = false;
      expected.adjust(-prewarn, ALARM_HOUR, 0, 0);
      expect(fire.toString()).toBe(expected.toString());
    }
    expect(prewarn).toBe(7);
  });

  it('keeps uids across runs, and when an approved adjustment moves a date', async () => {
    const a = parse((await calendar({ date: '2026-11-20' })).text).events;
    const uidsA = new Map(
      a.map((e) => [String(e.getFirstPropertyValue('summary')), String(e.getFirstPropertyValue('uid'))]),
    );
    expect(new Set(uidsA.values()).size).toBe(a.length);
    const again = (await calendar({ date: '2026-11-20' })).text;
    expect(again).toBe((await calendar({ date: '2026-11-20' })).text);

    // move a deadline with an approved adjustment
    const dir = join(mkdtempSync(join(tmpdir(), 'reform-cal-adj-')), 'ledgers');
    cpSync(LEDGERS, dir, { recursive: true });
    const tasksFile = join(dir, 'tasks.yaml');
    const text = readFileSync(tasksFile, 'utf8');
    const m = /\n {2}- id: (RW-\d{4}-\d{3})\n(?:(?! {2}- id:)[^\n]*\n)*? {4}deadline: (2026-12-\d\d)\n/.exec(
      text,
    );
    expect(m).not.toBeNull();
    const [, id, deadline] = m!;
    const moved = text.replace(
      m![0],
      m![0].replace(
        `    deadline: ${deadline}\n`,
        `    deadline: 2027-03-31\n    adjustments:\n      - {on: 2026-11-10, field: deadline, from: ${deadline}, to: 2027-03-31, approved_by: 市委深改委}\n`,
      ),
    );
    writeFileSync(tasksFile, moved);
    const b = parse((await calendar({ ledgers: dir, date: '2026-11-20' })).text).events.map(
      (e) => new ICAL.Event(e),
    );
    const final = b.find((e) => e.summary.startsWith(`【${id}】`) && e.summary.endsWith('：任务办结'))!;
    expect(final.startDate.toString()).toBe('2027-03-31');
    expect(final.sequence).toBe(1);
    expect(final.uid).toBe(uidsA.get(final.summary));
  });

  it('dates events by the approved schedule, as remind does: an unapproved postponement keeps its date', async () => {
    const { repo } = scenarioRepo();
    cpSync(join(ROOT, 'schemas'), join(repo.dir, 'schemas'), { recursive: true });
    const cwd = process.cwd();
    process.chdir(repo.dir);
    const day = (events: ICAL.Event[], item: string) =>
      events
        .find((e) => e.summary.startsWith(`【${item}】`) && e.summary.endsWith('：任务办结'))
        ?.startDate.toString();
    try {
      const approved = parse((await calendar({ ledgers: 'ledgers', date: '2026-07-05' })).text).events.map(
        (e) => new ICAL.Event(e),
      );
      expect(day(approved, 'RW-004')).toBe('2026-05-31'); // moved to 08-31 without approval
      const out = sink();
      await runCalendar({ ledgers: 'ledgers', date: '2026-07-05', baseline: false, now: NOW }, out);
      const written = parse(out.text()).events.map((e) => new ICAL.Event(e));
      expect(day(written, 'RW-004')).toBe('2026-08-31');
    } finally {
      process.chdir(cwd);
    }
  });

  it('narrows to one unit, by full name or alias', async () => {
    const full = parse((await calendar({ date: '2026-11-20', unit: '市发展改革委' })).text);
    const alias = parse((await calendar({ date: '2026-11-20', unit: '市发改委' })).text);
    const { nodes } = openNodes('2026-11-20', '市发展改革委');
    expect(full.events.length).toBe(nodes.length);
    expect(full.events.length).toBeGreaterThan(0);
    expect(alias.events.length).toBe(full.events.length);
    expect(full.comp.getFirstPropertyValue('x-wr-calname')).toBe(
      '市委改革办改革事项关键节点（市发展改革委）',
    );
  });
});
