import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readCsv } from '~/server/lib/csv-import';

const spec = {
  columns: { name: ['name', 'naam'], email: ['email', 'e-mail'], hours: ['hours', 'uren'] },
  schema: z.object({
    name: z.string().min(2, 'needs at least 2 characters'),
    email: z.email('is not an e-mail address'),
    hours: z.coerce.number().int().min(1).max(60).optional(),
  }),
  maxRows: 3,
  uniqueBy: ['email'] as const,
};

describe('readCsv', () => {
  it('reads a Dutch Excel file (semicolons, BOM, Dutch headers) into rows with their lines', () => {
    const result = readCsv(
      '\uFEFFNaam;E-mail;Uren\nEva de Vries;eva@example.nl;32\n\nJan Smit;jan@example.nl;\n',
      spec,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        { line: 2, value: { name: 'Eva de Vries', email: 'eva@example.nl', hours: 32 } },
        { line: 4, value: { name: 'Jan Smit', email: 'jan@example.nl' } },
      ],
    });
  });

  it('numbers a row by the line where it starts, also after line breaks inside quoted values and in Windows files', () => {
    const text = 'name;email\r\n"Eva\r\nde Vries";eva@example.nl\r\n\r\nJan;jan@example.nl\r\nP;piet@example.nl';
    expect(readCsv(text, spec)).toEqual({
      ok: false,
      issues: [{ line: 6, column: 'name', problem: 'needs at least 2 characters' }],
    });
    expect(readCsv(text.replace('P;', 'Piet;'), spec)).toMatchObject({
      ok: true,
      rows: [
        { line: 2, value: { name: 'Eva\nde Vries' } },
        { line: 5, value: { name: 'Jan' } },
        { line: 6, value: { name: 'Piet' } },
      ],
    });
  });

  it('reports every wrong row by line and column, and returns no rows at all', () => {
    const result = readCsv('name,email\nE,eva@example.nl\nJan,not-an-address\nPiet,EVA@example.nl\n', spec);
    expect(result).toEqual({
      ok: false,
      issues: [
        { line: 2, column: 'name', problem: 'needs at least 2 characters' },
        { line: 3, column: 'email', problem: 'is not an e-mail address' },
        { line: 4, column: 'email', problem: 'also on line 2' },
      ],
    });
  });

  it('refuses a file it does not understand, saying why', () => {
    expect(readCsv('naam,telefoon\nEva,0612345678\n', spec)).toMatchObject({
      ok: false,
      issues: [
        { line: 1, column: 'telefoon', problem: expect.stringMatching(/^unknown column/) },
        { line: 1, column: null, problem: 'the column email is missing' },
      ],
    });
    expect(readCsv('', spec)).toMatchObject({ ok: false, issues: [{ problem: 'the file is empty' }] });
    expect(readCsv('name,email\n"Eva,eva@example.nl\n', spec)).toMatchObject({
      ok: false,
      issues: [{ problem: expect.stringMatching(/^not readable as CSV/) }],
    });
    expect(readCsv('name,email\nEva,eva@example.nl,extra\n', spec)).toMatchObject({
      ok: false,
      issues: [{ line: 2, problem: '3 fields where the header has 2' }],
    });
    const tooMany = ['name,email', ...[1, 2, 3, 4].map((i) => `W${i},w${i}@example.nl`)].join('\n');
    expect(readCsv(tooMany, spec)).toMatchObject({ ok: false, issues: [{ problem: /at most 3 at once/ }] });
  });
});
