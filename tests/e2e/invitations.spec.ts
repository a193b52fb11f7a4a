import { expect, test, type Page } from '@playwright/test';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { calendarDate, timeZone } from '~/i18n/config';
import { addMonths, toIsoDate } from '~/server/lib/dates';
import { guidanceDeadline } from '~/server/lib/guidance';
import { expectAccessible, login } from './helpers';
import { waitForMail } from './mail';

const PASSWORD = 'een zin van vier woorden';

const csvOf = (rows: string[]) =>
  Buffer.from(['naam;e-mail;functie;beroep;taal;contract;uren per week', ...rows].join('\n') + '\n', 'utf8');

async function uploadCsv(page: Page, name: string, rows: string[]) {
  await page
    .getByLabel('CSV-bestand', { exact: true })
    .setInputFiles({ name, mimeType: 'text/csv', buffer: csvOf(rows) });
  await page.getByRole('button', { name: 'Bestand uploaden en uitnodigen' }).click();
}

/** How the worker portal writes a date: 5 mrt 2027. */
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone }).format(
    calendarDate(iso),
  );

test('an HR officer announces a redundancy and invites by CSV; an invited worker joins from the mail', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const ingrid = `ingrid.visser.${run}@example.nl`;
  const tom = `tom.bakker.${run}@example.nl`;

  // The HR officer announces a redundancy.
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: 'Boventalligheid aankondigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Boventalligheid aankondigen' })).toBeVisible();
  await expect(page.getByLabel('Begeleidingstermijn in maanden')).toHaveValue('24');
  await page.getByLabel('Titel van de aankondiging').fill(`Reorganisatie assemblage ${run}`);
  const occupation = page.getByRole('combobox', { name: 'Beroep' });
  await occupation.fill('monteur');
  await page.getByRole('option', { name: /^Monteur mechatronica/ }).click();
  await page.getByLabel('Aantal mensen').fill('2');
  await page.getByLabel('Verwachte datum van het vertrek').fill(addMonths(toIsoDate(new Date()), 6));
  await page.getByRole('radio', { name: 'Conjunctureel' }).check();
  await expect(page.getByText('van werk naar werk helpt vooral bij structurele veranderingen')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('radio', { name: 'Structureel' }).check();
  await page.getByRole('button', { name: 'Aankondiging opslaan' }).click();
  await expect(page).toHaveURL(/\/employer\/announcements\/[0-9a-f-]{36}\?done=created/);
  await expect(page.getByRole('status').filter({ hasText: 'De aankondiging is opgeslagen' })).toBeVisible();
  await expect(page.getByTestId('figure-invited')).toContainText('0');
  await expectAccessible(page);
  const announcementUrl = page.url().replace(/\?.*$/, '');

  // Editing keeps what was chosen.
  await page.getByRole('link', { name: 'Bewerken' }).click();
  await expect(page.getByRole('combobox', { name: 'Beroep' })).toHaveValue('Monteur mechatronica');
  await expect(page.getByRole('radio', { name: 'Structureel' })).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel('Titel van de aankondiging').fill(`Reorganisatie assemblage en montage ${run}`);
  await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De wijzigingen zijn opgeslagen.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Reorganisatie assemblage en montage ${run}`);

  // A file with one wrong row invites nobody and says where the problem is.
  await page.getByRole('link', { name: 'Medewerkers uitnodigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Medewerkers uitnodigen/ })).toBeVisible();
  await expectAccessible(page);
  const ingridRow = `Ingrid Visser;${ingrid};Monteur lijn 2;Monteur mechatronica;nl;vast;32`;
  await uploadCsv(page, 'fout.csv', [ingridRow, 'Tom Bakker;tom.bakker@;Monteur lijn 3;Monteur mechatronica;nl;;']);
  await expect(page.getByRole('alert').filter({ hasText: 'Er is niemand uitgenodigd' })).toBeVisible();
  const report = page.getByRole('table', { name: 'Fouten in het bestand' });
  await expect(report.getByRole('row')).toHaveCount(2);
  await expect(report.getByRole('rowheader')).toHaveText('3');
  await expect(report.getByRole('cell').first()).toHaveText('e-mail');
  await expectAccessible(page);

  // The corrected file invites both; the same file again invites nobody twice.
  const rows = [ingridRow, `Tom Bakker;${tom};Monteur lijn 3;Monteur mechatronica;en;fixed term;40`];
  await uploadCsv(page, 'goed.csv', rows);
  await expect(page.getByRole('status').filter({ hasText: '2 medewerkers zijn uitgenodigd.' })).toBeVisible();
  await uploadCsv(page, 'goed.csv', rows);
  const again = page.getByRole('status').filter({ hasText: 'Er is niemand nieuw uitgenodigd.' });
  await expect(again).toContainText('2 medewerkers hadden al een uitnodiging en zijn overgeslagen (regel 2, 3)');

  await page.getByRole('link', { name: 'Welke kolommen het bestand heeft' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Medewerkers uitnodigen met een CSV-bestand' }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto(announcementUrl);
  await expect(page.getByTestId('figure-invited')).toContainText('2');
  await expect(page.getByTestId('figure-accepted')).toContainText('0');
  const cohort = page.getByRole('table', { name: 'Medewerkers van deze aankondiging' });
  await expect(cohort.getByRole('row', { name: /Ingrid Visser/ })).toContainText('Uitgenodigd');

  // The HR officer pre-fills Tom's skills from his occupation.
  await cohort.getByRole('link', { name: 'Vaardigheden van Tom Bakker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vaardigheden van Tom Bakker' })).toBeVisible();
  await page.getByRole('button', { name: 'Alle voorgestelde vaardigheden overnemen' }).click();
  const chosen = page.getByRole('region', { name: 'Bevestigde vaardigheden van Tom Bakker' }).getByRole('row');
  await expect(chosen.nth(1)).toBeVisible();
  const skillCount = (await chosen.count()) - 1;
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Vaardigheden opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'van Tom Bakker opgeslagen' })).toBeVisible();
  await page.goto(announcementUrl);
  await expect(cohort.getByRole('row', { name: /Tom Bakker/ })).toContainText(`${skillCount} vaardigheden`);

  // Ingrid opens the link from her mail, signed out.
  const mail = await waitForMail(ingrid);
  expect(mail.subject).toContain('nodigt je uit voor Overstap');
  await page.context().clearCookies();
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Ingrid Visser' })).toBeVisible();
  await expect(page.getByText('Het gaat om je functie Monteur lijn 2.')).toBeVisible();
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByText('De privacyverklaring lezen').click();
  await expect(page.getByRole('heading', { name: 'Toestemming en intrekken' })).toBeVisible();
  await page.getByLabel(/^Ik heb de privacyverklaring \(versie .+\) gelezen/).check();
  await page.getByLabel('Postcode van je woonadres').fill('5611 AB');
  await page.getByLabel('Geboortejaar').fill('1980');
  await page.getByLabel('Hoogst afgeronde opleiding').selectOption({ label: 'Mbo' });
  await page.getByRole('radio', { name: 'Anoniem zichtbaar voor werkgevers in Zuidoost-Brabant' }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();

  // Signed in on her worker portal, guided for the announcement's 24 months from today.
  await expect(page).toHaveURL(/\/worker$/);
  const deadline = dutchDate(guidanceDeadline(toIsoDate(new Date()), 24));
  await expect(page.getByText(deadline).first()).toBeVisible();

  // What her employer passed on of her job is on her profile; her gender is hers to give, or not.
  await page.goto('/worker/profile/work');
  await expect(page.getByText('Je werkgever gaf van je huidige baan door: Vast, 32 uur per week.')).toBeVisible();
  const gender = page.getByRole('combobox', { name: 'Je gender' });
  await expect(gender).toHaveValue('');
  await gender.selectOption({ label: 'Vrouw' });
  await page.getByRole('region', { name: 'Gender' }).getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Opgeslagen.' })).toBeVisible();
  await page.reload();
  await expect(gender).toHaveValue('female');
  await expectAccessible(page);

  // Tom was invited in English: his page offers English, and reads well in it.
  const tomsMail = await waitForMail(tom);
  await page.context().clearCookies();
  await page.goto(tomsMail.link);
  await page.getByRole('button', { name: 'Read this page in English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Tom Bakker' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Anonymously visible to employers in Zuidoost-Brabant' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Nederlands' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Tom Bakker' })).toBeVisible();

  // Ingrid's link is used now; a made-up one is unknown.
  await page.goto(mail.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/invite/dit-is-geen-link');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link kennen we niet' })).toBeVisible();
  await page.goto('/privacy');
  await expect(page.getByRole('heading', { level: 1, name: 'Privacyverklaring' })).toBeVisible();
  await expectAccessible(page);

  // The HR officer sees her join: accepted and findable by employers.
  await login(page, demoAccounts.employer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.goto(announcementUrl);
  await expect(page.getByTestId('figure-accepted')).toContainText('1');
  await expect(page.getByTestId('figure-consented')).toContainText('1');
  await expect(cohort.getByRole('row', { name: /Ingrid Visser/ })).toContainText('Aangemeld');

  // Tom's invitation is revoked, after a confirmation: his link stops working.
  await cohort.getByRole('button', { name: 'Uitnodiging van Tom Bakker intrekken' }).click();
  await page.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'De uitnodiging van Tom Bakker is ingetrokken.' }),
  ).toBeVisible();
  await expect(cohort.getByRole('row', { name: /Tom Bakker/ })).toContainText('Uitnodiging ingetrokken');
  await expect(page.getByTestId('figure-invited')).toContainText('1');
  await expectAccessible(page);

  // Cancelling the announcement, after a confirmation.
  await page.getByRole('button', { name: 'Aankondiging intrekken' }).click();
  await page.getByRole('button', { name: 'Ja, intrekken' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De aankondiging is ingetrokken.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Medewerkers uitnodigen' })).toHaveCount(0);

  await page.context().clearCookies();
  await page.goto(tomsMail.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze uitnodiging is ingetrokken' })).toBeVisible();
  await expectAccessible(page);
});

test('an HR officer invites a colleague, sends it again, and the colleague joins from the newest mail', async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const colleague = `sem.de.wit.${run}@example.nl`;
  await login(page, demoAccounts.otherEmployer);
  await expect(page).toHaveURL(/\/employer$/);
  await page.getByRole('link', { name: 'Collega’s uitnodigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Collega’s van / })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Naam').fill('Sem de Wit');
  await page.getByLabel('E-mailadres').fill(colleague);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByText(`De uitnodiging is verstuurd aan Sem de Wit (${colleague}).`)).toBeVisible();
  const pending = page.getByRole('table', { name: 'Uitnodigingen die nog openstaan' });
  await expect(pending.getByRole('row', { name: /Sem de Wit/ })).toBeVisible();
  const first = await waitForMail(colleague);

  await pending.getByRole('button', { name: 'Uitnodiging opnieuw sturen aan Sem de Wit' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'opnieuw verstuurd aan Sem de Wit' })).toBeVisible();
  const second = await waitForMail(colleague, first);
  await expectAccessible(page);

  await page.context().clearCookies();
  await page.goto(first.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link kennen we niet' })).toBeVisible();
  await page.goto(second.link);
  await expect(page.getByRole('heading', { level: 1, name: 'Welkom, Sem de Wit' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page).toHaveURL(/\/employer$/);
  await expect(page.getByRole('heading', { level: 1, name: /^Werkgeversportaal/ })).toBeVisible();
});
