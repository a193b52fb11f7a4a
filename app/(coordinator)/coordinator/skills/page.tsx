import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { DashboardFigure } from '../_dashboard/dashboard-figure';
import type { SearchParams } from '../_dashboard/dashboard-params';
import { FiguresAsOf } from '../_dashboard/figures-as-of';

export const metadata: Metadata = { title: 'Vaardigheden / Skills' };

const params = z.object({ gapsPage: pageParam, trainingsPage: pageParam, unusedPage: pageParam });

/** Dashboard §3: the skill gap map, the training that would unlock the most workers, and skills no vacancy asks for. */
export default async function SkillGapPage({ searchParams }: { searchParams: SearchParams }) {
  await requireRole('coordinator');
  const pages = params.parse(await searchParams);
  const [t, format, language, data] = await Promise.all([
    getTranslations('dashboard'),
    getFormatter(),
    getLanguage(),
    (await serverApi()).dashboard.skillGaps(),
  ]);
  const label = (r: { labelNl: string | null; labelEn: string | null }) =>
    (language === 'en' ? r.labelEn : r.labelNl) ?? r.labelEn ?? r.labelNl ?? '';
  const current = Object.fromEntries(Object.entries(pages).map(([k, v]) => [k, String(v)]));
  const paged = (page: number) => ({ page, path: '/coordinator/skills', params: current });
  const trainingTitle = (r: { titleNl: string; titleEn: string }) => (language === 'en' ? r.titleEn : r.titleNl);
  return (
    <>
      <h1>{t('skills.title')}</h1>
      <p>{t('skills.intro')}</p>
      <FiguresAsOf asOf={data.asOf} />
      <DashboardFigure
        id="gaps"
        title={t('skills.gaps')}
        summary={t('skills.gapsSummary')}
        bars={{
          series: [
            { key: 'vacancies', label: t('columns.vacancies') },
            { key: 'workers', label: t('columns.workers') },
          ],
          bar: (r) => ({ label: label(r), values: { vacancies: r.vacancies, workers: r.workers } }),
        }}
        columns={[
          { key: 'skill', header: t('columns.skill'), rowHeader: true, cell: (r) => label(r) },
          { key: 'vacancies', header: t('columns.vacancies'), cell: (r) => format.number(r.vacancies) },
          { key: 'workers', header: t('columns.workers'), cell: (r) => format.number(r.workers) },
          { key: 'gap', header: t('columns.gap'), cell: (r) => format.number(r.gap) },
          { key: 'offers', header: t('columns.offers'), cell: (r) => format.number(r.offers) },
        ]}
        rows={data.gaps}
        rowKey={(r) => r.skillId}
        empty={t('skills.empty')}
        paged={paged(pages.gapsPage)}
        download={{ table: 'skills-gaps' }}
      />
      <DashboardFigure
        id="trainings"
        title={t('skills.trainings')}
        summary={t('skills.trainingsSummary')}
        bars={{
          series: [{ key: 'unlocked', label: t('columns.unlocked') }],
          bar: (r) => ({ label: trainingTitle(r), values: { unlocked: r.workersUnlocked } }),
        }}
        columns={[
          { key: 'training', header: t('columns.training'), rowHeader: true, cell: (r) => trainingTitle(r) },
          { key: 'provider', header: t('columns.provider'), cell: (r) => r.provider },
          { key: 'weeks', header: t('columns.weeks'), cell: (r) => format.number(r.durationWeeks) },
          {
            key: 'cost',
            header: t('columns.cost'),
            cell: (r) => format.number(r.costEuros, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
          },
          { key: 'unlocked', header: t('columns.unlocked'), cell: (r) => format.number(r.workersUnlocked) },
        ]}
        rows={data.trainings}
        rowKey={(r) => r.offerId}
        empty={t('skills.empty')}
        paged={paged(pages.trainingsPage)}
        download={{ table: 'skills-trainings' }}
      />
      <DashboardFigure
        id="unused"
        title={t('skills.unused')}
        summary={t('skills.unusedSummary')}
        bars={{
          series: [{ key: 'workers', label: t('columns.workers') }],
          bar: (r) => ({ label: label(r), values: { workers: r.workers } }),
        }}
        columns={[
          { key: 'skill', header: t('columns.skill'), rowHeader: true, cell: (r) => label(r) },
          { key: 'workers', header: t('columns.workers'), cell: (r) => format.number(r.workers) },
        ]}
        rows={data.unused}
        rowKey={(r) => r.skillId}
        empty={t('skills.empty')}
        paged={paged(pages.unusedPage)}
        download={{ table: 'skills-unused' }}
      />
    </>
  );
}
