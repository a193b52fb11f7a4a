import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test("on a phone, the coordinator reads the region's placements with their safety net", async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await page.getByTestId('tile-placements').getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plaatsingen in de regio' })).toBeVisible();
  const placements = page.getByRole('table', { name: 'Plaatsingen in de regio' });
  // The demo seed hires, trials and seconds people: every kind is on the first page.
  await expect(placements.getByRole('row').filter({ hasText: 'Aangenomen' }).first()).toBeVisible();
  await expect(placements.getByRole('button', { name: 'Overstap heropenen' }).first()).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});

test('on a phone, a worker sees who looked at their profile and downloads their data', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Mijn gegevens' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Wie bekeek mijn profiel' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download mijn gegevens' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^overstap-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByRole('status').filter({ hasText: 'Je gegevens zijn gedownload.' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
});
