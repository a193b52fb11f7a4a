import { describe, expect, it } from 'vitest';
import { dutchToday, startOfDutchDay } from '~/server/lib/dutch-day';
import { closingMoment } from '~/server/services/vacancy-schedule';

describe('Dutch days', () => {
  it('begins a day at midnight in Amsterdam, in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(startOfDutchDay('2026-12-01').toISOString()).toBe('2026-11-30T23:00:00.000Z');
    expect(startOfDutchDay('2027-07-01').toISOString()).toBe('2027-06-30T22:00:00.000Z');
    // The nights the clocks change (at 02:00 and 03:00, not at midnight).
    expect(startOfDutchDay('2027-03-28').toISOString()).toBe('2027-03-27T23:00:00.000Z');
    expect(startOfDutchDay('2027-03-29').toISOString()).toBe('2027-03-28T22:00:00.000Z');
    expect(startOfDutchDay('2027-10-31').toISOString()).toBe('2027-10-30T22:00:00.000Z');
    expect(startOfDutchDay('2027-11-01').toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('tells the Dutch date, which runs ahead of UTC late in the evening', () => {
    expect(dutchToday(new Date('2026-11-30T22:59:59Z'))).toBe('2026-11-30');
    expect(dutchToday(new Date('2026-11-30T23:00:00Z'))).toBe('2026-12-01');
    expect(dutchToday(new Date('2027-06-30T22:00:00Z'))).toBe('2027-07-01');
  });

  it('closes a vacancy when the day after its closing date begins', () => {
    expect(closingMoment('2026-12-24').toISOString()).toBe('2026-12-24T23:00:00.000Z');
    expect(closingMoment('2027-06-30').toISOString()).toBe('2027-06-30T22:00:00.000Z');
  });
});
