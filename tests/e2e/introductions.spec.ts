import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('a worker accepts an introduction that waits for an answer', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await expect(page).toHaveURL(/\/worker$/);
  await page.getByRole('link', { name: 'Voorstellen', exact: true }).click();
  await expect(page).toHaveURL(/\/worker\/introductions$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Voorstellen' })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('link', { name: /Wacht op uw antwoord/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/worker\/introductions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Bericht van de werkgever' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Voorstel accepteren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'U hebt het voorstel geaccepteerd.' })).toBeVisible();
  await expect(page.getByText('Stap: Geaccepteerd')).toBeVisible();
  await expect(page.getByRole('list').getByText('Geaccepteerd')).toBeVisible();
});

test('an employer sees an accepted candidate by name and moves the introduction to a meeting', async ({ page }) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: 'Voorstellen', exact: true }).click();
  await expect(page).toHaveURL(/\/employer\/introductions$/);
  await expectAccessible(page);

  await page.getByRole('link', { name: /^Geaccepteerd \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/status=accepted/);
  await page.getByRole('table').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/employer\/introductions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('link', { name: /@overstap\.demo$/ })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Stap', { exact: true }).selectOption('meeting');
  await page.getByLabel('Notitie (niet verplicht)').fill('Kennismaking op locatie');
  await page.getByRole('button', { name: 'Stap opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen: Gesprek.' })).toBeVisible();
  await expect(page.getByText('Stap: Gesprek')).toBeVisible();
  await expect(page.getByText('Kennismaking op locatie')).toBeVisible();
});
