import { msg } from '../common/msg.js';

/** The five fields of a schedule as sets of allowed values. */
export interface Schedule {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
  /** Vixie cron: when both day fields are restricted, either may match. */
  dayRestricted: boolean;
  weekdayRestricted: boolean;
  /** The schedule as written into the crontab (macros expanded). */
  normalized: string;
}

export type ParsedSchedule =
  | { ok: true; schedule: Schedule }
  | { ok: false; message: string; params?: Record<string, { text: string; params: Record<string, never> }> };

const MACROS: Record<string, string> = {
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
  '@monthly': '0 0 1 * *',
  '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@hourly': '0 * * * *',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

interface FieldRule {
  min: number;
  max: number;
  names?: string[];
  nameOffset?: number;
}
const RULES: FieldRule[] = [
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  { min: 1, max: 12, names: MONTHS, nameOffset: 1 },
  { min: 0, max: 7, names: WEEKDAYS, nameOffset: 0 },
];

function parseField(text: string, rule: FieldRule): Set<number> | null {
  const values = new Set<number>();
  const number = (token: string): number | null => {
    const named = rule.names?.indexOf(token.toLowerCase()) ?? -1;
    if (named >= 0) return named + (rule.nameOffset ?? 0);
    if (!/^\d{1,2}$/.test(token)) return null;
    const value = Number(token);
    return value >= rule.min && value <= rule.max ? value : null;
  };
  for (const part of text.split(',')) {
    const match = /^(\*|[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)?)(?:\/(\d{1,2}))?$/.exec(part);
    if (!match) return null;
    const step = match[2] === undefined ? 1 : Number(match[2]);
    if (step < 1) return null;
    let from = rule.min;
    let to = rule.max;
    if (match[1] !== '*') {
      const [a, b] = match[1]!.split('-');
      const start = number(a!);
      const end = b === undefined ? (match[2] === undefined ? start : rule.max) : number(b);
      if (start === null || end === null || end < start) return null;
      from = start;
      to = end;
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

/** Checks a schedule: five fields (numbers, names, ranges, steps, lists) or a macro such as @daily. */
export function parseSchedule(input: string): ParsedSchedule {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '@reboot')
    return {
      ok: false,
      message: msg('@reboot is not offered: hosts restart rarely and without notice. Use a schedule.'),
    };
  const expanded = MACROS[text.toLowerCase()] ?? text;
  const parts = expanded.split(' ');
  if (parts.length !== 5 || text.length > 100)
    return {
      ok: false,
      message: msg('A schedule has five fields: minute, hour, day of month, month, day of week (such as 15 3 * * *).'),
    };
  const sets = parts.map((part, index) => parseField(part, RULES[index]!));
  const names = [msg('minute'), msg('hour'), msg('day of month'), msg('month'), msg('day of week')];
  const bad = sets.findIndex((set) => set === null);
  if (bad >= 0)
    return {
      ok: false,
      message: msg('The {{field}} field is not valid.'),
      params: { field: { text: names[bad]!, params: {} } },
    };
  const [minutes, hours, days, months, weekdays] = sets as Set<number>[];
  if (weekdays!.has(7)) weekdays!.add(0);
  weekdays!.delete(7);
  return {
    ok: true,
    schedule: {
      minutes: minutes!,
      hours: hours!,
      days: days!,
      months: months!,
      weekdays: weekdays!,
      dayRestricted: parts[2] !== '*',
      weekdayRestricted: parts[4] !== '*',
      normalized: text.startsWith('@') ? text.toLowerCase() : text,
    },
  };
}

function dayMatches(schedule: Schedule, date: Date): boolean {
  if (!schedule.months.has(date.getUTCMonth() + 1)) return false;
  const day = schedule.days.has(date.getUTCDate());
  const weekday = schedule.weekdays.has(date.getUTCDay());
  if (schedule.dayRestricted && schedule.weekdayRestricted) return day || weekday;
  if (schedule.dayRestricted) return day;
  if (schedule.weekdayRestricted) return weekday;
  return true;
}

/** The next `count` times (UTC, the hosts' clock) the schedule runs after `from`. */
export function nextRuns(schedule: Schedule, from: Date, count = 5): Date[] {
  const runs: Date[] = [];
  const t = new Date(from.getTime());
  t.setUTCSeconds(0, 0);
  t.setUTCMinutes(t.getUTCMinutes() + 1);
  const limit = from.getTime() + 5 * 366 * 24 * 3600 * 1000;
  while (runs.length < count && t.getTime() < limit) {
    if (!dayMatches(schedule, t)) {
      t.setUTCHours(0, 0, 0, 0);
      t.setUTCDate(t.getUTCDate() + 1);
      continue;
    }
    if (schedule.hours.has(t.getUTCHours()) && schedule.minutes.has(t.getUTCMinutes())) runs.push(new Date(t));
    t.setUTCMinutes(t.getUTCMinutes() + 1);
  }
  return runs;
}

export interface Description {
  text: string;
  params: Record<string, string | number>;
}

const only = (set: Set<number>): number | null => (set.size === 1 ? [...set][0]! : null);
const isEvery = (set: Set<number>, min: number, max: number) => set.size === max - min + 1;
const pad = (n: number) => String(n).padStart(2, '0');

/** The schedule in words ("every day at 03:15"), for the preview beside the field. */
export function describeSchedule(schedule: Schedule, weekdayName: (day: number) => string): Description {
  const { minutes, hours, days, months, weekdays } = schedule;
  const minute = only(minutes);
  const hour = only(hours);
  const anyDay = !schedule.dayRestricted && !schedule.weekdayRestricted && isEvery(months, 1, 12);
  if (anyDay && isEvery(minutes, 0, 59) && isEvery(hours, 0, 23)) return { text: msg('every minute'), params: {} };
  if (anyDay && isEvery(hours, 0, 23) && minute === null && minutes.has(0)) {
    const sorted = [...minutes].sort((a, b) => a - b);
    const step = sorted[1]! - sorted[0]!;
    if (sorted.every((value, index) => value === index * step) && 60 % step === 0)
      return { text: msg('every {{count}} minutes'), params: { count: step } };
  }
  if (anyDay && isEvery(hours, 0, 23) && minute !== null)
    return { text: msg('every hour at minute {{minute}}'), params: { minute } };
  if (minute === null || hour === null)
    return { text: msg('on a custom schedule: {{schedule}}'), params: { schedule: schedule.normalized } };
  const time = `${pad(hour)}:${pad(minute)}`;
  if (anyDay) return { text: msg('every day at {{time}} (UTC)'), params: { time } };
  if (!schedule.dayRestricted && schedule.weekdayRestricted && isEvery(months, 1, 12)) {
    const day = only(weekdays);
    if (day !== null)
      return { text: msg('every {{weekday}} at {{time}} (UTC)'), params: { weekday: weekdayName(day), time } };
    if ([1, 2, 3, 4, 5].every((d) => weekdays.has(d)) && weekdays.size === 5)
      return { text: msg('every weekday, Monday to Friday, at {{time}} (UTC)'), params: { time } };
  }
  const day = only(days);
  if (schedule.dayRestricted && !schedule.weekdayRestricted && day !== null && isEvery(months, 1, 12))
    return { text: msg('on day {{day}} of every month at {{time}} (UTC)'), params: { day, time } };
  return { text: msg('on a custom schedule: {{schedule}}'), params: { schedule: schedule.normalized } };
}
