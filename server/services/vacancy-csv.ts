/**
 * The columns of a vacancy CSV file (documented in docs/vacancy-import.md, sample in
 * docs/samples/vacancies.csv) and how each value is read: Dutch and English headers, values
 * as people type them in a spreadsheet ("32-40", "€ 3.000 - € 4.200", "31-12-2026", "vast",
 * "ja"). Occupations and skills are named by ESCO code, URI or label, and resolved against
 * the taxonomy the import loads first (TaxonomyLookup).
 */
import { z } from 'zod';
import type { contractTypeValues, remotePolicyValues } from '~/db/schema/enums';
import type { CsvSpec } from '~/server/lib/csv-import';
import { EARLIEST_DATE, LATEST_DATE, multiLineText, singleLineText, todayIso } from '~/server/lib/input';
import { locatePostcode } from '~/server/lib/postcodes';

/** Most rows in one file: a firm's whole set of vacancies, not a job board's. */
export const MAX_VACANCY_ROWS = 500;
/** Most skills (required and optional together) per vacancy, as in the form. */
const MAX_SKILLS = 40;

/** Each field and the headers that name it (case-insensitive), the English name first. */
export const vacancyCsvColumns = {
  reference: ['reference', 'referentie', 'kenmerk', 'vacaturenummer'],
  title: ['title', 'titel', 'functietitel', 'functie'],
  description: ['description', 'omschrijving', 'beschrijving'],
  occupation: ['occupation', 'beroep'],
  hours: ['hours', 'uren', 'uren per week'],
  contractType: ['contract type', 'contract', 'contractvorm', 'soort contract', 'dienstverband'],
  postcode: ['postcode', 'postal code', 'zip code'],
  place: ['place', 'plaats', 'city', 'standplaats', 'werkplaats'],
  remote: ['remote', 'thuiswerken', 'op afstand'],
  salary: ['salary', 'salaris', 'maandsalaris'],
  startDate: ['start date', 'startdatum', 'ingangsdatum'],
  closesAt: ['closing date', 'sluitingsdatum', 'reageren tot'],
  skills: ['skills', 'vaardigheden', 'required skills', 'vereiste vaardigheden'],
  optionalSkills: ['optional skills', 'gewenste vaardigheden'],
  openToRetraining: ['open to retraining', 'open voor omscholing', 'omscholing'],
} as const;

/** How a value names a contract type, in either language (lower case). */
const contractTypeWords: Record<string, (typeof contractTypeValues)[number]> = {
  permanent: 'permanent',
  vast: 'permanent',
  'onbepaalde tijd': 'permanent',
  'fixed term': 'fixed_term',
  'fixed-term': 'fixed_term',
  fixed_term: 'fixed_term',
  tijdelijk: 'fixed_term',
  'bepaalde tijd': 'fixed_term',
  temporary: 'temporary',
  'temporary agency': 'temporary',
  uitzend: 'temporary',
  uitzendwerk: 'temporary',
  'on call': 'on_call',
  'on-call': 'on_call',
  on_call: 'on_call',
  oproep: 'on_call',
  oproepkracht: 'on_call',
  secondment: 'secondment',
  detachering: 'secondment',
};

const remoteWords: Record<string, (typeof remotePolicyValues)[number]> = {
  on_site: 'on_site',
  'on site': 'on_site',
  'on-site': 'on_site',
  no: 'on_site',
  nee: 'on_site',
  'op locatie': 'on_site',
  hybrid: 'hybrid',
  hybride: 'hybrid',
  deels: 'hybrid',
  remote: 'remote',
  yes: 'remote',
  ja: 'remote',
  thuis: 'remote',
  'op afstand': 'remote',
};

const yesNoWords: Record<string, boolean> = {
  yes: true,
  ja: true,
  true: true,
  '1': true,
  no: false,
  nee: false,
  false: false,
  '0': false,
};

/** A value from a list of words, or an issue naming the words that are understood. */
export function word<T>(words: Record<string, T>, what: string) {
  return z.string().transform((value, ctx) => {
    const found = words[value.trim().toLowerCase().replace(/\s+/g, ' ')];
    if (found === undefined) {
      ctx.addIssue({ code: 'custom', message: `is not a ${what}; use one of: ${Object.keys(words).join(', ')}` });
      return z.NEVER;
    }
    return found;
  });
}

/** "32" or "24-32" (also with an en dash): hours per week, 1 to 60. */
const hours = z.string().transform((value, ctx) => {
  const match = /^(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?$/.exec(value.trim());
  const min = Number(match?.[1]);
  const max = Number(match?.[2] ?? match?.[1]);
  if (!match || min < 1 || max > 60 || min > max) {
    ctx.addIssue({ code: 'custom', message: 'must be hours per week, e.g. 32 or 24-32 (1 to 60)' });
    return z.NEVER;
  }
  return { hoursMin: min, hoursMax: max };
});

/** Whole euros: "3000", "3.000" or "€ 3.000" (a dot separates thousands; cents are not for a vacancy). */
const EUROS = /^€?\s*(\d{1,3}(?:\.\d{3})+|\d{1,6})(?:,-|,00)?$/;

/** "3000" (a fixed salary) or "2800-3400", gross per month. */
const salary = z.string().transform((value, ctx) => {
  const parts = value.split(/\s*[-–]\s*(?=€|\d)/).map((p) => EUROS.exec(p.trim()));
  const euros = parts.map((m) => (m ? Number(m[1]!.replace(/\./g, '')) : Number.NaN));
  const [min, max = min] = euros;
  if (parts.length > 2 || euros.some((e) => Number.isNaN(e) || e > 100_000) || min! > max!) {
    ctx.addIssue({ code: 'custom', message: 'must be a monthly salary in euros, e.g. 3000 or 2800-3400' });
    return z.NEVER;
  }
  return { salaryMin: min!, salaryMax: max! };
});

/** A date as YYYY-MM-DD or as the Dutch write it, DD-MM-YYYY (also with / or .). */
const date = z
  .string()
  .transform((value) => {
    const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value.trim());
    return dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : value.trim();
  })
  .pipe(z.iso.date({ message: 'must be a real date such as 2027-01-31 or 31-01-2027' }))
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, {
    message: `must be a date between ${EARLIEST_DATE} and ${LATEST_DATE}`,
  });

/** What the taxonomy says about the names a file uses: an id, or why there is none. */
export type Resolution = { id: string } | { problem: 'unknown' | 'ambiguous' };

export interface TaxonomyLookup {
  occupation(name: string): Resolution;
  skill(name: string): Resolution;
}

/** "lassen | CNC-draaien" (or separated by semicolons): the names of a list of skills. */
export const skillNames = (value: string) =>
  value
    .split(/[|;]/)
    .map((name) => name.trim())
    .filter(Boolean);

const describe = (what: string, name: string, resolution: Resolution) =>
  'problem' in resolution
    ? resolution.problem === 'ambiguous'
      ? `"${name}" is more than one ${what} in the taxonomy; use its ESCO code or URI`
      : `"${name}" is not ${what === 'occupation' ? 'an occupation' : 'a skill'} in the taxonomy`
    : null;

function occupationColumn(lookup: TaxonomyLookup | null) {
  return singleLineText({ max: 300 }).transform((name, ctx) => {
    if (!lookup) return name;
    const resolution = lookup.occupation(name);
    const problem = describe('occupation', name, resolution);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
    return 'id' in resolution ? resolution.id : z.NEVER;
  });
}

export function skillsColumn(lookup: TaxonomyLookup | null) {
  return multiLineText({ max: 10_000 }).transform((value, ctx) => {
    const names = skillNames(value);
    const seen = new Set<string>();
    for (const name of names) {
      const key = name.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `names "${name}" more than once` });
      seen.add(key);
    }
    if (!lookup) return names;
    const ids: string[] = [];
    for (const name of names) {
      const resolution = lookup.skill(name);
      const problem = describe('skill', name, resolution);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
      else ids.push((resolution as { id: string }).id);
    }
    return ids;
  });
}

/**
 * A row of the file. With a lookup, occupations and skills come out as taxonomy ids; without
 * one (the first reading, which only collects the names to look up) as the names written.
 */
export function vacancyCsvRow(lookup: TaxonomyLookup | null) {
  return z
    .object({
      reference: singleLineText({ min: 1, max: 60 }),
      title: singleLineText({ min: 3, max: 160, minMessage: 'needs at least 3 characters' }),
      description: multiLineText({ max: 10_000 }).optional(),
      occupation: occupationColumn(lookup).optional(),
      hours,
      contractType: word(contractTypeWords, 'contract type'),
      postcode: z.string().refine((p) => locatePostcode(p) !== null, 'is not a Dutch postcode (e.g. 5611 or 5611 AB)'),
      place: singleLineText({ min: 2, max: 120 }).optional(),
      remote: word(remoteWords, 'way of working').optional(),
      salary: salary.optional(),
      startDate: date.optional(),
      closesAt: date.refine((d) => d >= todayIso(), 'has passed').optional(),
      skills: skillsColumn(lookup).optional(),
      optionalSkills: skillsColumn(lookup).optional(),
      openToRetraining: word(yesNoWords, 'yes or no').optional(),
    })
    .superRefine((row, ctx) => {
      const all = [...(row.skills ?? []), ...(row.optionalSkills ?? [])];
      if (all.length > MAX_SKILLS) {
        ctx.addIssue({ code: 'custom', path: ['skills'], message: `at most ${MAX_SKILLS} skills in all` });
      } else if (new Set(all).size !== all.length) {
        ctx.addIssue({ code: 'custom', path: ['optionalSkills'], message: 'names a skill that is also required' });
      }
    });
}

export type VacancyCsvRow = z.infer<ReturnType<typeof vacancyCsvRow>>;

/**
 * The file read as plain text per column, nothing checked but its shape: the first reading,
 * which collects every occupation and skill the file names (from every row, also the wrong
 * ones), so the real reading can report unknown names together with everything else.
 */
export function rawVacancyCsvSpec() {
  const text = z.string().optional();
  const schema = z.object({ ...Object.fromEntries(Object.keys(vacancyCsvColumns).map((f) => [f, text])) } as Record<
    keyof typeof vacancyCsvColumns,
    typeof text
  >);
  return { columns: vacancyCsvColumns, schema, maxRows: MAX_VACANCY_ROWS } satisfies CsvSpec<typeof schema>;
}

export function vacancyCsvSpec(lookup: TaxonomyLookup | null): CsvSpec<ReturnType<typeof vacancyCsvRow>> {
  return {
    columns: vacancyCsvColumns,
    schema: vacancyCsvRow(lookup),
    maxRows: MAX_VACANCY_ROWS,
    uniqueBy: ['reference'],
  };
}

/** Where the vacancy is: the postcode's coordinates, in the place the row names (else the postcode's own). */
export function locationOf(row: Pick<VacancyCsvRow, 'postcode' | 'place'>) {
  const located = locatePostcode(row.postcode, row.place)!;
  return { city: row.place ?? located.place, lat: located.lat, lon: located.lon };
}

/** The columns as the import page describes them: each field's headers, and whether a file must have it. */
export function vacancyCsvColumnGuide() {
  const shape = vacancyCsvRow(null).shape;
  return (Object.keys(vacancyCsvColumns) as (keyof typeof vacancyCsvColumns)[]).map((field) => ({
    field,
    headers: vacancyCsvColumns[field],
    required: !(shape[field] as z.ZodType).safeParse(undefined).success,
  }));
}
