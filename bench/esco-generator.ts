/**
 * A deterministic, full-size ESCO download for benchmarks: ~14k skills, ~3k occupations, ~130k
 * occupation–skill relations, ~640 skill groups and the ISCO-08 tree, in Dutch and English, in
 * the official CSV format (same headers, quoted newline-separated alt labels). Labels are built
 * from a small bilingual vocabulary so queries can be realistic ("heftruck bes", "opertae
 * forklift"). The real ESCO files are not redistributable in the repo; this is their shape.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** mulberry32: tiny, fast, deterministic. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
export type Random = ReturnType<typeof seededRandom>;

// [english, english -ing form, dutch infinitive, dutch noun form]
const verbs: readonly (readonly [string, string, string, string])[] = [
  ['operate', 'operating', 'bedienen', 'bediening van'],
  ['maintain', 'maintaining', 'onderhouden', 'onderhoud van'],
  ['repair', 'repairing', 'repareren', 'reparatie van'],
  ['install', 'installing', 'installeren', 'installatie van'],
  ['inspect', 'inspecting', 'inspecteren', 'inspectie van'],
  ['plan', 'planning', 'plannen', 'planning van'],
  ['manage', 'managing', 'beheren', 'beheer van'],
  ['design', 'designing', 'ontwerpen', 'ontwerp van'],
  ['test', 'testing', 'testen', 'testen van'],
  ['clean', 'cleaning', 'reinigen', 'reiniging van'],
  ['assemble', 'assembling', 'assembleren', 'assemblage van'],
  ['calibrate', 'calibrating', 'kalibreren', 'kalibratie van'],
  ['monitor', 'monitoring', 'bewaken', 'bewaking van'],
  ['coordinate', 'coordinating', 'coördineren', 'coördinatie van'],
  ['develop', 'developing', 'ontwikkelen', 'ontwikkeling van'],
  ['analyse', 'analysing', 'analyseren', 'analyse van'],
  ['prepare', 'preparing', 'voorbereiden', 'voorbereiding van'],
  ['document', 'documenting', 'documenteren', 'documentatie van'],
  ['measure', 'measuring', 'meten', 'meting van'],
  ['program', 'programming', 'programmeren', 'programmering van'],
  ['transport', 'transporting', 'vervoeren', 'vervoer van'],
  ['store', 'storing', 'opslaan', 'opslag van'],
  ['sell', 'selling', 'verkopen', 'verkoop van'],
  ['supervise', 'supervising', 'superviseren', 'supervisie van'],
  ['calculate', 'calculating', 'berekenen', 'berekening van'],
  ['evaluate', 'evaluating', 'evalueren', 'evaluatie van'],
  ['process', 'processing', 'verwerken', 'verwerking van'],
  ['register', 'registering', 'registreren', 'registratie van'],
  ['handle', 'handling', 'hanteren', 'hantering van'],
  ['load', 'loading', 'laden', 'laden van'],
  ['configure', 'configuring', 'configureren', 'configuratie van'],
  ['schedule', 'scheduling', 'inroosteren', 'roostering van'],
  ['diagnose', 'diagnosing', 'diagnosticeren', 'diagnose van'],
  ['treat', 'treating', 'behandelen', 'behandeling van'],
  ['order', 'ordering', 'bestellen', 'bestelling van'],
  ['audit', 'auditing', 'auditen', 'audit van'],
  ['optimise', 'optimising', 'optimaliseren', 'optimalisatie van'],
  ['dismantle', 'dismantling', 'demonteren', 'demontage van'],
  ['control', 'controlling', 'controleren', 'controle van'],
  ['adjust', 'adjusting', 'afstellen', 'afstelling van'],
];

// [english, dutch]
const nouns: readonly (readonly [string, string])[] = [
  ['forklift', 'heftruck'],
  ['CNC machine', 'CNC-machine'],
  ['welding equipment', 'lasapparatuur'],
  ['hydraulic systems', 'hydraulische systemen'],
  ['electrical installations', 'elektrische installaties'],
  ['software', 'software'],
  ['databases', 'databases'],
  ['computer networks', 'computernetwerken'],
  ['patient records', 'patiëntendossiers'],
  ['medication', 'medicatie'],
  ['wound care', 'wondzorg'],
  ['warehouse stock', 'magazijnvoorraad'],
  ['transport routes', 'transportroutes'],
  ['budgets', 'budgetten'],
  ['invoices', 'facturen'],
  ['contracts', 'contracten'],
  ['customer accounts', 'klantaccounts'],
  ['production lines', 'productielijnen'],
  ['quality inspections', 'kwaliteitsinspecties'],
  ['safety procedures', 'veiligheidsprocedures'],
  ['heating systems', 'verwarmingssystemen'],
  ['ventilation systems', 'ventilatiesystemen'],
  ['solar panels', 'zonnepanelen'],
  ['wind turbines', 'windturbines'],
  ['heat pumps', 'warmtepompen'],
  ['lifting equipment', 'hefwerktuigen'],
  ['cranes', 'kranen'],
  ['trucks', 'vrachtwagens'],
  ['delivery vans', 'bestelbussen'],
  ['train schedules', 'dienstregelingen'],
  ['cargo', 'vracht'],
  ['containers', 'containers'],
  ['packaging machines', 'verpakkingsmachines'],
  ['food products', 'voedingsmiddelen'],
  ['bakery products', 'bakkerijproducten'],
  ['dairy products', 'zuivelproducten'],
  ['meat products', 'vleesproducten'],
  ['beverages', 'dranken'],
  ['kitchen equipment', 'keukenapparatuur'],
  ['hotel rooms', 'hotelkamers'],
  ['reservations', 'reserveringen'],
  ['events', 'evenementen'],
  ['marketing campaigns', 'marketingcampagnes'],
  ['social media content', 'socialemedia-inhoud'],
  ['websites', 'websites'],
  ['mobile applications', 'mobiele applicaties'],
  ['cloud infrastructure', 'cloudinfrastructuur'],
  ['security systems', 'beveiligingssystemen'],
  ['access control', 'toegangscontrole'],
  ['alarm systems', 'alarmsystemen'],
  ['laboratory samples', 'laboratoriummonsters'],
  ['chemical substances', 'chemische stoffen'],
  ['pharmaceutical products', 'farmaceutische producten'],
  ['medical devices', 'medische hulpmiddelen'],
  ['X-ray equipment', 'röntgenapparatuur'],
  ['dental instruments', 'tandheelkundige instrumenten'],
  ['care plans', 'zorgplannen'],
  ['elderly care', 'ouderenzorg'],
  ['childcare activities', 'kinderopvangactiviteiten'],
  ['lesson plans', 'lesplannen'],
  ['training programmes', 'opleidingsprogramma’s'],
  ['exams', 'examens'],
  ['financial statements', 'jaarrekeningen'],
  ['tax returns', 'belastingaangiften'],
  ['payroll', 'salarisadministratie'],
  ['insurance claims', 'verzekeringsclaims'],
  ['loans', 'leningen'],
  ['investments', 'beleggingen'],
  ['building sites', 'bouwplaatsen'],
  ['scaffolding', 'steigers'],
  ['concrete structures', 'betonconstructies'],
  ['roofing', 'dakbedekking'],
  ['plumbing systems', 'leidingsystemen'],
  ['sewer systems', 'rioleringssystemen'],
  ['road works', 'wegwerkzaamheden'],
  ['railway tracks', 'spoorrails'],
  ['bridges', 'bruggen'],
  ['engines', 'motoren'],
  ['gearboxes', 'versnellingsbakken'],
  ['brake systems', 'remsystemen'],
  ['tyres', 'banden'],
  ['aircraft components', 'vliegtuigonderdelen'],
  ['ships', 'schepen'],
  ['printing presses', 'drukpersen'],
  ['textile machines', 'textielmachines'],
  ['garments', 'kledingstukken'],
  ['furniture', 'meubels'],
  ['wooden structures', 'houtconstructies'],
  ['glass products', 'glasproducten'],
  ['metal sheets', 'metaalplaten'],
  ['pipelines', 'pijpleidingen'],
  ['pumps', 'pompen'],
  ['valves', 'kleppen'],
  ['compressors', 'compressoren'],
  ['robots', 'robots'],
  ['sensors', 'sensoren'],
  ['printed circuit boards', 'printplaten'],
  ['semiconductors', 'halfgeleiders'],
  ['lithography machines', 'lithografiemachines'],
  ['cleanrooms', 'cleanrooms'],
  ['test benches', 'testopstellingen'],
  ['prototypes', 'prototypes'],
  ['technical drawings', 'technische tekeningen'],
  ['maintenance schedules', 'onderhoudsschema’s'],
  ['spare parts', 'reserveonderdelen'],
  ['tools', 'gereedschappen'],
  ['crops', 'gewassen'],
  ['greenhouses', 'kassen'],
  ['livestock', 'vee'],
  ['irrigation systems', 'irrigatiesystemen'],
  ['forests', 'bossen'],
  ['gardens', 'tuinen'],
  ['waste streams', 'afvalstromen'],
  ['recycling processes', 'recyclingprocessen'],
  ['water treatment', 'waterzuivering'],
  ['energy consumption', 'energieverbruik'],
  ['legal documents', 'juridische documenten'],
  ['permits', 'vergunningen'],
  ['public records', 'openbare registers'],
  ['archives', 'archieven'],
  ['translations', 'vertalingen'],
  ['interviews', 'interviews'],
  ['surveys', 'enquêtes'],
  ['statistics', 'statistieken'],
  ['data sets', 'datasets'],
  ['machine learning models', 'machinelearningmodellen'],
  ['user interfaces', 'gebruikersinterfaces'],
  ['test scripts', 'testscripts'],
  ['source code', 'broncode'],
  ['IT incidents', 'IT-incidenten'],
  ['servers', 'servers'],
];

// [english, dutch]
const qualifiers: readonly (readonly [string, string])[] = [
  ['industrial', 'industriële'],
  ['medical', 'medische'],
  ['digital', 'digitale'],
  ['mechanical', 'mechanische'],
  ['electronic', 'elektronische'],
  ['agricultural', 'agrarische'],
  ['chemical', 'chemische'],
  ['financial', 'financiële'],
  ['technical', 'technische'],
  ['automated', 'geautomatiseerde'],
  ['portable', 'draagbare'],
  ['complex', 'complexe'],
  ['sustainable', 'duurzame'],
  ['specialised', 'gespecialiseerde'],
  ['heavy', 'zware'],
  ['marine', 'maritieme'],
];

/**
 * The long tail: real ESCO labels use thousands of distinct words (its 2,942 occupations alone
 * have ~33k labels over ~5.9k distinct words), mostly specific nouns used a few times each. A
 * small curated vocabulary would make every word common and the benchmark unrealistically hard
 * (or, for other designs, easy); these pronounceable made-up nouns give the same shape.
 */
const syllables = [
  'ver',
  'ka',
  'lo',
  'tran',
  'mo',
  'pi',
  'sen',
  'dra',
  'kor',
  'bel',
  'vi',
  'sto',
  'gra',
  'fen',
  'mar',
  'tel',
  'po',
  'ru',
  'zan',
  'del',
  'ko',
  'ni',
  'ter',
  'bo',
  'lan',
  'ex',
  'am',
  'ol',
  'un',
  'plas',
  'chro',
  'me',
  'tri',
  'gen',
  'flu',
  'pro',
];
const enEndings = ['er', 'ion', 'ics', 'ware', 'ment', 'ant', 'ite', 'ing'];
const nlEndings = ['ering', 'ie', 'iek', 'werk', 'ant', 'iet', 'ing', 'aar'];

function longTailNouns(random: Random, count: number): (readonly [string, string])[] {
  const seen = new Set<string>();
  const result: (readonly [string, string])[] = [];
  while (result.length < count) {
    const stem = Array.from({ length: random.int(2, 3) }, () => random.pick(syllables)).join('');
    if (seen.has(stem)) continue;
    seen.add(stem);
    const ending = random.int(0, enEndings.length - 1);
    const plural = random.chance(0.4);
    result.push([
      `${stem}${enEndings[ending]}${plural ? 's' : ''}`,
      `${stem}${nlEndings[ending]}${plural ? 'en' : ''}`,
    ]);
  }
  return result;
}

/** Zipf-like pick: a few items often, most rarely. */
function zipfIndex(random: Random, size: number): number {
  return Math.min(size - 1, Math.floor(size * random.next() ** 2.2));
}

// [english, dutch] knowledge domains
const knowledgeDomains: readonly (readonly [string, string])[] = [
  ['hydraulics', 'hydraulica'],
  ['pneumatics', 'pneumatiek'],
  ['electronics', 'elektronica'],
  ['mechanics', 'mechanica'],
  ['thermodynamics', 'thermodynamica'],
  ['metallurgy', 'metallurgie'],
  ['logistics', 'logistiek'],
  ['accounting', 'boekhouding'],
  ['tax law', 'belastingrecht'],
  ['labour law', 'arbeidsrecht'],
  ['pharmacology', 'farmacologie'],
  ['anatomy', 'anatomie'],
  ['hygiene', 'hygiëne'],
  ['nutrition', 'voedingsleer'],
  ['psychology', 'psychologie'],
  ['pedagogy', 'pedagogiek'],
  ['statistics', 'statistiek'],
  ['programming languages', 'programmeertalen'],
  ['computer security', 'computerbeveiliging'],
  ['optics', 'optica'],
  ['materials science', 'materiaalkunde'],
  ['chemistry', 'scheikunde'],
  ['biology', 'biologie'],
  ['geography', 'aardrijkskunde'],
  ['marketing', 'marketing'],
  ['economics', 'economie'],
  ['ergonomics', 'ergonomie'],
  ['welding techniques', 'lastechnieken'],
  ['construction methods', 'bouwmethoden'],
  ['food safety', 'voedselveiligheid'],
];

const roles: readonly (readonly [string, string])[] = [
  ['operator', 'operator'],
  ['technician', 'monteur'],
  ['engineer', 'ingenieur'],
  ['manager', 'manager'],
  ['assistant', 'assistent'],
  ['inspector', 'inspecteur'],
  ['specialist', 'specialist'],
  ['worker', 'medewerker'],
  ['adviser', 'adviseur'],
  ['planner', 'planner'],
  ['coordinator', 'coördinator'],
  ['supervisor', 'leidinggevende'],
];

const transversal: readonly (readonly [string, string, readonly string[], readonly string[]])[] = [
  ['work in teams', 'samenwerken in teams', ['teamwork', 'work as part of a team'], ['teamwerk', 'samenwerken']],
  ['show empathy', 'empathie tonen', ['be empathetic'], ['inlevingsvermogen tonen']],
  ['solve problems', 'problemen oplossen', ['problem solving'], ['probleemoplossend werken']],
  ['communicate with customers', 'communiceren met klanten', ['customer communication'], ['klantcontact']],
  ['manage time', 'tijd beheren', ['time management'], ['timemanagement', 'tijdmanagement']],
  ['follow safety rules', 'veiligheidsregels naleven', ['work safely'], ['veilig werken']],
  ['use digital tools', 'digitale hulpmiddelen gebruiken', ['digital literacy'], ['digitale vaardigheden']],
  ['adapt to change', 'zich aanpassen aan verandering', ['flexibility'], ['flexibiliteit']],
  [
    'speak Dutch',
    'Nederlands spreken',
    ['communicate verbally in Dutch'],
    ['mondeling communiceren in het Nederlands'],
  ],
  ['speak English', 'Engels spreken', ['communicate verbally in English'], ['mondeling communiceren in het Engels']],
];

export interface GeneratedSkill {
  uri: string;
  type: 'skill/competence' | 'knowledge';
  reuse: string;
  en: string;
  nl: string;
  altEn: string[];
  altNl: string[];
  domain: number;
  group: string;
}

export interface GeneratedSet {
  dir: string;
  skills: GeneratedSkill[];
  occupations: { uri: string; en: string; nl: string; altEn: string[]; altNl: string[] }[];
  counts: {
    skills: number;
    occupations: number;
    relations: number;
    skillGroups: number;
    iscoGroups: number;
    broader: number;
  };
}

function uuid(random: Random): string {
  const hex = () => Math.floor(random.next() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${'89ab'[random.int(0, 3)]}${part(3)}-${part(12)}`;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function writeCsv(file: string, header: readonly string[], rows: Iterable<readonly string[]>) {
  const lines = [header.join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  writeFileSync(file, `${lines.join('\n')}\n`);
}

const esco = 'http://data.europa.eu/esco/';
const schemes = `${esco}concept-scheme/member-skills,\n${esco}concept-scheme/skills`;

export interface GeneratorOptions {
  dir: string;
  seed?: number;
  skills?: number;
  occupations?: number;
  relationsPerOccupation?: number;
}

/** Writes `<dir>/en/*_en.csv` and `<dir>/nl/*_nl.csv`; relations and the hierarchy once, in en/. */
export function generateEscoSet(options: GeneratorOptions): GeneratedSet {
  const random = seededRandom(options.seed ?? 20_240_525);
  const skillTarget = options.skills ?? 14_000;
  const occupationTarget = options.occupations ?? 3_000;
  const perOccupation = options.relationsPerOccupation ?? 43;
  rmSync(options.dir, { recursive: true, force: true });
  for (const lang of ['en', 'nl']) mkdirSync(path.join(options.dir, lang), { recursive: true });

  // ISCO-08: 10 major groups, then 4 × 3 × 3.6 below each: ~436 unit groups.
  const isco: { code: string; en: string; nl: string }[] = [];
  for (let major = 0; major <= 9; major += 1) {
    isco.push({ code: `${major}`, en: `major group ${major}`, nl: `hoofdgroep ${major}` });
    for (let sub = 1; sub <= 4; sub += 1) {
      const subCode = `${major}${sub}`;
      isco.push({ code: subCode, en: `sub-major group ${subCode}`, nl: `subgroep ${subCode}` });
      for (let minor = 1; minor <= 3; minor += 1) {
        const minorCode = `${subCode}${minor}`;
        const noun = random.pick(nouns);
        isco.push({ code: minorCode, en: `${noun[0]} workers`, nl: `medewerkers ${noun[1]}` });
        for (let unit = 1; unit <= (minor === 1 ? 4 : 3) + (sub % 2); unit += 1) {
          const role = random.pick(roles);
          isco.push({ code: `${minorCode}${unit}`, en: `${noun[0]} ${role[0]}s`, nl: `${role[1]}s ${noun[1]}` });
        }
      }
    }
  }
  const unitGroups = isco.filter((g) => g.code.length === 4);

  // Skill groups: pillars S/K/L/T, 8 S-groups × 10 × 6 leaves, 30 K-groups × 2, a few T and L.
  const groups: { uri: string; code: string; en: string; nl: string; parent: string | null }[] = [];
  const addGroup = (code: string, en: string, nl: string, parent: string | null) => {
    groups.push({ uri: `${esco}skill/${code}`, code, en, nl, parent: parent ? `${esco}skill/${parent}` : null });
    return code;
  };
  addGroup('S', 'skills', 'vaardigheden', null);
  addGroup('K', 'knowledge', 'kennis', null);
  addGroup('L', 'language skills and knowledge', 'taalvaardigheden en -kennis', null);
  addGroup('T', 'transversal skills and competences', 'transversale vaardigheden en competenties', null);
  const skillLeaves: string[] = [];
  for (let a = 1; a <= 8; a += 1) {
    const v = verbs[a * 4]!;
    addGroup(`S${a}`, `${v[1]} and related activities`, `${v[3]} en verwante activiteiten`, 'S');
    for (let b = 0; b < 10; b += 1) {
      const n = nouns[(a * 10 + b) % nouns.length]!;
      addGroup(`S${a}.${b}`, `${v[1]} ${n[0]}`, `${v[3]} ${n[1]}`, `S${a}`);
      for (let c = 0; c < 6; c += 1) {
        const q = qualifiers[c]!;
        skillLeaves.push(
          addGroup(`S${a}.${b}.${c}`, `${v[1]} ${q[0]} ${n[0]}`, `${v[3]} ${q[1]} ${n[1]}`, `S${a}.${b}`),
        );
      }
    }
  }
  const knowledgeLeaves: string[] = [];
  for (const [i, domain] of knowledgeDomains.entries()) {
    const code = `K${String(i + 1).padStart(2, '0')}`;
    addGroup(code, domain[0], domain[1], 'K');
    knowledgeLeaves.push(addGroup(`${code}1`, `${domain[0]} (applied)`, `${domain[1]} (toegepast)`, code));
  }
  addGroup('T1', 'core skills and competences', 'kernvaardigheden en -competenties', 'T');
  addGroup('L1', 'languages', 'talen', 'L');

  // Skills: verb × qualifier? × noun (skill/competence) and qualifier? × domain (knowledge).
  const skills: GeneratedSkill[] = [];
  const seen = new Set<string>();
  const reuseLevels = ['sector-specific', 'sector-specific', 'occupation-specific', 'cross-sector'];
  for (const [en, nl, altEn, altNl] of transversal) {
    seen.add(en);
    skills.push({
      uri: `${esco}skill/${uuid(random)}`,
      type: 'skill/competence',
      reuse: 'transversal',
      en,
      nl,
      altEn: [...altEn],
      altNl: [...altNl],
      domain: -1,
      group: en.startsWith('speak') ? 'L1' : 'T1',
    });
  }
  const tail = longTailNouns(random, 4_000);
  /** A noun: the curated ones (realistic words for typed queries) or the long tail, with its domain. */
  const pickNoun = (): { noun: readonly [string, string]; domain: number } => {
    if (random.chance(0.35)) {
      const ni = random.int(0, nouns.length - 1);
      return { noun: nouns[ni]!, domain: ni };
    }
    const ti = zipfIndex(random, tail.length);
    return { noun: tail[ti]!, domain: ti % nouns.length };
  };
  let attempts = 0;
  while (skills.length < skillTarget && attempts < skillTarget * 20) {
    attempts += 1;
    const knowledge = random.chance(0.25);
    if (knowledge) {
      const di = random.int(0, knowledgeDomains.length - 1);
      const d = knowledgeDomains[di]!;
      const { noun: n } = pickNoun();
      const q = random.pick(qualifiers);
      const variant = random.int(0, 2);
      const en =
        variant === 0 ? `${d[0]} of ${n[0]}` : variant === 1 ? `${q[0]} ${d[0]}` : `${d[0]} for ${q[0]} ${n[0]}`;
      const nl =
        variant === 0 ? `${d[1]} van ${n[1]}` : variant === 1 ? `${q[1]} ${d[1]}` : `${d[1]} voor ${q[1]} ${n[1]}`;
      if (seen.has(en)) continue;
      seen.add(en);
      const altEn = [`principles of ${en}`, `${en} theory`, `knowledge of ${en}`].filter(() => random.chance(0.6));
      const altNl = [`principes van ${nl}`, `kennis van ${nl}`].filter(() => random.chance(0.5));
      skills.push({
        uri: `${esco}skill/${uuid(random)}`,
        type: 'knowledge',
        reuse: random.pick(reuseLevels),
        en,
        nl,
        altEn,
        altNl,
        domain: di,
        group: knowledgeLeaves[di]!,
      });
      continue;
    }
    const vi = random.int(0, verbs.length - 1);
    const v = verbs[vi]!;
    const { noun: n, domain } = pickNoun();
    const q = random.chance(0.6) ? random.pick(qualifiers) : null;
    const en = q ? `${v[0]} ${q[0]} ${n[0]}` : `${v[0]} ${n[0]}`;
    const nl = q ? `${q[1]} ${n[1]} ${v[2]}` : `${n[1]} ${v[2]}`;
    if (seen.has(en)) continue;
    seen.add(en);
    const qEn = q ? `${q[0]} ` : '';
    const qNl = q ? `${q[1]} ` : '';
    const other = verbs[(vi + random.int(1, verbs.length - 1)) % verbs.length]!;
    // ESCO has ~6 English and ~3 Dutch alternative labels per skill on average.
    const altEn = [
      `${v[1]} ${qEn}${n[0]}`,
      ...(q ? [`${v[0]} ${n[0]}`] : []),
      `${n[0]} ${v[1]}`,
      `${v[0]} ${qEn}${n[0]} safely`,
      `${v[1]} of ${n[0]}`,
      `${other[0]} and ${v[0]} ${n[0]}`,
      `carry out ${v[1]} of ${qEn}${n[0]}`,
    ].filter((_, i) => i === 0 || random.chance(0.7));
    const altNl = [
      `${v[3]} ${qNl}${n[1]}`,
      ...(q ? [`${n[1]} ${v[2]}`] : []),
      `${n[1]} veilig ${v[2]}`,
      `${n[1]} ${other[2]} en ${v[2]}`,
    ].filter((_, i) => i === 0 || random.chance(0.6));
    const group = skillLeaves[(vi * 7 + domain) % skillLeaves.length]!;
    skills.push({
      uri: `${esco}skill/${uuid(random)}`,
      type: 'skill/competence',
      reuse: random.pick(reuseLevels),
      en,
      nl,
      altEn,
      altNl,
      domain,
      group,
    });
  }

  // Occupations: a role on a domain, with essential and optional skills mostly from their domain.
  const byDomain = new Map<number, number[]>();
  for (const [i, s] of skills.entries()) byDomain.set(s.domain, [...(byDomain.get(s.domain) ?? []), i]);
  const occupations: GeneratedSet['occupations'] = [];
  const relations: string[][] = [];
  const occupationRows: string[][][] = [[], []];
  const occupationSeen = new Set<string>();
  while (occupations.length < occupationTarget) {
    const { noun: n, domain: ni } = pickNoun();
    const role = random.pick(roles);
    const q = random.chance(0.6) ? random.pick(qualifiers) : null;
    const en = `${q ? `${q[0]} ` : ''}${n[0]} ${role[0]}`;
    const nl = `${role[1]} ${q ? `${q[1]} ` : ''}${n[1]}`;
    if (occupationSeen.has(en)) continue;
    occupationSeen.add(en);
    const uri = `${esco}occupation/${uuid(random)}`;
    const otherRoles = Array.from({ length: 4 }, () => random.pick(roles));
    const altEn = [
      `${n[0]} ${role[0]}`,
      `${role[0]} of ${n[0]}`,
      `${n[0]} ${role[0]} apprentice`,
      `senior ${n[0]} ${role[0]}`,
      `junior ${n[0]} ${role[0]}`,
      ...otherRoles.map((r) => `${n[0]} ${r[0]}`),
      `${n[0]} ${role[0]} and ${otherRoles[0]![0]}`,
    ].filter((l, i, all) => l !== en && all.indexOf(l) === i && random.chance(0.85));
    const altNl = [
      `${role[1]} ${n[1]}`,
      `${n[1]}${role[1]}`,
      `senior ${role[1]} ${n[1]}`,
      ...otherRoles.slice(0, 2).map((r) => `${r[1]} ${n[1]}`),
    ].filter((l, i, all) => l !== nl && all.indexOf(l) === i && random.chance(0.7));
    occupations.push({ uri, en, nl, altEn, altNl });
    const unit = random.pick(unitGroups);
    const code = `${unit.code}.${occupations.length}`;
    for (const [li, lang] of (['en', 'nl'] as const).entries()) {
      occupationRows[li]!.push([
        'Occupation',
        uri,
        unit.code,
        lang === 'en' ? en : nl,
        (lang === 'en' ? altEn : altNl).join('\n'),
        '',
        'released',
        '2024-01-25T10:00:00Z',
        `${esco}regulated-professions/unregulated`,
        '',
        '',
        `${esco}concept-scheme/occupations,\n${esco}concept-scheme/member-occupations`,
        lang === 'en' ? `${en} work with ${n[0]}.` : `Een ${nl} werkt met ${n[1]}.`,
        code,
        '',
      ]);
    }
    const domainSkills = byDomain.get(ni) ?? [];
    const chosen = new Set<number>();
    const total = random.int(perOccupation - 12, perOccupation + 12);
    while (chosen.size < total) {
      // Two thirds from the occupation's own domain, the rest skewed towards common skills.
      const fromDomain = domainSkills.length > 0 && random.chance(0.66);
      const skew = Math.floor(skills.length * random.next() ** 3);
      chosen.add(fromDomain ? random.pick(domainSkills) : skew);
    }
    for (const [k, i] of [...chosen].entries()) {
      const s = skills[i]!;
      relations.push([uri, en, k % 2 === 0 ? 'essential' : 'optional', s.type, s.uri, s.en]);
    }
  }

  // Broader relations: group → parent group, skill → its group (some two), some skill → broader skill.
  const broader: string[][] = [];
  for (const g of groups) if (g.parent) broader.push(['SkillGroup', g.uri, g.en, 'SkillGroup', g.parent, '']);
  for (const [i, s] of skills.entries()) {
    broader.push(['KnowledgeSkillCompetence', s.uri, s.en, 'SkillGroup', `${esco}skill/${s.group}`, '']);
    if (random.chance(0.05))
      broader.push([
        'KnowledgeSkillCompetence',
        s.uri,
        s.en,
        'SkillGroup',
        `${esco}skill/${random.pick(skillLeaves)}`,
        '',
      ]);
    if (i > 100 && random.chance(0.15)) {
      const candidates = byDomain.get(s.domain) ?? [];
      const parent = skills[random.pick(candidates)];
      if (parent && parent.uri !== s.uri)
        broader.push(['KnowledgeSkillCompetence', s.uri, s.en, 'KnowledgeSkillCompetence', parent.uri, parent.en]);
    }
  }

  for (const [li, lang] of (['en', 'nl'] as const).entries()) {
    const file = (name: string) => path.join(options.dir, lang, `${name}_${lang}.csv`);
    writeCsv(
      file('ISCOGroups'),
      ['conceptType', 'conceptUri', 'code', 'preferredLabel', 'altLabels', 'inScheme', 'description'],
      isco.map((g) => [
        'ISCOGroup',
        `${esco}isco/C${g.code}`,
        g.code,
        lang === 'en' ? g.en : g.nl,
        '',
        `${esco}concept-scheme/isco`,
        '',
      ]),
    );
    writeCsv(
      file('skillGroups'),
      [
        'conceptType',
        'conceptUri',
        'preferredLabel',
        'altLabels',
        'hiddenLabels',
        'status',
        'modifiedDate',
        'scopeNote',
        'inScheme',
        'description',
        'code',
      ],
      groups.map((g) => [
        'SkillGroup',
        g.uri,
        lang === 'en' ? g.en : g.nl,
        '',
        '',
        'released',
        '2024-01-25T10:00:00Z',
        '',
        `${esco}concept-scheme/skills`,
        '',
        g.code,
      ]),
    );
    writeCsv(
      file('skills'),
      [
        'conceptType',
        'conceptUri',
        'skillType',
        'reuseLevel',
        'preferredLabel',
        'altLabels',
        'hiddenLabels',
        'status',
        'modifiedDate',
        'scopeNote',
        'definition',
        'inScheme',
        'description',
      ],
      skills.map((s) => [
        'KnowledgeSkillCompetence',
        s.uri,
        s.type,
        s.reuse,
        lang === 'en' ? s.en : s.nl,
        (lang === 'en' ? s.altEn : s.altNl).join('\n'),
        '',
        'released',
        '2024-01-25T10:00:00Z',
        '',
        '',
        schemes,
        lang === 'en'
          ? `The ability to ${s.en}, as part of the job.`
          : `Het vermogen om ${s.nl}, als onderdeel van het werk.`,
      ]),
    );
    writeCsv(
      file('occupations'),
      [
        'conceptType',
        'conceptUri',
        'iscoGroup',
        'preferredLabel',
        'altLabels',
        'hiddenLabels',
        'status',
        'modifiedDate',
        'regulatedProfessionNote',
        'scopeNote',
        'definition',
        'inScheme',
        'description',
        'code',
        'naceCode',
      ],
      occupationRows[li]!,
    );
    if (lang === 'en') {
      writeCsv(
        file('occupationSkillRelations'),
        ['occupationUri', 'occupationLabel', 'relationType', 'skillType', 'skillUri', 'skillLabel'],
        relations,
      );
      writeCsv(
        file('broaderRelationsSkillPillar'),
        ['conceptType', 'conceptUri', 'conceptLabel', 'broaderType', 'broaderUri', 'broaderLabel'],
        broader,
      );
    }
  }

  return {
    dir: options.dir,
    skills,
    occupations,
    counts: {
      skills: skills.length,
      occupations: occupations.length,
      relations: relations.length,
      skillGroups: groups.length,
      iscoGroups: isco.length,
      broader: broader.length,
    },
  };
}
