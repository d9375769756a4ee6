// Node events as an iCalendar file (RFC 5545) through ical-generator: all-day events, each with a
// display alarm on the morning of the day that is prewarn_days before the node.
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import type { NodeEvent } from '../../calendar/events.js';
import { t } from '../../i18n/index.js';
import { VERSION } from '../../version.js';

/** The hour of the alarm on its day, in the device's time (a floating trigger relative to midnight). */
export const ALARM_HOUR = 9;

export interface CalendarMeta {
  office: string;
  unit?: string;
  /** The as-of day: the DTSTAMP of every event, so one day's file is the same byte for byte. */
  asOf: string;
}

function utcDay(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function nextDay(date: string): Date {
  const d = utcDay(date);
  d.setUTCDate(d.getUTCDate() + 1);
  return d;
}

export function renderIcs(events: readonly NodeEvent[], meta: CalendarMeta): string {
  const cal = ical({
    name: meta.unit
      ? t().calendar.nameUnit({ office: meta.office, unit: meta.unit })
      : t().calendar.name({ office: meta.office }),
    prodId: { company: 'reform', product: 'reform', language: 'ZH' },
    method: ICalCalendarMethod.PUBLISH,
    x: { 'X-REFORM-VERSION': VERSION },
  });
  for (const e of events) {
    const summary = t().calendar.summary({ item: e.item, title: e.title, node: e.node });
    const ev = cal.createEvent({
      id: e.uid,
      start: utcDay(e.date),
      end: nextDay(e.date),
      allDay: true,
      stamp: utcDay(meta.asOf),
      sequence: e.sequence,
      summary,
      description: t().calendar.description({
        item: e.item,
        title: e.title,
        node: e.node,
        date: e.date,
        unit: e.unit,
        issuer: e.issuer,
      }),
      categories: [{ name: e.unit }],
    });
    // seconds before the event's start (midnight of the day): the morning of the warning day
    const before = e.alarmDays * 86_400 - ALARM_HOUR * 3600;
    ev.createAlarm({
      type: ICalAlarmType.display,
      trigger: before,
      description:
        e.alarmDays > 0
          ? t().calendar.alarm({ days: e.alarmDays, summary })
          : t().calendar.alarmToday({ summary }),
    });
  }
  return cal.toString();
}
