import { expect, test } from '@playwright/test';
import { employers } from '~/db/seed/data';
import { demoAccounts } from '~/db/seed/demo-accounts';
import { expectAccessible, login } from './helpers';
import {
  fillRegistration,
  newFirm,
  postRegistration,
  queueEntry,
  regionIdOf,
  registerThroughApi,
  reloadUntilVisible,
  signedIn,
  visitor,
} from './onboarding';

test('a new firm registers from the login page, the coordinator approves it from the queue, and its HR user then sees the employer portal', async ({
  browser,
}) => {
  const firm = newFirm(1, 'Dommeldal Precisietechniek B.V.');
  const hr = await visitor(browser, '198.51.100.11');
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    const page = hr.page;
    await page.goto('/login');
    await page.getByRole('link', { name: 'Registreer uw organisatie' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Registreer uw organisatie' })).toBeVisible();
    await expect(page.getByLabel('Wachtwoord', { exact: true })).toHaveAccessibleDescription(/Minstens 12 tekens/);
    await expectAccessible(page);

    await fillRegistration(page, firm);
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    await expect(page).toHaveURL(/\/register\/received$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Aanmelding ontvangen' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(
      `${firm.name} is aangemeld in de regio Zuidoost-Brabant en wacht op goedkeuring door de regiocoördinator. U krijgt een e-mail zodra er een besluit is.`,
    );
    await expect(page.getByText(`U kunt nu al inloggen met ${firm.email}.`)).toBeVisible();
    await expectAccessible(page);

    // Signing in shows the firm's status and what it registered, nothing of the region.
    await page.getByRole('link', { name: 'Naar inloggen' }).click();
    await login(page, firm.email, firm.password);
    await expect(page).toHaveURL(/\/employer$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Werkgeversportaal: ${firm.name}`);
    await expect(page.getByRole('status')).toContainText('wacht op goedkeuring');
    const registered = page.getByRole('region', { name: 'Wat u heeft aangemeld' });
    await expect(registered).toContainText(firm.kvk);
    await expect(registered).toContainText('Kanaaldijk-Zuid 12, 5613 DX Eindhoven');
    await expect(registered).toContainText('10–49 medewerkers');
    await expectAccessible(page);

    // The coordinator's dashboard figure leads to the queue, which holds the new firm and the seeded ones.
    const queue = coordinator.page;
    await queue.reload();
    await queue.getByRole('link', { name: /Werkgevers wachten op goedkeuring/ }).click();
    await expect(queue).toHaveURL(/\/coordinator\/approvals$/);
    await expect(queue.getByRole('heading', { level: 1, name: 'Aanmeldingen van werkgevers' })).toBeVisible();
    const seeded = queueEntry(queue, 'Administratiekantoor Kempenland');
    await expect(seeded).toContainText('Marloes van den Akker, werkgever.nieuw@overstap.demo');
    await expect(seeded).toContainText('Markt 12, 5531 BC Bladel');
    const entry = queueEntry(queue, firm.name);
    await expect(entry).toContainText(firm.kvk);
    await expect(entry).toContainText(`${firm.contact}, ${firm.email}`);
    await expect(entry).toContainText('Hightech maakindustrie');
    await expectAccessible(queue);

    await entry.getByLabel(/^Reden of toelichting/).fill('KvK-inschrijving en adres gecontroleerd.');
    await entry.getByRole('button', { name: `Goedkeuren: ${firm.name}` }).click();
    await expect(queue.getByRole('status')).toContainText(`${firm.name} is goedgekeurd.`);
    await expect(entry).toHaveCount(0);
    await expect(seeded).toBeVisible();
    await expectAccessible(queue);
    await queue.reload();
    await expect(queueEntry(queue, 'Administratiekantoor Kempenland')).toBeVisible();
    await expect(queueEntry(queue, firm.name)).toHaveCount(0);

    // The HR user's next page is the employer portal.
    await reloadUntilVisible(page, page.getByRole('heading', { level: 2, name: /^Vacatures/ }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Werkgeversportaal: ${firm.name}`);
    await expect(page.getByRole('link', { name: 'Nieuwe vacature plaatsen' })).toBeVisible();
  } finally {
    await hr.context.close();
    await coordinator.context.close();
  }
});

test('a coordinator rejects a registration with a reason, asked for before sending, and the firm reads it', async ({
  browser,
}) => {
  const firm = newFirm(2, 'Transportbedrijf Het Gegeven B.V.');
  const hr = await visitor(browser, '198.51.100.12');
  const coordinator = await signedIn(browser, demoAccounts.coordinator, /\/coordinator$/);
  try {
    await registerThroughApi(hr.page, firm);
    const queue = coordinator.page;
    await queue.goto('/coordinator/approvals');
    const entry = queueEntry(queue, firm.name);
    const reason = entry.getByLabel(/^Reden of toelichting/);
    await expect(reason).toHaveAccessibleDescription(/Verplicht als je afwijst: de werkgever leest deze reden/);

    // Without a reason nothing is sent: the form says what is missing, at the field.
    const decisions: string[] = [];
    queue.on('request', (request) => {
      if (request.url().includes('organisation.decideApproval')) decisions.push(request.url());
    });
    await entry.getByRole('button', { name: `Afwijzen: ${firm.name}` }).click();
    await expect(reason).toBeFocused();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(reason).toHaveAccessibleDescription(/Geef een reden: de werkgever leest waarom/);
    expect(decisions).toEqual([]);
    await expectAccessible(queue);

    const why = 'Het KvK-nummer hoort bij een andere onderneming. Meld u opnieuw aan met het juiste nummer.';
    await reason.fill(why);
    await entry.getByRole('button', { name: `Afwijzen: ${firm.name}` }).click();
    await expect(queue.getByRole('status')).toContainText(`De aanmelding van ${firm.name} is afgewezen.`);
    await expect(entry).toHaveCount(0);
    expect(decisions).toHaveLength(1);

    await login(hr.page, firm.email, firm.password);
    await expect(hr.page).toHaveURL(/\/employer$/);
    await expect(hr.page.getByText('Status van uw organisatie: Afgewezen')).toBeVisible();
    await expect(hr.page.getByRole('status')).toContainText('heeft de aanmelding van uw organisatie afgewezen');
    await expect(hr.page.getByRole('heading', { level: 2, name: 'Reden van de regiocoördinator' })).toBeVisible();
    await expect(hr.page.getByText(why)).toBeVisible();
    await expect(hr.page.getByRole('heading', { level: 2, name: /^Vacatures/ })).toHaveCount(0);
    await expectAccessible(hr.page);
  } finally {
    await hr.context.close();
    await coordinator.context.close();
  }
});

test('the registration form shows each refusal at its field, in the visitor’s language', async ({ browser }) => {
  const { context, page } = await visitor(browser, '198.51.100.13');
  try {
    const firm = newFirm(3, 'Installatietechniek Tongelre B.V.');
    await page.goto('/register');
    await fillRegistration(page, { ...firm, password: 'kort' });
    await page.getByLabel('Sector').selectOption({ label: 'Kies…' });
    const submit = page.getByRole('button', { name: 'Organisatie aanmelden' });
    await submit.click();
    // Scoped to the form's error summary: Next's route announcer is an (unrelated) alert too.
    const summary = page.getByRole('alert').filter({ hasText: 'Uw organisatie is nog niet aangemeld.' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Sector: Kies een sector uit de lijst.');
    await expect(summary).toContainText('Wachtwoord: Het wachtwoord is te kort: gebruik minstens 12 tekens.');
    const password = page.getByLabel('Wachtwoord', { exact: true });
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAccessibleDescription(/te kort: gebruik minstens 12 tekens/);
    await expectAccessible(page);

    // The API checks the firm once the form is complete: one refusal after another, each at its field.
    await page.getByLabel('Sector').selectOption({ label: 'Hightech maakindustrie' });
    await password.fill(firm.password);
    await page.getByLabel('Postcode').fill('1000 ZZ');
    await submit.click();
    await expect(page.getByLabel('Postcode')).toHaveAccessibleDescription(
      'Postcode 1000 ZZ kennen we niet. Controleer de postcode.',
    );
    await expect(password).not.toHaveAttribute('aria-invalid');

    const taken = employers.find((e) => e.region === 'main')!;
    await page.getByLabel('Postcode').fill('5613 DX');
    await page.getByLabel('KvK-nummer').fill(taken.kvk);
    await submit.click();
    await expect(page.getByLabel('KvK-nummer')).toHaveAccessibleDescription(
      /Dit KvK-nummer is in deze regio al aangemeld\. Is het uw organisatie\? Log dan in/,
    );

    await page.getByLabel('KvK-nummer').fill(firm.kvk);
    await page.getByLabel('E-mailadres').fill(demoAccounts.employer);
    await submit.click();
    await expect(page.getByLabel('E-mailadres')).toHaveAccessibleDescription(
      'Er is al een account met dit e-mailadres. Log daarmee in, of gebruik een ander adres.',
    );
    await expectAccessible(page);

    // In English, the refusals in English.
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Nederlands' })).toBeVisible();
    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1, name: 'Register your organisation' })).toBeVisible();
    await page.getByLabel('KvK number').fill('1234567');
    await page.getByRole('button', { name: 'Register organisation' }).click();
    await expect(page.getByLabel('KvK number')).toHaveAccessibleDescription(
      /Enter the KvK number: exactly 8 digits, such as 12345678\./,
    );
    await expect(page.getByLabel('Sector')).toHaveAccessibleDescription('Choose a sector from the list.');
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});

test('too many registrations from one network: the form says when to try again', async ({ browser }) => {
  const { context, page } = await visitor(browser, '198.51.100.14');
  try {
    const taken = employers.find((e) => e.region === 'main')!;
    const firm = newFirm(4, 'Bouwbedrijf Strijp B.V.');
    // Refused attempts count too: use up this address's attempts with a KvK number already taken.
    const regionId = await regionIdOf(page);
    const answers: number[] = [];
    while (answers.length < 50 && answers.at(-1) !== 429) {
      answers.push(await postRegistration(page, firm, regionId, { kvkNumber: taken.kvk }));
    }
    expect(answers.at(-1)).toBe(429);
    expect(answers.slice(0, -1)).toEqual(answers.slice(0, -1).map(() => 409));

    await page.goto('/register');
    await fillRegistration(page, firm);
    await page.getByRole('button', { name: 'Organisatie aanmelden' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Te veel aanmeldingen' });
    await expect(summary).toHaveText(
      /^Te veel aanmeldingen vanaf uw netwerk\. Probeer het na \d{1,2}:\d{2} opnieuw\.$/,
    );
    await expect(summary).toBeFocused();
    await expectAccessible(page);
  } finally {
    await context.close();
  }
});
