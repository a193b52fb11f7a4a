import { expect, test, type Page } from '@playwright/test';
import { hasStartedProfile } from '~/db/seed/demo-profiles';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';

// A demo worker no other spec signs in as, with a work history and desired occupations still to fill in.
const WORKER_INDEX = 35;
const worker = `werknemer.${String(WORKER_INDEX).padStart(3, '0')}@overstap.demo`;

/** Every part of the profile is readable and usable on a phone: no sideways scrolling, no axe violations. */
async function checkPage(page: Page) {
  await expectNoSidewaysScrolling(page);
  await expectAccessible(page);
}

async function openSection(page: Page, name: string, heading = name) {
  await page.getByRole('navigation', { name: 'Onderdelen van mijn profiel' }).getByRole('link', { name }).tap();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('a worker fills in their profile on a phone, part by part', async ({ page }) => {
  expect(hasStartedProfile(WORKER_INDEX)).toBe(false);
  await login(page, worker);
  await expect(page).toHaveURL(/\/worker$/);
  await expect(page.getByRole('region', { name: 'Hoe compleet is je profiel?' })).toBeVisible();
  await checkPage(page);

  await page.getByRole('link', { name: 'Mijn profiel bekijken en aanvullen' }).tap();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn profiel' })).toBeVisible();
  await checkPage(page);

  await openSection(page, 'Werk en opleiding');
  const addJob = page.getByRole('region', { name: 'Baan toevoegen' });
  await addJob.getByLabel('Werkgever *').fill('Kempenaar Mechatronics');
  const occupation = addJob.getByRole('combobox', { name: 'Beroep zoeken', exact: true });
  await occupation.tap();
  await occupation.fill('monteur');
  const option = page.getByRole('option', { name: /^Monteur mechatronica/ });
  await expect(option).toBeInViewport();
  await expectNoSidewaysScrolling(page);
  await option.tap();
  await addJob.getByLabel('Van *').fill('2012-09-01');
  await addJob.getByRole('button', { name: 'Toevoegen' }).tap();
  await expect(
    page.getByRole('status').filter({ hasText: '“Monteur mechatronica” is toegevoegd aan je werkervaring.' }),
  ).toBeVisible();
  await checkPage(page);

  await openSection(page, 'Gewenste beroepen');
  const search = page.getByRole('combobox', { name: 'Beroep zoeken', exact: true });
  await search.tap();
  await search.fill('onderhoud');
  await page.getByRole('option', { name: /^Onderhoudstechnicus/ }).tap();
  await page.getByRole('button', { name: 'Toevoegen' }).tap();
  const proposals = page.getByRole('region', { name: 'Voorgestelde vaardigheden voor Onderhoudstechnicus' });
  await expect(proposals).toBeVisible();
  await checkPage(page);

  await openSection(page, 'Vaardigheden', 'Mijn vaardigheden bewerken');
  await checkPage(page);

  await openSection(page, 'Talen');
  await checkPage(page);

  await openSection(page, 'Wensen');
  await page.getByLabel('Postcode *').fill('5611');
  await page.getByRole('button', { name: 'Wensen opslaan' }).tap();
  await expect(page.getByRole('status').filter({ hasText: 'Je wensen zijn opgeslagen.' })).toBeVisible();
  await checkPage(page);

  await openSection(page, 'Zichtbaarheid');
  await checkPage(page);
});
