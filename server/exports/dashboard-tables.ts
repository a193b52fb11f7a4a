/**
 * Every table of the coordinator's dashboard (and the caseload) as a CSV download: one registry, one route
 * (app/(coordinator)/coordinator/export/[table]/route.ts), one writer (./csv.ts).
 *
 * To add a table: add an entry below with
 *   - `rows(api, params)`: fetch the rows through the tRPC caller of the signed-in user, i.e. the
 *     same coordinator procedure the page uses, so role and region are checked exactly as for the
 *     page (the region always comes from the session, never from the request);
 *   - `columns`: per column a header key under `dashboard.columns` (or `caseload.<column>` for
 *     the caseload's own headers; i18n, both languages) and the cell of a row (a number stays a
 *     number: the writer sets the decimal mark).
 * The page links to it with <ExportLinks table="your-id" /> (app/(coordinator)/coordinator/_dashboard).
 */
import { z } from 'zod';
import type { AppMessages, Locale } from '~/i18n/config';
import { getTranslator } from '~/i18n/translator';
import type { createCaller } from '~/server/api/root';
import { caseloadFilter } from '~/server/services/caseload';
import { dashboardPeriodInput } from '~/server/services/region-dashboard';
import { OTHER, regionFlowsInput, UNKNOWN } from '~/server/services/region-flows';
import { csvSeparators, toCsv, type CsvCell } from './csv';

type Api = ReturnType<typeof createCaller>;
type Translator = ReturnType<typeof getTranslator>;
type DashboardColumn = keyof AppMessages['dashboard']['columns'];
type CaseloadColumn = keyof AppMessages['coordinatorTools']['caseload']['columns'];
/** A header: a message under `dashboard.columns`, or under the caseload's own columns. */
type ColumnKey = DashboardColumn | `caseload.${CaseloadColumn}`;

/** Every table's parameters: the period and level of the figures, the caseload's filter. */
export const exportParams = regionFlowsInput.extend({
  separator: z.enum(Object.keys(csvSeparators) as ['comma', 'semicolon']).default('semicolon'),
  ...caseloadFilter.shape,
});
export type ExportParams = z.output<typeof exportParams>;

interface Context {
  locale: Locale;
  t: Translator;
}

interface ExportColumn<Row> {
  header: ColumnKey;
  cell(row: Row, context: Context): CsvCell;
}

interface ExportTable<Row> {
  rows(api: Api, params: ExportParams): Promise<readonly Row[]>;
  columns: ExportColumn<NoInfer<Row>>[];
}

/** Keeps each entry's row type for its columns. */
const table = <Row>(entry: ExportTable<Row>) => entry as ExportTable<unknown>;

const label = (row: { labelNl: string | null; labelEn: string | null }, { locale }: Context) =>
  (locale === 'en' ? row.labelEn : row.labelNl) ?? row.labelEn ?? row.labelNl ?? '';
const flag = (row: { flag: string | null }, { t }: Context) => t(`dashboard.flag.${(row.flag ?? 'none') as 'none'}`);
/** A node of the flows: a sector (translated), a firm's name, or the "other firms" and "unknown" nodes. */
export function flowNodeLabel(level: 'sector' | 'organisation', key: string, t: Translator): string {
  if (key === OTHER) return t('dashboard.flows.other');
  if (key === UNKNOWN) return t('dashboard.flows.unknown');
  return level === 'sector' ? t(`enums.sector.${key as 'ict'}`) : key;
}
const period = (params: ExportParams) => dashboardPeriodInput.parse({ months: params.months });

export const dashboardTables = {
  'overview-status': table({
    rows: async (api, p) => (await api.dashboard.overview(period(p))).workersByStatus,
    columns: [
      { header: 'status', cell: (r, { t }) => t(`enums.status.${r.status}`) },
      { header: 'workers', cell: (r) => r.workers },
    ],
  }),
  'overview-rates': table({
    rows: async (api, p) => (await api.dashboard.overview(period(p))).placementRates,
    columns: [
      { header: 'months', cell: (r) => r.months },
      { header: 'eligible', cell: (r) => r.workers },
      { header: 'placed', cell: (r) => r.placed },
      { header: 'rate', cell: (r) => r.rate },
    ],
  }),
  'overview-months': table({
    rows: async (api, p) => (await api.dashboard.overview(period(p))).months,
    columns: [
      { header: 'month', cell: (r) => r.month },
      { header: 'newAtRisk', cell: (r) => r.newAtRisk },
      { header: 'introductions', cell: (r) => r.introductions },
      { header: 'trials', cell: (r) => r.trials },
      { header: 'placements', cell: (r) => r.placements },
    ],
  }),
  'jobs-cohorts': table({
    rows: async (api) => (await api.dashboard.jobSupply()).cohorts,
    columns: [
      { header: 'redundancy', cell: (r) => r.title },
      { header: 'employer', cell: (r) => r.organisation },
      { header: 'workers', cell: (r) => r.workers },
      { header: 'vacancies', cell: (r) => r.vacancies },
      { header: 'vacanciesPerWorker', cell: (r) => r.vacanciesPerWorker },
      { header: 'flag', cell: flag },
    ],
  }),
  'jobs-groups': table({
    rows: async (api) => (await api.dashboard.jobSupply()).occupationGroups,
    columns: [
      { header: 'code', cell: (r) => r.code },
      { header: 'group', cell: label },
      { header: 'workers', cell: (r) => r.workers },
      { header: 'vacancies', cell: (r) => r.vacancies },
      { header: 'vacanciesPerWorker', cell: (r) => r.vacanciesPerWorker },
      { header: 'flag', cell: flag },
    ],
  }),
  'jobs-skills': table({
    rows: async (api) => (await api.dashboard.jobSupply()).skills,
    columns: [
      { header: 'skill', cell: label },
      { header: 'workers', cell: (r) => r.workers },
      { header: 'vacancies', cell: (r) => r.vacancies },
      { header: 'vacanciesPerWorker', cell: (r) => r.vacanciesPerWorker },
      { header: 'flag', cell: flag },
    ],
  }),
  'jobs-destinations': table({
    rows: async (api) => (await api.dashboard.jobSupply()).destinations,
    columns: [
      { header: 'redundancy', cell: (r) => r.title },
      { header: 'occupation', cell: (r, c) => label(r.occupation, c) },
      { header: 'coverage', cell: (r) => r.coverage },
      { header: 'missingSkills', cell: (r) => r.missingSkills },
      { header: 'openVacancies', cell: (r) => r.openVacancies },
    ],
  }),
  'skills-gaps': table({
    rows: async (api) => (await api.dashboard.skillGaps()).gaps,
    columns: [
      { header: 'skill', cell: label },
      { header: 'vacancies', cell: (r) => r.vacancies },
      { header: 'workers', cell: (r) => r.workers },
      { header: 'gap', cell: (r) => r.gap },
      { header: 'offers', cell: (r) => r.offers },
    ],
  }),
  'skills-trainings': table({
    rows: async (api) => (await api.dashboard.skillGaps()).trainings,
    columns: [
      { header: 'training', cell: (r, { locale }) => (locale === 'en' ? r.titleEn : r.titleNl) },
      { header: 'provider', cell: (r) => r.provider },
      { header: 'weeks', cell: (r) => r.durationWeeks },
      { header: 'cost', cell: (r) => r.costEuros },
      { header: 'unlocked', cell: (r) => r.workersUnlocked },
    ],
  }),
  'skills-unused': table({
    rows: async (api) => (await api.dashboard.skillGaps()).unused,
    columns: [
      { header: 'skill', cell: label },
      { header: 'workers', cell: (r) => r.workers },
    ],
  }),
  equity: table({
    rows: async (api) => (await api.dashboard.equity()).cells,
    columns: [
      { header: 'dimension', cell: (r, { t }) => t(`dashboard.equity.dimension.${r.dimension}`) },
      { header: 'equityGroup', cell: (r, { t }) => t(`dashboard.equity.groups.${r.group as 'male'}`) },
      { header: 'rate', cell: (r, { t }) => (r.suppressed ? t('dashboard.equity.suppressed') : r.rate) },
      { header: 'medianDays', cell: (r) => r.medianDays },
    ],
  }),
  flows: table({
    rows: async (api, p) => {
      const flows = await api.dashboard.flows({ months: p.months, level: p.level });
      return flows.links.map((link) => ({ ...link, level: flows.level }));
    },
    columns: [
      { header: 'from', cell: (r, { t }) => flowNodeLabel(r.level, r.from, t) },
      { header: 'to', cell: (r, { t }) => flowNodeLabel(r.level, r.to, t) },
      { header: 'placements', cell: (r) => r.placements },
    ],
  }),
  caseload: table({
    rows: (api, { status, window, action, query, sort, direction }) =>
      api.coordination.caseloadExport({ status, window, action, query, sort, direction }),
    columns: [
      { header: 'caseload.name', cell: (r) => r.name },
      { header: 'caseload.organisation', cell: (r) => r.organisation ?? '' },
      { header: 'caseload.status', cell: (r, { t }) => t(`enums.status.${r.status}`) },
      { header: 'caseload.riskStartDate', cell: (r) => r.riskStartDate },
      { header: 'caseload.guidanceDeadline', cell: (r) => r.guidanceDeadline },
      { header: 'caseload.daysLeft', cell: (r) => r.daysLeft },
      { header: 'caseload.lastActivity', cell: (r) => r.lastActivity },
      {
        header: 'caseload.nextAction',
        cell: (r, { t }) => (r.nextAction ? t(`coordinatorTools.caseload.actions.${r.nextAction}`) : ''),
      },
      { header: 'caseload.nextDue', cell: (r) => r.nextDue ?? '' },
    ],
  }),
} satisfies Record<string, ExportTable<unknown>>;

const headerOf = (key: ColumnKey, t: Translator) =>
  key.startsWith('caseload.')
    ? t(`coordinatorTools.caseload.columns.${key.slice('caseload.'.length) as CaseloadColumn}`)
    : t(`dashboard.columns.${key as DashboardColumn}`);

export type DashboardTableId = keyof typeof dashboardTables;
export const dashboardTableIds = Object.keys(dashboardTables) as [DashboardTableId, ...DashboardTableId[]];

/** The CSV of one table for the caller's region, headers in the reader's language. */
export async function exportDashboardTable(api: Api, id: DashboardTableId, params: ExportParams, locale: Locale) {
  const entry = dashboardTables[id];
  const context = { locale, t: getTranslator(locale) };
  const rows = await entry.rows(api, params);
  const body = toCsv(
    entry.columns.map((c) => headerOf(c.header, context.t)),
    rows.map((row) => entry.columns.map((c) => c.cell(row, context))),
    params.separator,
  );
  return { filename: `overstap-${id}.csv`, body };
}
