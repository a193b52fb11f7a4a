import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';

test('the login page is accessible and rejects a wrong password with a clear message', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: 'Inloggen' })).toBeVisible();
  await expectAccessible(page);
  await login(page, demoAccounts.worker, 'not-the-password');
  await expect(page.getByRole('alert').filter({ hasText: 'E-mailadres of wachtwoord klopt niet.' })).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('an employer signs in and sees their own vacancies, redundancies and employees at risk', async ({ page }) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Werkgeversportaal');
  await expect(page.getByRole('heading', { name: 'Aangekondigde boventalligheid' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Aangekondigde boventalligheid' }).getByRole('row')).not.toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^Vacatures \(\d+\)$/ })).toBeVisible();
  const atRisk = page.getByRole('region', { name: 'Medewerkers met ontslagrisico' });
  await expect(atRisk.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page);

  // The employer portal is theirs alone: the coordinator dashboard sends them back.
  await page.goto('/coordinator');
  await expect(page).toHaveURL(/\/employer$/);
});

test('a worker signs in, sees their own profile and skills, and can withdraw consent', async ({ page }) => {
  await login(page, demoAccounts.worker);
  await expect(page).toHaveURL(/\/worker$/);
  await expect(page.getByRole('heading', { name: 'Mijn overstap' })).toBeVisible();
  await expect(page.getByText(/Je wordt begeleid van werk naar werk tot/)).toBeVisible();
  const skills = page.getByRole('region', { name: 'Mijn vaardigheden' });
  await expect(skills.getByRole('row').nth(1)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Zichtbaarheid wijzigen' }).click();
  const hidden = page.getByRole('radio', { name: /^Niet zichtbaar/ });
  await hidden.check();
  await page.getByRole('button', { name: 'Keuze opslaan' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Opgeslagen: werkgevers zien je profiel niet meer.' }),
  ).toBeVisible();
  await page.reload();
  await expect(hidden).toBeChecked();

  await page.goto('/employer');
  await expect(page).toHaveURL(/\/worker$/);
});

test('a coordinator signs in and sees the figures of their region', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Zuidoost-Brabant');
  const atRisk = page.getByTestId('tile-at-risk').locator('.tile-value');
  await expect(atRisk).toHaveText(/^\d+$/);
  expect(Number(await atRisk.textContent())).toBeGreaterThanOrEqual(100);
  expect(
    Number(await page.getByTestId('tile-open-vacancies').locator('.tile-value').textContent()),
  ).toBeGreaterThanOrEqual(250);
  const employerRows = page.getByRole('region', { name: 'Werkgevers in de regio' }).getByRole('row');
  await expect(employerRows.nth(25)).toBeVisible(); // header + at least 25 employers
  await expectAccessible(page);
});

test('the other region’s coordinator sees their own region, not Zuidoost-Brabant', async ({ page }) => {
  await login(page, demoAccounts.otherRegionCoordinator);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Midden-Brabant');
  await expect(page.getByText('Zuidoost-Brabant')).toHaveCount(0);
});

test('the language switch shows the portal in English and back in Dutch', async ({ page }) => {
  await login(page, demoAccounts.coordinator);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Regiodashboard');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Regional dashboard');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Regiodashboard');
});

test('signing out ends the session, and a copy of its cookie is worth nothing afterwards', async ({
  page,
  browser,
}) => {
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  const copied = await page.context().cookies();
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/employer');
  await expect(page).toHaveURL(/\/login$/);

  // Someone who copied the cookie before the sign-out gets nothing with it.
  const thief = await browser.newContext();
  try {
    await thief.addCookies(copied);
    const stolen = await thief.newPage();
    await stolen.goto('/employer');
    await expect(stolen).toHaveURL(/\/login$/);
    const api = await stolen.request.get('/api/trpc/organisation.mine', { headers: { 'x-overstap-client': 'e2e' } });
    expect(api.status()).toBe(401);
  } finally {
    await thief.close();
  }
});

test('a firm awaiting approval sees its own status and nothing of the region', async ({ page }) => {
  await login(page, demoAccounts.pendingEmployer);
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Werkgeversportaal');
  await expect(page.getByRole('status')).toContainText('wacht op goedkeuring');
  await expect(page.getByRole('heading', { name: /^Vacatures/ })).toHaveCount(0);
  await expectAccessible(page);
  for (const path of ['/employer/vacancies', '/employer/vacancies/new']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/employer$/);
  }
  // The API refuses the candidate pool too, not only the pages.
  const candidates = await page.request.get('/api/trpc/search.candidates?input=%7B%22json%22%3A%7B%7D%7D', {
    headers: { 'x-overstap-client': 'e2e' },
  });
  expect(candidates.status()).toBe(403);
});
