import { isStructurallySame, parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import { calendarDate, formats, intlLocales, locales, messages, timeZone, type Locale } from '~/i18n/config';
import { getTranslator } from '~/i18n/translator';

/** Every message as [key, text], with the dotted keys next-intl reads them by. */
function flatten(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${name}`, value]] : flatten(value as object, `${prefix}${name}.`),
  );
}

const byLocale = Object.fromEntries(locales.map((locale) => [locale, new Map(flatten(messages[locale]))])) as Record<
  Locale,
  Map<string, string>
>;
const keys = [...byLocale.nl.keys()];

/** The message's arguments, each with a value of its kind, to render it with. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, unknown> = {}) {
  for (const element of elements) {
    if (element.type === TYPE.argument) values[element.value] = 'x';
    if (element.type === TYPE.number || element.type === TYPE.plural) values[element.value] = 2;
    if (element.type === TYPE.date || element.type === TYPE.time) values[element.value] = new Date();
    if (element.type === TYPE.select) values[element.value] = 'other';
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) sampleValues(option.value, values);
  }
  return values;
}

describe('the messages', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect([...byLocale.en.keys()].sort()).toEqual([...keys].sort());
  });

  it('are valid ICU MessageFormat in both languages', () => {
    const invalid = locales.flatMap((locale) =>
      [...byLocale[locale]].flatMap(([key, text]) => {
        try {
          parse(text);
          return [];
        } catch (error) {
          return [`${locale} ${key}: ${String(error)}`];
        }
      }),
    );
    expect(invalid).toEqual([]);
  });

  it('have the same ICU arguments, each of the same kind, in both languages', () => {
    const different = keys.flatMap((key) => {
      const same = isStructurallySame(parse(byLocale.nl.get(key)!), parse(byLocale.en.get(key) ?? ''));
      return same.success ? [] : [`${key}: ${same.error?.message}`];
    });
    expect(different).toEqual([]);
  });

  it('render in both languages, with the formats and time zone the app uses', () => {
    const errors: string[] = [];
    for (const locale of locales) {
      const t = createTranslator({
        locale: intlLocales[locale],
        messages: messages[locale],
        timeZone,
        formats,
        onError: (error) => errors.push(`${locale}: ${error.message}`),
      });
      for (const key of keys) {
        const text = t(key as never, sampleValues(parse(byLocale.nl.get(key)!)) as never);
        expect(text, `${locale} ${key}`).not.toMatch(/[{}]/);
      }
    }
    expect(errors).toEqual([]);
  });
});

describe('counts', () => {
  const nl = getTranslator('nl');
  const en = getTranslator('en');

  it('the days left in a guidance window: one day, or several', () => {
    expect([0, 1, 2].map((days) => nl('worker.daysLeft', { days }))).toEqual([
      'Nog 0 dagen.',
      'Nog 1 dag.',
      'Nog 2 dagen.',
    ]);
    expect([0, 1, 2].map((days) => en('worker.daysLeft', { days }))).toEqual([
      '0 days left.',
      '1 day left.',
      '2 days left.',
    ]);
  });

  it('months, suggestions, skills and accounts', () => {
    expect(nl('coordinator.guidanceWindow', { months: 1 })).toBe('Begeleidingstermijn: 1 maand');
    expect(en('coordinator.guidanceWindow', { months: 24 })).toBe('Guidance window: 24 months');
    expect(nl('workerSkills.adopted', { count: 1 })).toBe('1 vaardigheid overgenomen.');
    expect(en('workerSkills.adopted', { count: 3 })).toBe('3 skills accepted.');
    expect(nl('combobox.results', { count: 1 })).toBe('1 suggestie. Kies met pijltje omlaag en bevestig met Enter.');
    expect(en('combobox.results', { count: 8 })).toBe(
      '8 suggestions. Use the up and down arrows to choose, Enter to confirm.',
    );
    expect([1, 2].map((count) => nl('admin.found', { count }))).toEqual([
      '1 account gevonden.',
      '2 accounts gevonden.',
    ]);
    expect(en('admin.found', { count: 1 })).toBe('1 account found.');
  });

  it('large counts with each language’s digit grouping', () => {
    expect(nl('admin.found', { count: 1234 })).toBe('1.234 accounts gevonden.');
    expect(en('admin.found', { count: 1234 })).toBe('1,234 accounts found.');
  });
});

describe('dates, times and numbers', () => {
  it('write a calendar date as 5 mrt 2025 / 5 Mar 2025, the same day in Amsterdam', () => {
    const date = calendarDate('2025-03-05');
    expect(getTranslator('nl')('matches.starts', { date })).toBe('start 5 mrt 2025');
    expect(getTranslator('en')('matches.starts', { date })).toBe('starts 5 Mar 2025');
    // New Year's Eve stays New Year's Eve (an instant at midnight UTC would not).
    expect(getTranslator('en')('worker.guidanceUntil', { date: calendarDate('2026-12-31') })).toBe(
      'You are guided from job to job until 31 Dec 2026.',
    );
  });

  it('write a time on the clock in Amsterdam, 24-hour in both languages', () => {
    const time = new Date('2025-07-01T13:05:00Z'); // 15:05 summer time
    expect(getTranslator('nl')('login.tooManyAttempts', { time })).toBe(
      'Te veel inlogpogingen. Probeer het na 15:05 opnieuw.',
    );
    expect(getTranslator('en')('login.tooManyAttempts', { time })).toBe(
      'Too many sign-in attempts. Try again after 15:05.',
    );
  });

  it('write percentages and decimals the way each language does', () => {
    expect(getTranslator('nl')('matches.score', { score: 0.856 })).toBe('86% passend');
    expect(getTranslator('en')('matches.score', { score: 0.856 })).toBe('86% fit');
    expect(getTranslator('nl')('worker.commute', { km: 12.5 })).toBe('Maximaal 12,5 km reizen');
  });
});
