import type { Formats } from 'next-intl';
import { en } from './messages/en';
import { nl } from './messages/nl';

/** The languages of Overstap: what the language switch stores, a user's language, `<html lang>`. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';
export const LOCALE_COOKIE = 'overstap-locale';

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/**
 * The locale next-intl formats each language with (plural rules, numbers, dates). English is
 * British English, "5 Mar 2025" and "14:30" as Overstap has always written it: next-intl formats
 * with the one locale it is given, and plain `en` is American ("Mar 5, 2025", "2:30 PM").
 */
export const intlLocales = { nl: 'nl-NL', en: 'en-GB' } as const satisfies Record<Locale, string>;
export type IntlLocale = (typeof intlLocales)[Locale];

/** The language of one of next-intl's locales (what `useLocale()` and `getLocale()` return). */
export function languageOf(locale: IntlLocale): Locale {
  return locale === intlLocales.en ? 'en' : 'nl';
}

/** The messages, typed as the Dutch ones; tests/unit/messages.test.ts holds English to the same keys and arguments. */
export type AppMessages = typeof nl;
export const messages: Record<Locale, AppMessages> = { nl, en: en as AppMessages };

/** Overstap is a Dutch regional platform: every date and time is as on a clock in the Netherlands. */
export const timeZone = 'Europe/Amsterdam';

/**
 * Named formats for next-intl's formatter and for dates in messages. `medium` is the date style
 * Overstap uses everywhere: 5 mrt 2025 / 5 Mar 2025 (the same as ICU's own `{d, date, medium}`).
 */
export const formats = {
  dateTime: { medium: { day: 'numeric', month: 'short', year: 'numeric' } },
} as const satisfies Formats;

/**
 * A calendar date as stored (YYYY-MM-DD, a PostgreSQL `date`) as the instant the formatter
 * takes: noon UTC, which is the same day in Amsterdam whatever the season.
 */
export function calendarDate(isoDate: string): Date {
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
}

/** The language of the label `conceptLabel` shows: the user's, unless the concept has no label in it. */
export function conceptLabelLanguage(locale: Locale, labelNl: string | null, labelEn: string | null): Locale {
  if (locale === 'en') return labelEn === null && labelNl !== null ? 'nl' : 'en';
  return labelNl === null && labelEn !== null ? 'en' : 'nl';
}

/** A taxonomy concept's label in the user's language, else the other one (ESCO is not translated everywhere). */
export function conceptLabel(locale: Locale, labelNl: string | null, labelEn: string | null): string {
  return (locale === 'en' ? (labelEn ?? labelNl) : (labelNl ?? labelEn)) ?? '—';
}
