import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, expectNoSidewaysScrolling, login } from './helpers';
import {
  fillRegistration,
  newFirm,
  queueEntry,
  registerThroughApi,
  reloadUntilVisible,
  signedIn,
  visitor,
} from './onboarding';

test('on a phone: a firm registers, the coordinator approves it from the queue, and its HR user sees the employer portal', async ({
  browser,
}) => {
  const firm = newFirm(11, 'Peelland Kunststoffen B.V.');
  const hr = await visitor(browser, '198.51.100.21');
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    const page = hr.page;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Registreer uw organisatie' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Registreer uw organisatie' })).toBeVisible();
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    // A refusal first, to see the form with its errors on a small screen.
    await fillRegistration(page, { ...firm, password: 'te kort' });
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).tap();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAccessibleDescription(
      /Het wachtwoord is te kort: gebruik minstens 12 tekens\./,
    );
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await page.getByLabel('Wachtwoord', { exact: true }).fill(firm.password);
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding ontvangen' })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(`${firm.name} is aangemeld in de regio Zuidoost-Brabant`);
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Naar inloggen' }).tap();
    await login(page, firm.email, firm.password);
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByRole('status')).toContainText('wacht op goedkeuring');
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);

    const queue = coordinator.page;
    await queue.reload();
    await queue.getByRole('link', { name: /Werkgevers wachten op goedkeuring/ }).tap();
    await expect(queue).toHaveURL(/\/coordinator\/approvals$/);
    const entry = queueEntry(queue, firm.name);
    await expect(entry).toContainText(`${firm.contact}, ${firm.email}`);
    await expectNoSidewaysScrolling(queue);
    await expectAccessible(queue);
    await entry.getByLabel(/^Reden of toelichting/).fill('Gecontroleerd bij de KvK.');
    await entry.getByRole('button', { name: `Goedkeuren: ${firm.name}` }).tap();
    await expect(queue.getByRole('status')).toContainText(`${firm.name} is goedgekeurd.`);
    await expect(entry).toHaveCount(0);
    await expectNoSidewaysScrolling(queue);

    await reloadUntilVisible(page, page.getByRole('heading', { level: 2, name: /^Vacatures/ }));
    await expectNoSidewaysScrolling(page);
  } finally {
    await hr.context.close();
    await coordinator.context.close();
  }
});

test('on a phone: a rejected firm reads the coordinator’s reason, in English', async ({ browser }) => {
  const firm = newFirm(12, 'Kempisch Tuincentrum B.V.');
  const hr = await visitor(browser, '198.51.100.22');
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    await registerThroughApi(hr.page, firm, 'en');
    const queue = coordinator.page;
    await queue.goto('/coordinator/approvals');
    const entry = queueEntry(queue, firm.name);
    const why = 'Your organisation is located outside our region; please register with Midden-Brabant.';
    await entry.getByLabel(/^Reden of toelichting/).fill(why);
    await entry.getByRole('button', { name: `Afwijzen: ${firm.name}` }).tap();
    await expect(queue.getByRole('status')).toContainText(`De aanmelding van ${firm.name} is afgewezen.`);

    const page = hr.page;
    await login(page, firm.email, firm.password);
    await expect(page).toHaveURL(/\/employer$/);
    await page.getByRole('button', { name: 'English' }).tap();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Employer portal: ${firm.name}`);
    await expect(page.getByText('Status of your organisation: Rejected')).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Reason given by the regional coordinator' }),
    ).toBeVisible();
    await expect(page.getByText(why)).toBeVisible();
    await expect(page.getByRole('region', { name: 'What you registered' })).toContainText(
      'Hurksestraat 40, 5652 AL Eindhoven',
    );
    await expectNoSidewaysScrolling(page);
    await expectAccessible(page);
  } finally {
    await hr.context.close();
    await coordinator.context.close();
  }
});
