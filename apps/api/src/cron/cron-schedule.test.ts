import { describe, expect, it } from 'vitest';
import { describeSchedule, nextRuns, parseSchedule } from './cron-schedule.js';

const weekday = (day: number) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][day]!;
const parsed = (text: string) => {
  const result = parseSchedule(text);
  if (!result.ok) throw new Error(result.message);
  return result.schedule;
};
const words = (text: string) => {
  const d = describeSchedule(parsed(text), weekday);
  return Object.entries(d.params).reduce((s, [k, v]) => s.replace(`{{${k}}}`, String(v)), d.text);
};

describe('cron schedules', () => {
  it('says common schedules in words', () => {
    expect(words('15 3 * * *')).toBe('every day at 03:15 (UTC)');
    expect(words('@daily')).toBe('every day at 00:00 (UTC)');
    expect(words('* * * * *')).toBe('every minute');
    expect(words('*/15 * * * *')).toBe('every 15 minutes');
    expect(words('5 * * * *')).toBe('every hour at minute 5');
    expect(words('30 6 * * mon')).toBe('every Monday at 06:30 (UTC)');
    expect(words('0 9 * * 1-5')).toBe('every weekday, Monday to Friday, at 09:00 (UTC)');
    expect(words('0 4 1 * *')).toBe('on day 1 of every month at 04:00 (UTC)');
    expect(words('0 4 1,15 */2 *')).toBe('on a custom schedule: 0 4 1,15 */2 *');
  });

  it('gives the next five runs', () => {
    const from = new Date('2026-11-26T03:20:00Z');
    expect(nextRuns(parsed('15 3 * * *'), from).map((d) => d.toISOString())).toEqual([
      '2026-11-27T03:15:00.000Z',
      '2026-11-28T03:15:00.000Z',
      '2026-11-29T03:15:00.000Z',
      '2026-11-30T03:15:00.000Z',
      '2026-12-01T03:15:00.000Z',
    ]);
    expect(nextRuns(parsed('0 0 29 2 *'), from, 1)[0]!.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    // Both day fields restricted: either matches, as in Vixie cron.
    const either = nextRuns(parsed('0 12 1 * fri'), new Date('2026-11-26T00:00:00Z'), 3).map((d) => d.toISOString());
    expect(either).toEqual(['2026-11-27T12:00:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-04T12:00:00.000Z']);
  });

  it('refuses what cron would misread or what could add a crontab line', () => {
    for (const bad of [
      '',
      '* * * *',
      '60 * * * *',
      '* 24 * * *',
      '* * 0 * *',
      '5-1 * * * *',
      '*/0 * * * *',
      '@reboot',
      '* * * * * echo',
      '* * * * *\n* * * * *',
      '1;2 * * * *',
    ])
      expect(parseSchedule(bad).ok, bad).toBe(false);
    expect(parseSchedule('0 0 * * 7').ok).toBe(true);
  });
});
