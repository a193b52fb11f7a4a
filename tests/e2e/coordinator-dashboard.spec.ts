import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('a coordinator opens every dashboard page, reads a chart as a table, and exports a CSV', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await expect(nav.getByRole('link', { name: 'Overzicht' })).toHaveAttribute('aria-current', 'page');

  // Overview: the period changes the figures' period, the trend chart opens as a table.
  await page.getByRole('navigation', { name: 'Periode' }).getByRole('link', { name: '24 maanden' }).click();
  await expect(page).toHaveURL(/months=24/);
  const trend = page.getByTestId('chart-trend');
  await expect(trend.locator('svg[role="img"]')).toBeVisible();
  await trend.getByText('Toon als tabel').click();
  await expect(trend.getByRole('table')).toBeVisible();
  await expect(trend.getByRole('row')).toHaveCount(25);
  await expectAccessible(page);

  // Export a table and read it back: UTF-8 with a BOM, semicolons for Excel.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('export-overview-rates').click();
  const download = await downloading;
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n');
  expect(lines[0]).toBe('Binnen (maanden);Werkenden met zo lange looptijd;Geplaatst;Plaatsingsgraad');
  expect(lines).toHaveLength(5);
  expect(lines[1]).toMatch(/^3;\d+;\d+;[\d,]*$/);

  for (const [link, heading] of [
    ['Is er werk?', 'Is er werk om naartoe te gaan?'],
    ['Vaardigheden', 'Kaart van vaardigheidstekorten'],
    ['Gelijke kansen', 'Gelijke kansen'],
    ['Stromen', 'Stromen'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(page.locator('figure svg[role="img"]').first()).toBeVisible();
    await expectAccessible(page);
  }
  await expect(page.getByTestId('tile-stay')).toContainText('%');
  await page.getByRole('navigation', { name: 'Niveau' }).getByRole('link', { name: 'Per bedrijf' }).click();
  await expect(page).toHaveURL(/level=organisation/);
  // Its nodes: a flow between two firms at the same height is a flat line, with no area to see.
  await expect(page.getByTestId('chart-flows').locator('svg rect').first()).toBeVisible();
});

test('the export refuses another role and an unknown table', async ({ page }) => {
  await login(page, demoAccounts.employer);
  // Signed in once the portal shows: asked before, the export rightly answers 401.
  await expect(page).toHaveURL(/\/employer$/);
  expect((await page.goto('/coordinator/export/overview-rates'))?.status()).toBe(403);
  await page.context().clearCookies();
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  expect((await page.goto('/coordinator/export/no-such-table'))?.status()).toBe(400);
  expect((await page.goto('/coordinator/export/flows?level=everything'))?.status()).toBe(400);
});
