/**
 * Zod building blocks for the text, dates and coordinates that procedures accept. Every input
 * schema builds its strings, dates and coordinates from these, so that whatever a schema lets
 * through can be stored, searched and shown: the database refuses NUL, a lone surrogate is
 * silently garbled on the way in, a year-0000 date is out of PostgreSQL's range, a subnormal
 * coordinate breaks its float arithmetic, and direction overrides or text made only of
 * invisible characters deceive the people who read it. Messages are English (the API's
 * language) and say what is wrong; the field's name comes with the issue's path.
 */
import { z } from 'zod';
import { toIsoDate, type IsoDate } from './dates';

/** Explicit embedding and override (U+202A–U+202E) and isolates (U+2066–U+2069): they reorder what a reader sees. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/** A UTF-16 surrogate that is not half of a pair (with the `u` flag a pair is one code point and never matches). */
const LONE_SURROGATE = /\p{Cs}/u;
/** C0, DEL and C1 control characters (NUL included). */
const CONTROL = /\p{Cc}/u;
/** Control characters a multi-line text may hold: tab and line breaks. */
const CONTROL_EXCEPT_LAYOUT = /(?![\t\n\r])\p{Cc}/u;
/** Unicode's own line and paragraph separators: line breaks too, so not in a one-line text. */
const LINE_SEPARATOR = /[\u2028\u2029]/u;
/**
 * A character that shows something: not whitespace, not a control or format character (zero
 * width space and joiners, direction marks, soft hyphen…), not a combining mark on its own,
 * not one of the other characters Unicode says to draw as nothing (Hangul fillers, variation
 * selectors…) and not the blank Braille pattern.
 */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Default_Ignorable_Code_Point}\u2800]/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first reason `value` cannot be accepted as text, or null. */
export function textProblem(value: string, { multiline }: { multiline: boolean }): string | null {
  if (LONE_SURROGATE.test(value)) return 'contains a broken character (an unpaired UTF-16 surrogate)';
  const control = multiline ? CONTROL_EXCEPT_LAYOUT.exec(value) : (CONTROL.exec(value) ?? LINE_SEPARATOR.exec(value));
  if (control) {
    return multiline
      ? `must not contain control characters other than tabs and line breaks (found ${codePoint(control[0])})`
      : `must be one line without control characters (found ${codePoint(control[0])})`;
  }
  const bidi = BIDI_CONTROL.exec(value);
  if (bidi) return `must not contain characters that override the text direction (found ${codePoint(bidi[0])})`;
  if (value.length > 0 && !VISIBLE.test(value)) {
    return 'must contain visible characters, not only blank or invisible ones';
  }
  return null;
}

interface TextOptions {
  /** Most UTF-16 code units, after trimming. */
  max: number;
  /** Fewest characters after trimming; 0 allows an empty text. */
  min?: number;
  /** The message for too short a text, when the field has its own wording. */
  minMessage?: string;
}

function text({ max, min = 0, minMessage }: TextOptions, multiline: boolean) {
  let schema = z.string().trim();
  if (min > 0) schema = schema.min(min, minMessage ?? `needs at least ${min} character${min === 1 ? '' : 's'}`);
  return schema.max(max, `must be at most ${max} characters`).superRefine((value, ctx) => {
    const problem = textProblem(value, { multiline });
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
  });
}

/** A one-line text (a title, a town, a search query): no control characters at all. */
export const singleLineText = (options: TextOptions) => text(options, false);

/** A text of paragraphs (a description): tabs and line breaks allowed, other control characters not. */
export const multiLineText = (options: TextOptions) => text(options, true);

/**
 * Coordinates are kept to 6 decimals (about 10 cm), finer than any address. Rounding keeps out
 * the tiny and subnormal numbers (1e-200, 5e-324) that JSON carries but PostgreSQL's float
 * arithmetic refuses with an underflow error once a distance is computed from them.
 */
const toMicroDegrees = (degrees: number) => Math.round(degrees * 1e6) / 1e6 || 0;

/** A latitude in degrees, -90 to 90, to 6 decimals. */
export const latitude = () => z.number().min(-90).max(90).transform(toMicroDegrees);

/** A longitude in degrees, -180 to 180, to 6 decimals. */
export const longitude = () => z.number().min(-180).max(180).transform(toMicroDegrees);

/** The dates the app can hold: anything outside is a typing error (or worse), not a plan. */
export const EARLIEST_DATE: IsoDate = '1900-01-01';
export const LATEST_DATE: IsoDate = '2100-12-31';

/** A real calendar day (2027-02-29 is not) as YYYY-MM-DD, between EARLIEST_DATE and LATEST_DATE. */
export const isoDate = () =>
  z.iso
    .date({ message: 'must be a real calendar date written as YYYY-MM-DD' })
    .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, {
      message: `must be a date between ${EARLIEST_DATE} and ${LATEST_DATE}`,
    });

/**
 * Today as the API compares dates: the UTC day, which is never ahead of the day in the
 * Netherlands, so a date that is today for the user is never refused as past.
 */
export const todayIso = (): IsoDate => toIsoDate(new Date());

/**
 * The `when` of a refinement that compares fields (hoursMax against hoursMin, a password against
 * the e-mail address): run it once those fields are valid, whatever the rest of the form.
 * By default zod runs an object's refinements only when every field is valid, so a form would
 * learn of the comparison only after everything else was fixed.
 */
export const whenValid =
  (...fields: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    payload.issues.every((i) => i.path !== undefined && i.path.length > 0 && !fields.includes(String(i.path[0])));

/** An e-mail address, trimmed and lower-cased (how accounts are keyed: server/auth/identity.ts). */
export const emailAddress = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email('is not a valid e-mail address'));
