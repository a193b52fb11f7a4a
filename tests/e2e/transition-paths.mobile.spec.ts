import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

async function checkPage(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

test('a worker sees on a phone where they could go next, with what to learn', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await page.getByRole('link', { name: 'Waar kan ik heen?' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Waar kan ik heen?' })).toBeVisible();
  await expect(page.getByText(/^Vanuit: /)).toBeVisible();
  const paths = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  await expect(paths.first()).toBeVisible();
  await expect(paths.first().getByText(/Je hebt al \d+ van de \d+ kernvaardigheden/)).toBeVisible();
  await checkPage(page);
});

test('a coordinator sees on a phone the transition paths of a redundancy cohort', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await page.getByTestId('tile-redundancies').getByRole('link').tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Overstappaden per ontslagronde' })).toBeVisible();
  await checkPage(page);
  await page.getByRole('table').getByRole('link').first().tap();
  await expect(page.getByRole('heading', { level: 1, name: /^Overstappaden: / })).toBeVisible();
  await checkPage(page);
});
