import { test } from '@playwright/test';
import { carryToPlacement } from './placement-journey';

test('on a phone: firm B finds firm A’s worker anonymised, invites them, carries the introduction to a hire; both firms and the worker see the placement; a worker who withdraws consent leaves B’s candidates', async ({
  browser,
}) => {
  // As on the desktop: a long journey, and only a stop for one that hangs.
  test.setTimeout(15 * 60_000);
  await carryToPlacement(
    browser,
    {
      found: {
        email: 'werknemer.010@overstap.demo',
        name: 'Ahmet Smit',
        headline: 'Embedded softwareontwikkelaar met 14 jaar ervaring',
      },
      withdrawing: {
        email: 'werknemer.015@overstap.demo',
        headline: 'Embedded softwareontwikkelaar met 12 jaar ervaring',
      },
      vacancy: 'HR-adviseur',
    },
    { phone: true },
  );
});
