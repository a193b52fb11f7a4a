import { expect, test } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';
import { queueEntry } from './onboarding';

// A seeded firm awaiting approval that no other test decides on.
const firm = 'Zonnedak Installaties Peelland B.V.';
const provider = `Aaa Opleidingen ${Date.now().toString(36)}`;
const csv = [
  'aanbieder;titel;duur in weken;vorm;kosten;betaald door;plaats;vaardigheden',
  `${provider};Lassen voor beginners;6;klassikaal;€ 1.450;O&O-fonds;Eindhoven;lassen`,
  `${provider};Lasrobot programmeren;4;gemengd;0;regio;Helmond;welding`,
].join('\n');

test('the coordinator approves a firm, works the caseload, changes a setting and imports training offers', async ({
  page,
}) => {
  await login(page, demoAccounts.coordinator);
  await expect(page).toHaveURL(/\/coordinator$/);

  // Administration leads to the approval queue.
  const nav = page.getByRole('navigation', { name: 'Dashboard' });
  await nav.getByRole('link', { name: 'Beheer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Beheer van de regio/ })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Naar de aanmeldingen' }).click();
  const entry = queueEntry(page, firm);
  await entry.getByLabel(/^Reden of toelichting/).fill('KvK-inschrijving gecontroleerd.');
  await entry.getByRole('button', { name: `Goedkeuren: ${firm}` }).click();
  await expect(page.getByRole('status')).toContainText(`${firm} is goedgekeurd.`);

  // The caseload, filtered to workers whose window ends within 90 days.
  await nav.getByRole('link', { name: 'Caseload en termijnen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload en termijnen' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Einde termijn').selectOption({ label: 'Binnen 90 dagen' });
  await page.getByRole('button', { name: 'Toon' }).click();
  await expect(page).toHaveURL(/window=d90/);
  const rows = page.getByRole('table', { name: 'Caseload en termijnen' }).getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  // Each row's days left, under its deadline.
  const daysLeft = await rows
    .locator('td .cell-detail')
    .filter({ hasText: /^\d+ dag(en)?$/ })
    .allTextContents();
  expect(daysLeft.length).toBeGreaterThan(0);
  for (const days of daysLeft) expect(Number.parseInt(days, 10)).toBeLessThanOrEqual(90);
  await expectAccessible(page);

  // A note on the first of them.
  const first = rows.nth(1).getByRole('rowheader').getByRole('link');
  const name = (await first.textContent())!;
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByLabel('Soort').selectOption({ label: 'Evaluatie' });
  await page
    .getByLabel('Notitie', { exact: true })
    .fill('Termijn loopt af: grotere reisafstand en scholing lassen besproken.');
  await page.getByRole('button', { name: 'Notitie opslaan' }).click();
  await expect(page.getByRole('status')).toContainText('De notitie is opgeslagen.');
  const notes = page.getByRole('table', { name: 'Notities' });
  await expect(notes).toContainText('grotere reisafstand en scholing lassen besproken');
  await expect(notes).toContainText('Evaluatie');
  await expectAccessible(page);

  // A region setting.
  await nav.getByRole('link', { name: 'Beheer' }).click();
  await page.getByLabel('Standaard reisafstand (km)').fill('30');
  await page.getByRole('button', { name: 'Instellingen opslaan' }).click();
  // The page has more status lines (the coordinator invitations): the settings' own.
  await expect(page.getByRole('region', { name: 'Instellingen' }).getByRole('status')).toContainText(
    'De instellingen zijn opgeslagen.',
  );
  await page.reload();
  await expect(page.getByLabel('Standaard reisafstand (km)')).toHaveValue('30');

  // Training offers from a CSV file; the same file again adds nothing.
  await nav.getByRole('link', { name: 'Scholingsaanbod' }).click();
  const upload = async () => {
    await page
      .getByLabel('CSV-bestand', { exact: true })
      .setInputFiles({ name: 'opleidingen.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
  };
  await upload();
  await expect(page.getByRole('region', { name: 'Importeren uit een CSV-bestand' })).toContainText(
    '2 opleidingen toegevoegd.',
  );
  const list = page.getByRole('table', { name: 'Opleidingen' });
  await expect(list.getByRole('row').filter({ hasText: 'Lassen voor beginners' })).toContainText('sectorfonds (O&O)');
  await expect(list.getByRole('row').filter({ hasText: 'Lasrobot programmeren' })).toContainText('gratis');
  await expectAccessible(page);
  await upload();
  await expect(page.getByRole('region', { name: 'Importeren uit een CSV-bestand' })).toContainText(
    '2 stonden er al en zijn overgeslagen.',
  );

  // What it saved, with the assumptions.
  await nav.getByRole('link', { name: 'Maatschappelijke waarde' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Maatschappelijke waarde' })).toBeVisible();
  await expect(page.getByLabel('WW-dagen zonder plaatsing')).toHaveValue('130');
  await expectAccessible(page);
});
