import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

test('a worker searches vacancies and saves one on a phone', async ({ page }) => {
  await login(page, 'werknemer.012@overstap.demo');
  await expect(page).toHaveURL(/\/worker$/);
  await page.goto('/worker/search');
  await expect(page.getByRole('heading', { level: 1, name: 'Vacatures zoeken' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await page.getByRole('searchbox', { name: 'Zoekwoorden' }).fill('monteur');
  await page.getByRole('button', { name: 'Zoeken', exact: true }).tap();
  await expect(page).toHaveURL(/text=monteur/);
  const first = page.locator('.match-list > li').first();
  await expect(first).toBeVisible();
  await first.getByRole('button', { name: /bewaren$/ }).tap();
  await expect(first.getByRole('status')).toHaveText('Bewaard.');
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
  await page.goto('/worker/saved');
  await expect(page.getByRole('heading', { level: 1, name: 'Bewaard en verborgen' })).toBeVisible();
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
});
