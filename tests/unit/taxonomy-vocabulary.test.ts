/** The in-memory side of autocomplete: prefix look-ups in the vocabulary and query normalisation. */
import { describe, expect, it } from 'vitest';
import { normalizeLocally, wordsStartingWith, type Vocabulary } from '~/server/taxonomy/vocabulary';

const vocabulary = (entries: Record<string, number>): Vocabulary => ({
  frequency: new Map(Object.entries(entries)),
  sorted: Object.keys(entries).sort(),
});

describe('wordsStartingWith', () => {
  const words = vocabulary({ las: 3, lassen: 40, lasser: 12, lasapparaat: 12, laster: 1, lat: 9, kas: 5 });

  it('gives the words a prefix starts, most frequent first, then alphabetically, never the prefix itself', () => {
    expect(wordsStartingWith(words, 'las', 10)).toEqual(['lassen', 'lasapparaat', 'lasser', 'laster']);
  });

  it('stops at the limit and finds nothing for an unknown prefix', () => {
    expect(wordsStartingWith(words, 'la', 2)).toEqual(['lassen', 'lasapparaat']);
    expect(wordsStartingWith(words, 'zz', 5)).toEqual([]);
  });
});

describe('normalizeLocally', () => {
  it('lower-cases, drops accents, collapses spaces and splits on anything but letters and digits', () => {
    expect(normalizeLocally('  Coördineren   van  Financiële-Rapportage ')).toEqual({
      q: 'coordineren van financiele-rapportage',
      words: ['coordineren', 'van', 'financiele', 'rapportage'],
    });
    expect(normalizeLocally('C++ / İOS 2')).toEqual({ q: 'c++ / ios 2', words: ['c', 'ios', '2'] });
  });

  it('leaves to the database what only unaccent knows: typographic quotes, ß, ligatures, non-breaking spaces', () => {
    for (const query of ['student’s', 'straße', 'ﬁnance', 'project\u00a0plan', 'pm²', 'e\u0301']) {
      expect(normalizeLocally(query)).toBeNull();
    }
  });
});
