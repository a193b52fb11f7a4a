/**
 * The columns of a training-offer CSV file and how each value is read, in the manner of the
 * vacancy import (vacancy-csv.ts): Dutch and English headers, values as typed in a spreadsheet
 * ("klassikaal", "O&O-fonds", "€ 1.250"), skills named by ESCO URI or label and resolved
 * against the taxonomy the import loads first.
 */
import { z } from 'zod';
import type { trainingModeValues, trainingPayerValues } from '~/db/schema/enums';
import type { CsvSpec } from '~/server/lib/csv-import';
import { singleLineText, multiLineText } from '~/server/lib/input';
import { skillNames, skillsColumn, word, type TaxonomyLookup } from './vacancy-csv';

/** A region's catalogue, not a national one. */
export const MAX_TRAINING_ROWS = 500;
/** Skills a training teaches, at most (as in the form). */
export const MAX_TRAINING_SKILLS = 20;

export const trainingCsvColumns = {
  provider: ['provider', 'aanbieder', 'opleider'],
  title: ['title', 'titel', 'opleiding', 'naam'],
  titleEn: ['title en', 'english title', 'titel engels'],
  description: ['description', 'omschrijving', 'beschrijving'],
  durationWeeks: ['duration weeks', 'weeks', 'duur in weken', 'weken', 'duur'],
  mode: ['mode', 'vorm', 'lesvorm'],
  cost: ['cost', 'kosten', 'prijs'],
  paidBy: ['paid by', 'betaald door', 'financiering', 'wie betaalt'],
  city: ['city', 'place', 'plaats', 'locatie'],
  url: ['url', 'website', 'link'],
  skills: ['skills', 'vaardigheden', 'skills taught'],
} as const;

const modeWords: Record<string, (typeof trainingModeValues)[number]> = {
  classroom: 'classroom',
  klassikaal: 'classroom',
  online: 'online',
  'e-learning': 'online',
  blended: 'blended',
  gemengd: 'blended',
  on_the_job: 'on_the_job',
  'on the job': 'on_the_job',
  'op de werkplek': 'on_the_job',
  werkplek: 'on_the_job',
  bbl: 'on_the_job',
};

const payerWords: Record<string, (typeof trainingPayerValues)[number]> = {
  employer: 'employer',
  werkgever: 'employer',
  'sector fund': 'sector_fund',
  sector_fund: 'sector_fund',
  sectorfonds: 'sector_fund',
  'o&o-fonds': 'sector_fund',
  'o&o fonds': 'sector_fund',
  region: 'region',
  regio: 'region',
  gemeente: 'region',
  uwv: 'uwv',
  worker: 'worker',
  werknemer: 'worker',
  zelf: 'worker',
};

/** Whole euros, 0 to 100,000: "1250", "1.250" or "€ 1.250". */
const euros = z.string().transform((value, ctx) => {
  const match = /^€?\s*(\d{1,3}(?:\.\d{3})+|\d{1,6})(?:,-|,00)?$/.exec(value.trim());
  const amount = match ? Number(match[1]!.replace(/\./g, '')) : Number.NaN;
  if (Number.isNaN(amount) || amount > 100_000) {
    ctx.addIssue({ code: 'custom', message: 'must be an amount in whole euros, e.g. 1250 (at most 100.000)' });
    return z.NEVER;
  }
  return amount;
});

const weeks = z.string().transform((value, ctx) => {
  const n = /^\d{1,3}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!(n >= 1 && n <= 260)) {
    ctx.addIssue({ code: 'custom', message: 'must be a whole number of weeks, 1 to 260' });
    return z.NEVER;
  }
  return n;
});

const webAddress = z
  .url({ protocol: /^https?$/, message: 'must be a web address starting with https:// or http://' })
  .max(500);

export function trainingCsvRow(lookup: TaxonomyLookup | null) {
  return z.object({
    provider: singleLineText({ min: 2, max: 160 }),
    title: singleLineText({ min: 3, max: 200, minMessage: 'needs at least 3 characters' }),
    titleEn: singleLineText({ min: 3, max: 200 }).optional(),
    description: multiLineText({ max: 5_000 }).optional(),
    durationWeeks: weeks,
    mode: word(modeWords, 'way of teaching'),
    cost: euros,
    paidBy: word(payerWords, 'payer'),
    city: singleLineText({ min: 2, max: 120 }),
    url: webAddress.optional(),
    skills: skillsColumn(lookup).refine((ids) => ids.length >= 1 && ids.length <= MAX_TRAINING_SKILLS, {
      message: `names 1 to ${MAX_TRAINING_SKILLS} skills`,
    }),
  });
}

export type TrainingCsvRow = z.infer<ReturnType<typeof trainingCsvRow>>;

/** The first reading: the file as plain text per column, to collect the skill names to look up. */
export function rawTrainingCsvSpec() {
  const text = z.string().optional();
  const schema = z.object({ ...Object.fromEntries(Object.keys(trainingCsvColumns).map((f) => [f, text])) } as Record<
    keyof typeof trainingCsvColumns,
    typeof text
  >);
  return { columns: trainingCsvColumns, schema, maxRows: MAX_TRAINING_ROWS } satisfies CsvSpec<typeof schema>;
}

export function trainingCsvSpec(lookup: TaxonomyLookup | null): CsvSpec<ReturnType<typeof trainingCsvRow>> {
  return { columns: trainingCsvColumns, schema: trainingCsvRow(lookup), maxRows: MAX_TRAINING_ROWS };
}

/** The skill names a raw row gives (the first reading), for the taxonomy lookup. */
export const skillNamesOf = (value: string | undefined) => (value ? skillNames(value) : []);
