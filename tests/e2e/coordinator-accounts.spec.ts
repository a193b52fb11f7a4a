import { expect, test, type Browser } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { CLIENT_HEADER } from '~/server/api/client-limits';
import { expectAccessible, login } from './helpers';

// An HR account no other test signs in with: this test disables it.
const hr = { email: 'hr.autogroep-zuiderpoort@overstap.demo', firm: 'Autogroep Zuiderpoort B.V.' };

async function signedIn(browser: Browser, email: string, portal: RegExp) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, email);
  await expect(page).toHaveURL(portal);
  return { context, page };
}

test('a coordinator disables an HR account while it is signed in elsewhere: its next request is refused', async ({
  browser,
}) => {
  const employer = await signedIn(browser, hr.email, /\/employer$/);
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    const page = coordinator.page;
    await page.getByRole('region', { name: 'Werkgevers in de regio' }).getByRole('link', { name: hr.firm }).click();
    await expect(page.getByRole('heading', { level: 1, name: hr.firm })).toBeVisible();
    const accounts = page.getByRole('region', { name: 'HR-accounts' });
    const row = accounts.getByRole('row').filter({ hasText: hr.email });
    await expect(row).toContainText('Actief');
    await expectAccessible(page);

    await row.getByRole('button', { name: `Account van HR ${hr.firm} uitschakelen` }).click();
    await row.getByLabel(`Waarom schakel je het account van HR ${hr.firm} uit?`).fill('Uit dienst');
    await row.getByRole('button', { name: 'Uitschakelen', exact: true }).click();
    await expect(row.getByRole('status')).toContainText(`Het account van HR ${hr.firm} is uitgeschakeld.`);
    await expect(row).toContainText('Reden: Uit dienst');
    await expectAccessible(page);

    // The employer's browser still holds its cookie; the API no longer answers it...
    const status = await employer.page.evaluate(
      async (header) => (await fetch('/api/trpc/organisation.mine', { headers: { [header]: 'web' } })).status,
      CLIENT_HEADER,
    );
    expect(status).toBe(401);
    // ...its next navigation lands on the login page, and signing in again says why not.
    await employer.page.goto('/employer/vacancies');
    await expect(employer.page).toHaveURL(/\/login$/);
    await login(employer.page, hr.email);
    await expect(employer.page.getByRole('alert').filter({ hasText: 'Dit account is uitgeschakeld.' })).toBeVisible();
    await expect(employer.page).toHaveURL(/\/login$/);

    // Enabled again, the account can sign in anew.
    await row.getByRole('button', { name: `Account van HR ${hr.firm} weer inschakelen` }).click();
    await expect(row.getByRole('status')).toContainText('is weer ingeschakeld.');
    await login(employer.page, hr.email);
    await expect(employer.page).toHaveURL(/\/employer$/);
  } finally {
    await employer.context.close();
    await coordinator.context.close();
  }
});

test('another region’s employer is a page that does not exist for a coordinator', async ({ browser }) => {
  const other = await signedIn(browser, demoAccounts.otherRegionCoordinator, /\/coordinator$/);
  const href = await other.page
    .getByRole('region', { name: 'Werkgevers in de regio' })
    .getByRole('link')
    .first()
    .getAttribute('href');
  await other.context.close();
  expect(href).toMatch(/^\/coordinator\/employers\/[0-9a-f-]{36}$/);

  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    for (const path of [href!, '/coordinator/employers/00000000-0000-4000-8000-000000000000']) {
      const response = await coordinator.page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(coordinator.page.getByRole('heading', { name: 'Deze pagina bestaat niet.' })).toBeVisible();
    }
  } finally {
    await coordinator.context.close();
  }
});
