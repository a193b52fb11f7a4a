import type { sectorValues, sizeBandValues } from '~/db/schema/enums';

/** Dutch is the default language. English mirrors this shape exactly (checked by the type of en.ts). */
export const nl = {
  app: {
    name: 'Overstap',
    tagline: 'Van werk naar werk in de regio',
    skipToContent: 'Direct naar de inhoud',
    language: 'Taal',
    switchTo: 'English',
    signOut: 'Uitloggen',
    signedInAs: 'Ingelogd als',
    mainNav: 'Hoofdmenu',
  },
  roles: { worker: 'Werknemer', employer: 'Werkgever', coordinator: 'Regiocoördinator', admin: 'Beheerder' },
  login: {
    title: 'Inloggen',
    intro: 'Log in met je e-mailadres en wachtwoord.',
    email: 'E-mailadres',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    failed: 'E-mailadres of wachtwoord klopt niet.',
    tooManyAttempts: 'Te veel inlogpogingen. Probeer het na {time, time, short} opnieuw.',
    accountDisabled: 'Dit account is uitgeschakeld. Neem contact op met je regiocoördinator.',
    otherError: 'Inloggen is niet gelukt. Probeer het opnieuw.',
    sso: 'Inloggen met single sign-on (werkgevers)',
  },
  employer: {
    title: 'Werkgeversportaal',
    status: {
      label: 'Status van uw organisatie',
      pending:
        'Uw organisatie wacht op goedkeuring door de regiocoördinator. Tot dan ziet u hier alleen deze status: geen kandidaten, vacatures of cijfers van de regio.',
      rejected:
        'De regiocoördinator heeft de aanmelding van uw organisatie afgewezen. Neem contact op met de regiocoördinator als u denkt dat dit niet klopt.',
      suspended:
        'De toegang van uw organisatie is geschorst door de regiocoördinator. Neem contact op met de regiocoördinator voor meer informatie.',
    },
    vacancies: 'Vacatures',
    noVacancies: 'U heeft nog geen vacatures.',
    redundancies: 'Aangekondigde boventalligheid',
    noRedundancies: 'Geen aankondigingen.',
    atRiskWorkers: 'Medewerkers met ontslagrisico',
    noAtRiskWorkers: 'Geen medewerkers met ontslagrisico geregistreerd.',
    newVacancy: 'Nieuwe vacature plaatsen',
    allVacancies: 'Alle vacatures',
    columns: {
      title: 'Titel',
      occupation: 'Beroep',
      place: 'Plaats',
      hours: 'Uren',
      contract: 'Contract',
      status: 'Status',
      closesAt: 'Sluit op',
      retraining: 'Omscholing mogelijk',
      expectedDate: 'Verwachte datum',
      reason: 'Reden',
      affected: 'Betrokken',
      registered: 'Aangemeld',
      name: 'Naam',
      deadline: 'Einde begeleiding',
    },
  },
  worker: {
    title: 'Mijn overstap',
    profile: 'Mijn profiel',
    currentEmployer: 'Huidige werkgever',
    occupation: 'Beroep',
    status: 'Status',
    guidance: 'Begeleiding',
    guidanceUntil: 'Je wordt begeleid van werk naar werk tot {date, date, medium}.',
    daysLeft: 'Nog {days, plural, one {# dag} other {# dagen}}.',
    preferences: 'Voorkeuren',
    hours: '{min, number}–{max, number} uur per week',
    commute: 'Maximaal {km, number} km reizen',
    contracts: 'Contractvormen',
    skills: 'Mijn vaardigheden',
    skill: 'Vaardigheid',
    level: 'Niveau',
    source: 'Bron',
    noSkills: 'Je hebt nog geen vaardigheden toegevoegd.',
    visibility: 'Wie mag mijn profiel zien?',
    visibilityIntro:
      'Werkgevers in de regio zien je profiel alleen als je dat toestaat, en dan zonder naam of contactgegevens. Pas als je instemt met een kennismaking ziet die werkgever wie je bent. Je kunt dit altijd intrekken.',
    visibleToEmployers: 'Werkgevers in mijn regio mogen mijn geanonimiseerde profiel zien',
    openToOtherRegions: 'Ook werkgevers in de aangrenzende regio’s',
    save: 'Opslaan',
    saving: 'Bezig met opslaan…',
    saved: 'Je keuze is opgeslagen.',
    editSkills: 'Vaardigheden en gewenst beroep bewerken',
  },
  matches: {
    title: 'Vacatures die bij je passen',
    intro:
      'Vacatures bij andere werkgevers in de regio, gerangschikt op hoe goed ze bij je vaardigheden en wensen passen. Bij elke vacature staat waarom.',
    none: 'Er zijn nu geen passende vacatures. Voeg vaardigheden toe of verruim je wensen.',
    link: 'Bekijk vacatures die bij je passen',
    fit: 'Hoe goed deze vacature past',
    score: '{score, number, percent} passend',
    starts: 'start {date, date, medium}',
  },
  /** Distance bands of anonymised candidates (server/lib/distance-band.ts): never an exact distance or place. */
  candidateDistance: {
    under5: 'Minder dan 5 km',
    from5to10: '5 tot 10 km',
    from10to25: '10 tot 25 km',
    from25to50: '25 tot 50 km',
    over50: 'Meer dan 50 km',
  },
  coordinator: {
    title: 'Regiodashboard',
    atRiskWorkers: 'Werknemers met ontslagrisico',
    nearDeadline: 'Begeleiding loopt binnen 90 dagen af',
    openVacancies: 'Openstaande vacatures',
    vacanciesPerWorker: 'Vacatures per werknemer met risico',
    approvedEmployers: 'Goedgekeurde werkgevers',
    pendingEmployers: 'Werkgevers wachten op goedkeuring',
    openRedundancies: 'Lopende aankondigingen',
    guidanceWindow: 'Begeleidingstermijn: {months, plural, one {# maand} other {# maanden}}',
    employers: 'Werkgevers in de regio',
    noEmployers: 'Er zijn nog geen werkgevers in deze regio.',
    columns: { name: 'Naam', sector: 'Sector', city: 'Plaats', size: 'Medewerkers', approval: 'Goedkeuring' },
  },
  combobox: {
    searching: 'Zoeken…',
    noResults: 'Niets gevonden voor “{query}”. Probeer een ander woord.',
    results:
      '{count, plural, one {# suggestie. Kies met pijltje omlaag en bevestig met Enter.} other {# suggesties. Kies met pijltje omhoog of omlaag en bevestig met Enter.}}',
    matchedVia: 'gevonden via “{label}”',
    alreadyAdded: 'staat al in de lijst',
    failed: 'Zoeken lukt nu niet. Probeer het zo opnieuw.',
  },
  skillPicker: { label: 'Vaardigheid zoeken', hint: 'Typ een deel van de naam, in het Nederlands of Engels.' },
  occupationPicker: { label: 'Beroep zoeken', hint: 'Typ een deel van de beroepsnaam, in het Nederlands of Engels.' },
  proposals: {
    title: 'Voorgestelde vaardigheden voor {occupation}',
    essential: 'Essentieel voor dit beroep',
    optional: 'Handig voor dit beroep',
    none: 'Alle vaardigheden van dit beroep staan al in de lijst.',
    accept: 'Overnemen',
    acceptSkill: 'Overnemen: {skill}',
    acceptAll: 'Alle voorgestelde vaardigheden overnemen',
    level: 'Niveau bij overnemen',
  },
  workerSkills: {
    title: 'Mijn vaardigheden bewerken',
    back: 'Terug naar mijn overstap',
    intro:
      'Vaardigheden die je zelf opgeeft, kun je toevoegen, van niveau veranderen en verwijderen. Vaardigheden die je werkgever heeft bevestigd of die erkend zijn (EVC), kun je alleen bekijken.',
    table: 'Mijn vaardigheden',
    add: 'Vaardigheid toevoegen',
    addButton: 'Toevoegen',
    adding: 'Bezig met toevoegen…',
    chooseFirst: 'Kies eerst een vaardigheid uit de lijst met suggesties.',
    added: '“{skill}” is toegevoegd.',
    levelChanged: 'Het niveau van “{skill}” is opgeslagen.',
    removed: '“{skill}” is verwijderd.',
    adopted: '{count, plural, one {# vaardigheid overgenomen.} other {# vaardigheden overgenomen.}}',
    actions: 'Wijzigen',
    levelFor: 'Niveau van {skill}',
    saveLevel: 'Niveau opslaan',
    remove: 'Verwijderen',
    removeSkill: 'Verwijderen: {skill}',
    lockedEmployer: 'Bevestigd door je werkgever: alleen die werkgever kan dit wijzigen of verwijderen.',
    lockedAccredited: 'Erkend via EVC: dit kun je hier niet wijzigen of verwijderen.',
    desired: 'Gewenst beroep',
    desiredIntro:
      'Naar welk beroep wil je overstappen? We stellen de vaardigheden voor die erbij horen. Neem over wat je kunt en pas daarna het niveau aan.',
    desiredCurrent: 'Je gewenste beroep: {occupation}',
    desiredNone: 'Je hebt nog geen gewenst beroep gekozen.',
    saveDesired: 'Beroep opslaan',
    desiredSaved: 'Je gewenste beroep is opgeslagen.',
  },
  profileCompleteness: {
    title: 'Hoe compleet is je profiel?',
    percent: 'Je profiel is voor {percent, number}% compleet.',
    complete: 'Je profiel is compleet.',
    next: 'Dit verbetert je matches het meest',
    gain: '+{gain, number}%',
    items: {
      addDesiredOccupationSkills:
        'Voeg de vaardigheden van je gewenste beroep ‘{occupation}’ toe: {missing, plural, one {er ontbreekt nog # vaardigheid} other {er ontbreken nog # vaardigheden}}.',
      addSkills:
        'Voeg {missing, plural, one {nog # vaardigheid} other {nog # vaardigheden}} toe: vacatures vinden je via je vaardigheden.',
      addDesiredOccupation:
        'Kies een beroep waarnaar je wilt overstappen: dan stellen we de vaardigheden voor die erbij horen.',
      addCurrentOccupation: 'Geef je huidige beroep op: vacatures in hetzelfde of een verwant beroep scoren dan hoger.',
      addHomePostcode: 'Vul je postcode in: zonder woonplaats kunnen we de reisafstand niet berekenen.',
      reviewPreferences:
        'Controleer je wensen (uren, contract, reisafstand, thuiswerken, startdatum, salaris): nu gelden nog de standaardwaarden.',
      addWorkHistory: 'Vul je werkervaring in: werkgevers lezen die als ze een kennismaking overwegen.',
      addLanguages: 'Geef aan welke talen je spreekt en hoe goed.',
    },
  },
  vacancyForm: {
    title: 'Nieuwe vacature',
    back: 'Terug naar de vacatures',
    intro:
      'Beschrijf de functie en kies een beroep: we stellen de vaardigheden voor die erbij horen. Velden met een * zijn verplicht.',
    job: 'Functie',
    jobTitle: 'Functietitel *',
    description: 'Omschrijving',
    occupationHint: 'Kies het beroep dat het best past. Typ een deel van de naam, in het Nederlands of Engels.',
    skills: 'Gevraagde vaardigheden',
    skillsIntro:
      'Geef per vaardigheid aan of die vereist of gewenst is, en welk niveau minimaal nodig is (1 basis – 4 expert).',
    noSkills: 'Nog geen vaardigheden gekozen.',
    extraSkill: 'Extra vaardigheid toevoegen',
    skill: 'Vaardigheid',
    importance: 'Belang',
    minLevel: 'Minimumniveau',
    importanceFor: 'Belang van {skill}',
    minLevelFor: 'Minimumniveau van {skill}',
    remove: 'Verwijderen',
    removeSkill: 'Verwijderen: {skill}',
    conditions: 'Uren, contract en plaats',
    hoursMin: 'Minimaal uren per week *',
    hoursMax: 'Maximaal uren per week *',
    contractType: 'Contractvorm *',
    location: 'Werkplek *',
    locationHint: 'Standaard het adres van uw organisatie; kies een andere plaats in de regio als het werk daar is.',
    ownAddress: 'Ons adres: {address}',
    remote: 'Thuiswerken',
    salaryMin: 'Salaris vanaf (bruto per maand, €)',
    salaryMax: 'Salaris tot en met (bruto per maand, €)',
    startDate: 'Startdatum',
    closesAt: 'Reageren kan tot en met',
    openToRetraining: 'Ook kandidaten die voor sommige vaardigheden nog (om)scholing nodig hebben zijn welkom',
    submit: 'Vacature plaatsen',
    submitting: 'Bezig met plaatsen…',
    invalid: 'De vacature is nog niet geplaatst. Controleer deze velden:',
    failed: 'De vacature is niet geplaatst.',
  },
  employerVacancies: {
    title: 'Vacatures van {organisation}',
    back: 'Terug naar het werkgeversportaal',
    created: 'De vacature “{title}” is geplaatst.',
  },
  admin: {
    title: 'Beheer',
    intro: 'Alle regio’s van Overstap met hun coördinatoren, en alle accounts.',
    regions: 'Regio’s',
    noRegions: 'Er zijn nog geen regio’s.',
    regionColumns: {
      name: 'Regio',
      employers: 'Werkgevers',
      atRiskWorkers: 'Werknemers met ontslagrisico',
      openVacancies: 'Openstaande vacatures',
      coordinators: 'Coördinatoren',
    },
    noCoordinators: 'Nog geen coördinator',
    regionAccounts: 'Accounts in {region}',
    accounts: 'Accounts',
    search: 'Zoeken op naam, e-mail of organisatie',
    role: 'Rol',
    anyRole: 'Alle rollen',
    status: 'Status',
    anyStatus: 'Actief en uitgeschakeld',
    submitSearch: 'Zoeken',
    onlyRegion: 'Alleen accounts in {region}.',
    allRegions: 'Toon alle regio’s',
    found: '{count, plural, one {# account gevonden.} other {# accounts gevonden.}}',
    noAccounts: 'Geen accounts gevonden. Probeer een ander zoekwoord of filter.',
    accountColumns: {
      name: 'Naam',
      email: 'E-mail',
      role: 'Rol',
      organisation: 'Organisatie',
      region: 'Regio',
      status: 'Status',
      action: 'Actie',
    },
    ownAccount: 'Je eigen account',
  },
  accounts: {
    enabled: 'Actief',
    disabled: 'Uitgeschakeld',
    disabledOn: 'Uitgeschakeld op {date, date, medium}',
    reason: 'Reden: {reason}',
    disable: 'Uitschakelen',
    disableAccount: 'Account van {name} uitschakelen',
    reasonLabel: 'Waarom schakel je het account van {name} uit?',
    confirmDisable: 'Uitschakelen',
    cancel: 'Annuleren',
    enable: 'Inschakelen',
    enableAccount: 'Account van {name} weer inschakelen',
    busy: 'Bezig…',
    disabledDone: 'Het account van {name} is uitgeschakeld. Wie ermee was ingelogd, is uitgelogd.',
    enabledDone: 'Het account van {name} is weer ingeschakeld.',
  },
  employerAccounts: {
    back: 'Terug naar het regiodashboard',
    accounts: 'HR-accounts',
    intro:
      'De medewerkers die namens deze werkgever in Overstap werken. Een uitgeschakeld account kan niet meer inloggen, en wie ermee is ingelogd, wordt meteen uitgelogd.',
    none: 'Deze werkgever heeft geen HR-accounts.',
    columns: { name: 'Naam', email: 'E-mail', status: 'Status', action: 'Actie' },
  },
  pagination: {
    label: 'Pagina’s: {list}',
    previous: 'Vorige',
    next: 'Volgende',
    pageOf: 'Pagina {page, number} van {pages, number}',
    range: '{from, number}–{to, number} van {total, number}',
  },
  enums: {
    level: { '1': '1 – basis', '2': '2 – gevorderd', '3': '3 – ervaren', '4': '4 – expert' },
    importance: { required: 'Vereist', optional: 'Gewenst' },
    remote: { on_site: 'Op locatie', hybrid: 'Deels thuis (hybride)', remote: 'Volledig op afstand' },
    status: { at_risk: 'Ontslagrisico', in_transition: 'In overstap', placed: 'Geplaatst', withdrawn: 'Afgemeld' },
    vacancyStatus: { draft: 'Concept', open: 'Open', filled: 'Vervuld', closed: 'Gesloten' },
    contract: {
      permanent: 'Vast',
      fixed_term: 'Bepaalde tijd',
      temporary: 'Uitzend',
      on_call: 'Oproep',
      secondment: 'Detachering',
    },
    reason: { structural: 'Structureel', cyclical: 'Conjunctureel' },
    redundancyStatus: {
      announced: 'Aangekondigd',
      in_progress: 'Loopt',
      completed: 'Afgerond',
      cancelled: 'Ingetrokken',
    },
    source: { self: 'Zelf opgegeven', employer: 'Bevestigd door werkgever', accredited: 'Erkend (EVC)' },
    approval: { pending: 'Wacht', approved: 'Goedgekeurd', rejected: 'Afgewezen', suspended: 'Geschorst' },
    sizeBand: {
      '1-9': '1–9 medewerkers',
      '10-49': '10–49 medewerkers',
      '50-249': '50–249 medewerkers',
      '250+': '250 of meer medewerkers',
    } satisfies Record<(typeof sizeBandValues)[number], string>,
    sector: {
      high_tech_manufacturing: 'Hightech maakindustrie',
      automotive: 'Automotive',
      logistics: 'Logistiek',
      healthcare: 'Zorg',
      ict: 'ICT',
      food: 'Voeding',
      construction: 'Bouw en installatie',
      education: 'Onderwijs',
      retail: 'Detailhandel',
      business_services: 'Zakelijke dienstverlening',
      energy: 'Energie',
      government: 'Overheid',
    } satisfies Record<(typeof sectorValues)[number], string> as Record<string, string>,
    yes: 'Ja',
    no: 'Nee',
  },
  /**
   * Mail, rendered with getTranslator (i18n/translator.ts) in the recipient's language. Each
   * message is the greeting, its paragraphs and the closing, each paragraph a message here.
   */
  mail: {
    greeting: 'Beste {name},',
    closing: 'Met vriendelijke groet,\nOverstap',
    registrationReceived: {
      subject: 'Aanmelding van {organisation} ontvangen',
      body: 'Bedankt voor de aanmelding van {organisation} bij Overstap in de regio {region}. De regiocoördinator beoordeelt de aanmelding; u krijgt bericht zodra er een besluit is.',
      signIn:
        'U kunt nu al inloggen met {email} op {loginUrl}. Tot de aanmelding is goedgekeurd, ziet u daar alleen de status ervan.',
    },
    registrationToReview: {
      subject: 'Nieuwe werkgever wacht op goedkeuring: {organisation}',
      body: '{organisation} heeft zich aangemeld als werkgever in {region} en wacht op je besluit.',
      details:
        'KvK-nummer: {kvkNumber}\nSector: {sector}\nGrootte: {sizeBand}\nAdres: {address}\nContactpersoon: {contactName} ({contactEmail})',
      review: 'Keur de aanmelding goed of wijs haar af op {queueUrl}.',
    },
    organisationApproved: {
      subject: '{organisation} is goedgekeurd voor Overstap',
      body: 'De regiocoördinator van {region} heeft {organisation} goedgekeurd. Log in op {loginUrl} om vacatures te plaatsen en kandidaten in de regio te vinden.',
      note: 'Toelichting van de regiocoördinator: {reason}',
    },
    organisationRejected: {
      subject: 'Aanmelding van {organisation} afgewezen',
      body: 'De regiocoördinator van {region} heeft de aanmelding van {organisation} afgewezen.',
      reason: 'Reden: {reason}',
      contact:
        'Denkt u dat dit niet klopt? Neem dan contact op met de regiocoördinator. Na inloggen op {loginUrl} ziet u de status en de reden ook.',
    },
    invitation: {
      worker: {
        subject: '{organisation} nodigt je uit voor Overstap',
        body: `Beste {name},

{organisation} heeft aangekondigd dat jouw functie gaat verdwijnen. Overstap helpt je in de regio van werk naar werk: je ziet vacatures die bij je passen, en als jij dat wilt kunnen werkgevers in de regio je profiel zien, zonder je naam.

Maak je account aan met deze link:
{link}

De link is {days, plural, one {# dag} other {# dagen}} geldig en werkt maar één keer. Werkt hij niet meer? Vraag je werkgever dan om een nieuwe.

Met vriendelijke groet,
Overstap`,
      },
      colleague: {
        subject: 'Je collega nodigt je uit voor Overstap ({organisation})',
        body: `Beste {name},

Je bent uitgenodigd om namens {organisation} mee te werken in Overstap, het regionale platform voor werk-naar-werk.

Maak je account aan met deze link:
{link}

De link is {days, plural, one {# dag} other {# dagen}} geldig en werkt maar één keer. Werkt hij niet meer? Vraag je collega dan om een nieuwe.

Met vriendelijke groet,
Overstap`,
      },
    },
  },
  errors: {
    notFound: 'Deze pagina bestaat niet.',
    forbidden: 'U heeft geen toegang tot deze pagina.',
    back: 'Terug naar start',
  },
} as const;

/**
 * The shape every language must provide: the same keys, any strings. That each message also has
 * the same ICU arguments as the Dutch one is checked by tests/unit/messages.test.ts.
 */
type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof nl>;
