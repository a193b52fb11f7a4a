import { describe, expect, it } from 'vitest';
import { isoDate, multiLineText, singleLineText, textProblem } from '~/server/lib/input';

const single = (value: string) => textProblem(value, { multiline: false });
const multi = (value: string) => textProblem(value, { multiline: true });

describe('textProblem', () => {
  it.each([
    'Lasser',
    'Elektriciën, 3e klas!',
    '焊工',
    'لحام', // right-to-left script without any override character
    'עברית \u200F(RLM)', // a direction mark next to visible text is ordinary punctuation
    '👩‍🔧 monteur', // an emoji sequence joined by U+200D
    'zacht\u00ADafbreken',
    'café\u0301',
    '',
  ])('accepts %j', (value) => {
    expect(single(value)).toBeNull();
    expect(multi(value)).toBeNull();
  });

  it('refuses every C0, DEL and C1 control character in a one-line text', () => {
    const controls = [...Array(0x20).keys(), 0x7f, ...Array.from({ length: 0x20 }, (_, i) => 0x80 + i)];
    for (const c of controls) expect(single(`a${String.fromCharCode(c)}b`), `U+${c.toString(16)}`).toMatch(/control/);
  });

  it('allows tabs and line breaks only in a multi-line text', () => {
    expect(multi('a\tb\nc\r\nd')).toBeNull();
    expect(single('a\tb')).toMatch(/one line/);
    expect(single('a\u2028b')).toMatch(/one line .*U\+2028/);
    expect(multi('a\u2028b\u2029c')).toBeNull();
    expect(multi('a\u0000b')).toMatch(/U\+0000/);
    expect(multi('a\u0085b')).toMatch(/U\+0085/);
  });

  it('refuses lone surrogates but not surrogate pairs', () => {
    expect(single('\uD800')).toMatch(/surrogate/);
    expect(single('a\uDC00')).toMatch(/surrogate/);
    expect(single('\uDC00\uD800')).toMatch(/surrogate/); // reversed: two lone halves
    expect(single('\uD83D\uDE00')).toBeNull();
  });

  it('refuses bidi embeddings, overrides and isolates anywhere', () => {
    for (const c of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(single(`invoice${c}fdp.exe`)).toMatch(/override the text direction/);
      expect(multi(`line\n${c}`)).toMatch(/override the text direction/);
    }
  });

  it('refuses text with nothing visible in it', () => {
    for (const value of ['\u200B', '\uFEFF\u2060', '\u3164', '\u2800', '\u0301', ' \u00A0\u2003', '\u200E\u200F']) {
      expect(single(value), JSON.stringify(value)).toMatch(/visible characters/);
    }
  });
});

describe('text schemas', () => {
  it('trims, then checks length and characters, with messages for people', () => {
    const title = singleLineText({ min: 3, max: 10 });
    expect(title.parse('  Lasser  ')).toBe('Lasser');
    expect(title.safeParse('ab').error?.issues[0]?.message).toBe('needs at least 3 characters');
    expect(title.safeParse('a'.repeat(11)).error?.issues[0]?.message).toBe('must be at most 10 characters');
    expect(title.safeParse('abc\u0000').error?.issues[0]?.message).toMatch(/U\+0000/);
    expect(multiLineText({ max: 100 }).parse('een\ntwee')).toBe('een\ntwee');
  });
});

describe('isoDate', () => {
  const date = isoDate();
  it.each(['1900-01-01', '2024-02-29', '2000-02-29', '2100-12-31'])('accepts %s', (value) => {
    expect(date.parse(value)).toBe(value);
  });
  it.each([
    ['0000-01-01', /between/],
    ['1899-12-31', /between/],
    ['2101-01-01', /between/],
    ['9999-12-31', /between/],
    ['2100-02-29', /real calendar date/],
    ['2027-02-29', /real calendar date/],
    ['2027-04-31', /real calendar date/],
    ['2027-1-1', /real calendar date/],
    ['+002027-01-01', /real calendar date/],
    ['2027-01-01T00:00:00Z', /real calendar date/],
  ])('refuses %s', (value, message) => {
    expect(date.safeParse(value).error?.issues[0]?.message).toMatch(message);
  });
});
