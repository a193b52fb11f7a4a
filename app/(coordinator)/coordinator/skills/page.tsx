import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { BarChart } from '~/app/_components/charts/bar-chart';
import { ChartFigure } from '~/app/_components/charts/chart-figure';
import { Pagination } from '~/app/_components/pagination';
import { pageParam } from '~/app/_lib/page-param';
import { requireRole } from '~/app/_lib/require-role';
import { getLanguage } from '~/i18n/server';
import { serverApi } from '~/trpc/server';
import { pageOf, TABLE_PAGE, type SearchParams } from '../_dashboard/dashboard-params';
import { ExportLinks } from '../_dashboard/export-links';
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
  const pager = (id: keyof typeof pages, title: string, total: number) => (
    <Pagination
      label={title}
      page={pages[id]}
      pageSize={TABLE_PAGE}
      total={total}
      path="/coordinator/skills"
      params={current}
      param={id}
      fragment={`${id.replace('Page', '')}-title`}
    />
  );
  const gaps = pageOf(data.gaps, pages.gapsPage);
  const trainings = pageOf(data.trainings, pages.trainingsPage);
  const unused = pageOf(data.unused, pages.unusedPage);
  const trainingTitle = (r: { titleNl: string; titleEn: string }) => (language === 'en' ? r.titleEn : r.titleNl);
  return (
    <>
      <h1>{t('skills.title')}</h1>
      <p>{t('skills.intro')}</p>
      <FiguresAsOf asOf={data.asOf} />
      <ChartFigure
        id="gaps"
        title={t('skills.gaps')}
        summary={t('skills.gapsSummary')}
        chart={
          <BarChart
            title={t('skills.gaps')}
            series={[
              { key: 'vacancies', label: t('columns.vacancies') },
              { key: 'workers', label: t('columns.workers') },
            ]}
            format={(n) => format.number(n)}
            data={gaps.map((r) => ({
              key: r.skillId,
              label: label(r),
              values: { vacancies: r.vacancies, workers: r.workers },
            }))}
          />
        }
        columns={[
          { key: 'skill', header: t('columns.skill'), rowHeader: true, cell: (r) => label(r) },
          { key: 'vacancies', header: t('columns.vacancies'), cell: (r) => format.number(r.vacancies) },
          { key: 'workers', header: t('columns.workers'), cell: (r) => format.number(r.workers) },
          { key: 'gap', header: t('columns.gap'), cell: (r) => format.number(r.gap) },
          { key: 'offers', header: t('columns.offers'), cell: (r) => format.number(r.offers) },
        ]}
        rows={gaps}
        rowKey={(r) => r.skillId}
        empty={t('skills.empty')}
        actions={
          <>
            {pager('gapsPage', t('skills.gaps'), data.gaps.length)}
            <ExportLinks table="skills-gaps" title={t('skills.gaps')} />
          </>
        }
      />
      <ChartFigure
        id="trainings"
        title={t('skills.trainings')}
        summary={t('skills.trainingsSummary')}
        chart={
          <BarChart
            title={t('skills.trainings')}
            series={[{ key: 'unlocked', label: t('columns.unlocked') }]}
            format={(n) => format.number(n)}
            data={trainings.map((r) => ({
              key: r.offerId,
              label: trainingTitle(r),
              values: { unlocked: r.workersUnlocked },
            }))}
          />
        }
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
        rows={trainings}
        rowKey={(r) => r.offerId}
        empty={t('skills.empty')}
        actions={
          <>
            {pager('trainingsPage', t('skills.trainings'), data.trainings.length)}
            <ExportLinks table="skills-trainings" title={t('skills.trainings')} />
          </>
        }
      />
      <ChartFigure
        id="unused"
        title={t('skills.unused')}
        summary={t('skills.unusedSummary')}
        chart={
          <BarChart
            title={t('skills.unused')}
            series={[{ key: 'workers', label: t('columns.workers') }]}
            format={(n) => format.number(n)}
            data={unused.map((r) => ({ key: r.skillId, label: label(r), values: { workers: r.workers } }))}
          />
        }
        columns={[
          { key: 'skill', header: t('columns.skill'), rowHeader: true, cell: (r) => label(r) },
          { key: 'workers', header: t('columns.workers'), cell: (r) => format.number(r.workers) },
        ]}
        rows={unused}
        rowKey={(r) => r.skillId}
        empty={t('skills.empty')}
        actions={
          <>
            {pager('unusedPage', t('skills.unused'), data.unused.length)}
            <ExportLinks table="skills-unused" title={t('skills.unused')} />
          </>
        }
      />
    </>
  );
}
