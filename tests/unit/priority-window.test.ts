import { describe, expect, it } from 'vitest';
import { hiddenByPriorityWindow, PRIORITY_WINDOW_MAX_DAYS, priorityWindowEnd } from '~/server/lib/priority-window';

const now = Date.parse('2026-12-01T12:00:00Z');
const inWindow = { regionId: 'brabant', priorityUntil: now + 3600_000 };

describe('priority window', () => {
  it("ends the region's number of days after publication, never later than the longest window", () => {
    const publishedAt = new Date('2026-12-01T09:30:00Z');
    expect(priorityWindowEnd(publishedAt, 5)?.toISOString()).toBe('2026-12-06T09:30:00.000Z');
    expect(priorityWindowEnd(publishedAt, 0)).toBeNull();
    expect(priorityWindowEnd(publishedAt, 365)!.getTime() - publishedAt.getTime()).toBe(
      PRIORITY_WINDOW_MAX_DAYS * 86_400_000,
    );
  });

  it('shows a vacancy in its window only to at-risk workers of its own region', () => {
    expect(hiddenByPriorityWindow(inWindow, { regionId: 'brabant', atRisk: true }, now)).toBe(false);
    expect(hiddenByPriorityWindow(inWindow, { regionId: 'brabant', atRisk: false }, now)).toBe(true);
    expect(hiddenByPriorityWindow(inWindow, { regionId: 'limburg', atRisk: true }, now)).toBe(true);
  });

  it('shows it to everyone once the window is over, or when it never had one', () => {
    const over = { ...inWindow, priorityUntil: now };
    expect(hiddenByPriorityWindow(over, { regionId: 'limburg', atRisk: false }, now)).toBe(false);
    expect(hiddenByPriorityWindow({ regionId: 'brabant', priorityUntil: null }, { regionId: 'limburg' }, now)).toBe(
      false,
    );
  });
});
