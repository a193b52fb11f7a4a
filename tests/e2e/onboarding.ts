import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { CLIENT_HEADER } from '~/server/api/client-limits';
import { DEMO_PASSWORD } from '~/db/seed/demo-accounts';
import { login } from './helpers';

/** A firm that is not on Overstap yet, with its first HR user. */
export interface NewFirm {
  name: string;
  kvk: string;
  contact: string;
  email: string;
  password: string;
}

/**
 * A firm of its own for each test: `serial` keeps KvK numbers and addresses apart between the
 * tests of one run (desktop and phone run at once against the same app).
 */
export function newFirm(serial: number, name: string): NewFirm {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return {
    name,
    kvk: String(93_000_000 + serial),
    contact: 'Iris van Dijk',
    email: `iris.van.dijk@${slug}example.nl`,
    password: 'koffie met appeltaart',
  };
}

/**
 * A context of its own for each visitor, coming from its own address: registrations are limited
 * per client address (the e2e server trusts Playwright's X-Forwarded-For: playwright.config.ts),
 * and the tests of one run must not use up each other's.
 */
export async function visitor(browser: Browser, address: string) {
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  return { context, page: await context.newPage() };
}

/** Signs in as `email` in a context of its own and waits for the portal. */
export async function signedIn(browser: Browser, email: string, portal: RegExp, password = DEMO_PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email, password);
  await expect(page).toHaveURL(portal);
  return { context, page };
}

/** Fills in the registration form (Dutch labels) for `firm`, in Eindhoven, region Zuidoost-Brabant. */
export async function fillRegistration(page: Page, firm: NewFirm, overrides: { postalCode?: string } = {}) {
  await page.getByLabel('Naam van de organisatie').fill(firm.name);
  await page.getByLabel('KvK-nummer').fill(firm.kvk);
  await page.getByLabel('Sector').selectOption({ label: 'Hightech maakindustrie' });
  await page.getByLabel('Aantal medewerkers').selectOption({ label: '10–49 medewerkers' });
  await page.getByLabel('Straat en huisnummer').fill('Kanaaldijk-Zuid 12');
  await page.getByLabel('Postcode').fill(overrides.postalCode ?? '5613 DX');
  await page.getByLabel('Plaats').fill('Eindhoven');
  await page.getByLabel('Regio', { exact: true }).selectOption({ label: 'Zuidoost-Brabant' });
  await page.getByLabel('Uw naam').fill(firm.contact);
  await page.getByLabel('E-mailadres').fill(firm.email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(firm.password);
}

/** The id of the region called `name`, from the public list the registration form offers. */
export async function regionIdOf(page: Page, name = 'Zuidoost-Brabant'): Promise<string> {
  const response = await page.request.get('/api/trpc/region.listPublic', { headers: { [CLIENT_HEADER]: 'e2e' } });
  const body = (await response.json()) as { result: { data: { json: { id: string; name: string }[] } } };
  return body.result.data.json.find((r) => r.name === name)!.id;
}

/** Posts a registration of `firm` to the API as the browser's client does; the answer's status. */
export async function postRegistration(
  page: Page,
  firm: NewFirm,
  regionId: string,
  overrides: { kvkNumber?: string; locale?: 'nl' | 'en' } = {},
): Promise<number> {
  const response = await page.request.post('/api/trpc/organisation.register', {
    headers: { [CLIENT_HEADER]: 'e2e' },
    data: {
      json: {
        organisationName: firm.name,
        kvkNumber: overrides.kvkNumber ?? firm.kvk,
        sector: 'logistics',
        sizeBand: '1-9',
        street: 'Hurksestraat 40',
        postalCode: '5652 AL',
        city: 'Eindhoven',
        regionId,
        fullName: firm.contact,
        email: firm.email,
        password: firm.password,
        locale: overrides.locale ?? 'nl',
      },
    },
  });
  return response.status();
}

/** Registers `firm` through the API (for tests about what follows a registration). */
export async function registerThroughApi(page: Page, firm: NewFirm, locale: 'nl' | 'en' = 'nl') {
  expect(await postRegistration(page, firm, await regionIdOf(page), { locale })).toBe(200);
}

/** The queue's entry for a firm: an article named by the firm. */
export const queueEntry = (page: Page, name: string): Locator => page.getByRole('article', { name });

/**
 * Reloads until the page shows `what`: a signed-in user's firm and its approval are read from
 * the database on every request, with a few seconds' cache per app instance (server/auth/sessions.ts).
 */
export async function reloadUntilVisible(page: Page, what: Locator) {
  await expect(async () => {
    await page.reload();
    await expect(what).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}
