/**
 * The caseload as a table for the CSV export (§9 of issue 13): the rows of the current filter,
 * unpaged. The column keys name i18n messages `coordinatorTools.caseload.columns.<key>`; the
 * exporter writes the headers in the user's language.
 */
import type { Database } from '~/db/client';
import type { CoordinatorActor } from '~/server/auth/actor';
import { allCaseloadRows, type CaseloadFilter } from './caseload';

export const caseloadExportColumns = [
  'name',
  'organisation',
  'status',
  'riskStartDate',
  'guidanceDeadline',
  'daysLeft',
  'lastActivity',
  'nextAction',
  'nextDue',
] as const;

export type CaseloadExportColumn = (typeof caseloadExportColumns)[number];

export async function caseloadExportTable(db: Database, actor: CoordinatorActor, filter: CaseloadFilter) {
  const rows = await allCaseloadRows(db, actor, filter);
  return {
    columns: caseloadExportColumns,
    rows: rows.map((r) => Object.fromEntries(caseloadExportColumns.map((key) => [key, r[key]]))) as Record<
      CaseloadExportColumn,
      string | number | null
    >[],
  };
}
