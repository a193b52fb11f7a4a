import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('an employer’s HR user finds the bell and the notifications on a phone', async ({ page }) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  const bell = page.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ });
  await expect(bell).toBeVisible();
  // A finger-sized target.
  const box = await bell.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(44);
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await expectNoSidewaysScrolling(page);

  await bell.tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Meldingen' })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Meldingen' })
      .getByRole('link', { name: /^Sterke kandidaat K-/ })
      .first(),
  ).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
