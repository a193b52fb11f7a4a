/**
 * Staging: each CSV is streamed into a temporary table of the import's transaction, then merged
 * into the taxonomy with set-based SQL. Nothing is held in memory beyond one batch, and the
 * temporary tables vanish with the transaction whether it commits or not.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '~/db/client';

const stageColumns = {
  esco_stage_isco: { code: 'text', lang: 'text', uri: 'text', label: 'text', file: 'text', line: 'int' },
  esco_stage_group: { uri: 'text', lang: 'text', code: 'text', label: 'text', file: 'text', line: 'int' },
  /** source_rank orders competing parents: the broader-relations file (0) before skillsHierarchy (1). */
  esco_stage_group_parent: { uri: 'text', parent_uri: 'text', source_rank: 'int', file: 'text', line: 'int' },
  /** source_rank: the full skills file (0) before a skill collection (1); lang_rank: order of --lang. */
  esco_stage_skill: {
    uri: 'text',
    lang: 'text',
    lang_rank: 'int',
    source_rank: 'int',
    skill_type: 'text',
    reuse_level: 'text',
    label: 'text',
    alt_labels: 'text[]',
    description: 'text',
    file: 'text',
    line: 'int',
  },
  esco_stage_language_skill: { uri: 'text' },
  esco_stage_skill_broader: { uri: 'text', broader_uri: 'text', source_rank: 'int', file: 'text', line: 'int' },
  esco_stage_occupation: {
    uri: 'text',
    lang: 'text',
    lang_rank: 'int',
    code: 'text',
    isco_group: 'text',
    label: 'text',
    alt_labels: 'text[]',
    description: 'text',
    file: 'text',
    line: 'int',
  },
  esco_stage_occupation_skill: {
    occupation_uri: 'text',
    skill_uri: 'text',
    relation: 'text',
    file: 'text',
    line: 'int',
  },
} as const;

export type StageTable = keyof typeof stageColumns;
export type StageRow<T extends StageTable> = {
  [K in keyof (typeof stageColumns)[T]]: (typeof stageColumns)[T][K] extends 'int'
    ? number
    : (typeof stageColumns)[T][K] extends 'text[]'
      ? string[]
      : string | null;
};

function columnList(table: StageTable): string {
  return Object.entries(stageColumns[table])
    .map(([name, type]) => `${name} ${type}`)
    .join(', ');
}

export async function createStagingTables(db: Database): Promise<void> {
  for (const table of Object.keys(stageColumns) as StageTable[]) {
    await db.execute(sql.raw(`create temporary table ${table} (${columnList(table)}) on commit drop`));
  }
}

/** Indexes and planner statistics once the files are in: temporary tables are never auto-analyzed. */
export async function indexStagingTables(db: Database): Promise<void> {
  const indexes = [
    'esco_stage_isco (code)',
    'esco_stage_group (uri)',
    'esco_stage_group_parent (uri)',
    'esco_stage_skill (uri)',
    'esco_stage_language_skill (uri)',
    'esco_stage_skill_broader (uri)',
    'esco_stage_occupation (uri)',
    'esco_stage_occupation_skill (occupation_uri, skill_uri)',
  ];
  for (const index of indexes) await db.execute(sql.raw(`create index on ${index}`));
  for (const table of Object.keys(stageColumns)) await db.execute(sql.raw(`analyze ${table}`));
}

/** The tables autocomplete reads, rewritten by an import that changed anything. */
export const labelIndexTables = [
  'skill_labels',
  'skill_label_words',
  'skill_words',
  'occupation_labels',
  'occupation_label_words',
  'occupation_words',
] as const;

/** The taxonomy's own tables, which the merge reads, updates and rewrites (the label index at the end). */
export const taxonomyTables = [
  'isco_groups',
  'skill_groups',
  'skills',
  'occupations',
  'occupation_skills',
  'skill_broader_relations',
  'skill_group_members',
  ...labelIndexTables,
];

/**
 * Planner statistics for the taxonomy tables before merging into them. Without statistics —
 * PGlite never auto-analyzes, and a server may not have done so since the previous import — the
 * merge's joins against the concept and link tables are planned as if they were empty. (When the
 * label triggers still ran during the import, relabelling the 2,942 occupations of the real ESCO
 * files took 72 s on PostgreSQL and 89 s on PGlite without statistics, about 7 s with them; the
 * label index is now built at the end, see label-index.ts.) ANALYZE samples, so it stays cheap.
 */
export async function analyzeTaxonomyTables(db: Database): Promise<void> {
  await analyzeTables(db, taxonomyTables);
}

export async function analyzeTables(db: Database, tables: readonly string[]): Promise<void> {
  for (const table of tables) await db.execute(sql.raw(`analyze ${table}`));
}

/** VACUUM (with fresh statistics); not inside a transaction. */
export async function vacuumTables(db: Database, tables: readonly string[]): Promise<void> {
  await db.execute(sql.raw(`vacuum (analyze) ${tables.join(', ')}`));
}

/**
 * Buffers rows and writes them in batches. A batch travels as ONE jsonb parameter expanded by
 * jsonb_to_recordset, so batch size is bounded by memory, never by PostgreSQL's 65,535
 * bind-parameter limit, and a 130k-row file takes a few dozen statements.
 */
export class StageWriter<T extends StageTable> {
  private buffer: StageRow<T>[] = [];
  private bufferedChars = 0;

  constructor(
    private readonly db: Database,
    private readonly table: T,
    private readonly maxRows = 5_000,
    private readonly maxChars = 4_000_000,
  ) {}

  async add(row: StageRow<T>): Promise<void> {
    this.buffer.push(row);
    this.bufferedChars += estimateChars(row);
    if (this.buffer.length >= this.maxRows || this.bufferedChars >= this.maxChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const json = JSON.stringify(this.buffer);
    this.buffer = [];
    this.bufferedChars = 0;
    await this.db.execute(
      sql`insert into ${sql.raw(this.table)} select * from jsonb_to_recordset(${json}::jsonb) as x(${sql.raw(columnList(this.table))})`,
    );
  }
}

function estimateChars(row: object): number {
  let total = 16;
  for (const value of Object.values(row)) {
    if (typeof value === 'string') total += value.length + 8;
    else if (Array.isArray(value)) for (const v of value as string[]) total += v.length + 4;
    else total += 12;
  }
  return total;
}
