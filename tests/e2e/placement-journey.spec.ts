import { test } from '@playwright/test';
import { carryToPlacement } from './placement-journey';

test('firm B finds firm A’s worker anonymised, invites them, carries the introduction to a hire; both firms and the worker see the placement; a worker who withdraws consent leaves B’s candidates', async ({
  browser,
}) => {
  // Four people, some fifteen pages, each checked by axe: longer than the usual limit on a busy
  // machine, however fast each step is. Still only a stop for a journey that hangs.
  test.setTimeout(15 * 60_000);
  await carryToPlacement(
    browser,
    {
      found: {
        email: 'werknemer.018@overstap.demo',
        name: 'Peter Biemans',
        headline: 'Embedded softwareontwikkelaar met 13 jaar ervaring',
      },
      withdrawing: {
        email: 'werknemer.016@overstap.demo',
        headline: 'Embedded softwareontwikkelaar met 8 jaar ervaring',
      },
      vacancy: 'Ervaren schoonmaker',
    },
    { phone: false },
  );
});
