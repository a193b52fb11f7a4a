import type { Locale } from '~/i18n/config';

/**
 * A language's name from its ISO 639-1 code: our own wording for the languages the form offers
 * (workerProfile.languageNames), else the runtime's (CLDR) name, else the code itself.
 */
export function languageName(names: Readonly<Record<string, string>>, code: string, locale: Locale): string {
  if (Object.hasOwn(names, code)) return names[code]!;
  try {
    return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}
