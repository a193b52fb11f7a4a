/**
 * Calendar days as the Netherlands lives them (Europe/Amsterdam, UTC+1 in winter and UTC+2 in
 * summer), whatever the server's own time zone: a vacancy's closing date ends at midnight in
 * Amsterdam, not in UTC. Built on Intl's time-zone data, so daylight saving time needs no
 * table of our own.
 */
import type { IsoDate } from './dates';

const ZONE = 'Europe/Amsterdam';

const dayParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const offsetName = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' });

/** The day it is in the Netherlands at `now`, as YYYY-MM-DD. */
export function dutchToday(now: Date = new Date()): IsoDate {
  const part = (type: Intl.DateTimeFormatPartTypes) => dayParts.formatToParts(now).find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Minutes Amsterdam is ahead of UTC at `instant` ("GMT+02:00" → 120). */
function offsetMinutes(instant: number): number {
  const name = offsetName.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0; // "GMT": no offset
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/** The instant a day begins in the Netherlands: 2026-12-01 → 2026-11-30T23:00:00Z, 2027-07-01 → 2027-06-30T22:00:00Z. */
export function startOfDutchDay(date: IsoDate): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  // The offset at UTC midnight is a first guess; asking again at the guessed instant corrects
  // it when the clocks change in between (they never do around midnight in Amsterdam).
  const guess = utcMidnight - offsetMinutes(utcMidnight) * 60_000;
  return new Date(utcMidnight - offsetMinutes(guess) * 60_000);
}
