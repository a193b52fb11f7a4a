import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { DataTable } from '~/app/_components/data-table';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { getLanguage } from '~/i18n/server';
import { FITTING_MATCH } from '~/server/services/region-job-supply';
import { serverApi } from '~/trpc/server';
import type { SearchParams } from '../_dashboard/dashboard-params';
import { ExportLinks } from '../_dashboard/export-links';
import { SupplyFigure } from '../_dashboard/supply-figure';
import { FiguresAsOf } from '../_dashboard/figures-as-of';

export const metadata: Metadata = { title: 'Is er werk? / Is there a job?' };

const params = z.object({ cohortsPage: pageParam, groupsPage: pageParam, skillsPage: pageParam });

/** Dashboard §2: vacancies against at-risk workers per cohort, occupation group and skill, and where cohorts could go. */
export default async function JobSupplyPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole('coordinator');
  const pages = params.parse(await searchParams);
  const [t, format, language, supply] = await Promise.all([
    getTranslations('dashboard'),
    getFormatter(),
    getLanguage(),
    (await serverApi()).dashboard.jobSupply(),
  ]);
  const label = (r: { labelNl: string | null; labelEn: string | null }) =>
    (language === 'en' ? r.labelEn : r.labelNl) ?? r.labelEn ?? r.labelNl ?? '';
  const current = Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, String(v)]));
  return (
    <>
      <h1>{t('jobs.title')}</h1>
      <p>{t('jobs.intro')}</p>
      <FiguresAsOf asOf={supply.asOf} />
      <SupplyFigure
        id="cohorts"
        table="jobs-cohorts"
        title={t('jobs.cohorts')}
        summary={t('jobs.cohortsSummary', { score: FITTING_MATCH })}
        nameHeader={t('columns.redundancy')}
        rows={supply.cohorts}
        name={(r) => `${r.title} (${r.organisation})`}
        rowKey={(r) => r.redundancyId}
        page={pages.cohortsPage}
        path="/coordinator/jobs"
        params={current}
      />
      <SupplyFigure
        id="groups"
        table="jobs-groups"
        title={t('jobs.groups')}
        summary={t('jobs.groupsSummary')}
        nameHeader={t('columns.group')}
        rows={supply.occupationGroups}
        name={(r) => `${r.code} ${label(r)}`}
        rowKey={(r) => r.code}
        page={pages.groupsPage}
        path="/coordinator/jobs"
        params={current}
      />
      <SupplyFigure
        id="skills"
        table="jobs-skills"
        title={t('jobs.skills')}
        summary={t('jobs.skillsSummary')}
        nameHeader={t('columns.skill')}
        rows={supply.skills}
        name={(r) => label(r)}
        rowKey={(r) => r.code}
        page={pages.skillsPage}
        path="/coordinator/jobs"
        params={current}
      />
      <section aria-labelledby="destinations-title" className="dashboard-section">
        <h2 id="destinations-title">{t('jobs.destinations')}</h2>
        <p>{t('jobs.destinationsSummary')}</p>
        <DataTable
          caption={t('jobs.destinations')}
          rows={supply.destinations}
          rowKey={(d) => `${d.redundancyId}:${d.occupation.id}`}
          empty={t('jobs.empty')}
          columns={[
            {
              key: 'redundancy',
              header: t('columns.redundancy'),
              cell: (d) => (
                <Link
                  href={`/coordinator/cohorts/${d.redundancyId}`}
                  aria-label={t('jobs.cohortPaths', { title: d.title })}
                >
                  {d.title}
                </Link>
              ),
            },
            { key: 'occupation', header: t('columns.occupation'), rowHeader: true, cell: (d) => label(d.occupation) },
            {
              key: 'coverage',
              header: t('columns.coverage'),
              cell: (d) => t('jobs.coverageValue', { coverage: d.coverage }),
            },
            { key: 'missing', header: t('columns.missingSkills'), cell: (d) => format.number(d.missingSkills) },
            { key: 'open', header: t('columns.openVacancies'), cell: (d) => format.number(d.openVacancies) },
          ]}
        />
        <ExportLinks table="jobs-destinations" title={t('jobs.destinations')} />
      </section>
    </>
  );
}
