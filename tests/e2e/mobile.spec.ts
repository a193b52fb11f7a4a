import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('a worker can use their portal on a phone without sideways scrolling', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await expect(page.getByRole('heading', { name: 'Mijn overstap' })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
