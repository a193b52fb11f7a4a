import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '~/server/lib/dates';
import { guidanceDeadline } from '~/server/lib/guidance';

describe('guidance deadline', () => {
  it('is the risk start date plus the guidance window', () => {
    expect(guidanceDeadline('2026-03-15', 24)).toBe('2028-03-15');
    expect(guidanceDeadline('2026-03-15', 7)).toBe('2026-10-15');
  });

  it('ends on the last day of a shorter month rather than spilling into the next', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-12-31', 2)).toBe('2028-02-29');
  });

  it('counts days across month and year boundaries', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(daysBetween('2026-11-22', '2028-11-22')).toBe(731);
  });
});
