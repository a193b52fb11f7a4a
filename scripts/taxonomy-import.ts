// `npm run taxonomy:import -- --dir <folder> --zip <file.zip> … [--lang nl,en]`: imports the
// official ESCO CSV download (unzipped folders and/or the zips as published; each option may be
// repeated) into DATABASE_URL, or into the embedded database. One transaction: on any error the
// previous taxonomy stays as it was, and the exit code is non-zero.
import { parseArgs } from 'node:util';
import { migrateDatabase, openDatabase } from '~/db/client';
import { env } from '~/server/env';
import {
  formatProgress,
  formatSummary,
  importEscoTaxonomy,
  isTaxonomyLanguage,
  TaxonomyImportError,
  taxonomyLanguages,
  type TaxonomyLanguage,
} from '~/server/taxonomy/import';

const usage = `usage: npm run taxonomy:import -- [--dir <folder>]… [--zip <file.zip>]… [--lang ${taxonomyLanguages.join(',')}]`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        dir: { type: 'string', multiple: true },
        zip: { type: 'string', multiple: true },
        lang: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help) fail(usage, 0);
if (!values.dir?.length && !values.zip?.length) fail(`--dir or --zip is required\n${usage}`);
const requested = values.lang
  ?.split(',')
  .map((l) => l.trim().toLowerCase())
  .filter(Boolean);
const unknown = requested?.filter((l) => !isTaxonomyLanguage(l));
if (unknown?.length)
  fail(`unsupported language ${unknown.join(', ')}: the taxonomy has labels for ${taxonomyLanguages.join(', ')}`);

const handle = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { pgliteDir: env.PGLITE_DIR });
let exitCode = 0;
try {
  await migrateDatabase(handle);
  console.log(
    `importing ESCO from ${[...(values.dir ?? []), ...(values.zip ?? [])].join(', ')} into ${handle.driver === 'postgres' ? 'PostgreSQL' : `PGlite (${env.PGLITE_DIR})`}`,
  );
  const summary = await importEscoTaxonomy(handle.db, {
    dir: values.dir,
    zip: values.zip,
    languages: requested as TaxonomyLanguage[] | undefined,
    onProgress: (event) => console.log(formatProgress(event)),
  });
  console.log(formatSummary(summary));
} catch (error) {
  exitCode = 1;
  if (error instanceof TaxonomyImportError) console.error(`import failed, nothing was written: ${error.message}`);
  else console.error('import failed, nothing was written:', error);
} finally {
  await handle.close();
}
process.exit(exitCode);
