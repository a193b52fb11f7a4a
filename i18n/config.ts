import { en } from './messages/en';
import { nl, type Messages } from './messages/nl';

export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';
export const LOCALE_COOKIE = 'overstap-locale';

export const dictionaries: Record<Locale, Messages> = { nl, en };

export function isLocale(value: string | undefined): value is Locale {
  return (locales as readonly string[]).includes(value ?? '');
}

/** Fills {placeholders}: format('Nog {days} dagen', { days: 3 }). */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}

const dateLocales: Record<Locale, string> = { nl: 'nl-NL', en: 'en-GB' };
export function formatDate(locale: Locale, isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  return new Date(`${isoDate.slice(0, 10)}T12:00:00Z`).toLocaleDateString(dateLocales[locale], {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
}

/** A taxonomy concept's label in the user's language, else the other one (ESCO is not translated everywhere). */
export function conceptLabel(locale: Locale, labelNl: string | null, labelEn: string | null): string {
  return (locale === 'en' ? (labelEn ?? labelNl) : (labelNl ?? labelEn)) ?? '—';
}
