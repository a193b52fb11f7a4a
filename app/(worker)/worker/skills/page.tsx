import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { serverApi } from '~/trpc/server';
import { MAX_DESIRED_OCCUPATIONS } from '~/server/services/worker-desired-occupations';
import { requireRole } from '~/app/_lib/require-role';
import { AddSkillForm } from './add-skill-form';
import { DesiredOccupation } from './desired-occupation';
import { WorkerSkillsTable } from './skills-table';

export const metadata: Metadata = { title: 'Vaardigheden / Skills' };

/** The worker edits their own skills profile and desired occupation. */
export default async function WorkerSkillsPage() {
  await requireRole('worker');
  const api = await serverApi();
  const [t, me, proposals] = await Promise.all([
    getTranslations('workerSkills'),
    api.worker.me(),
    api.worker.occupationProposals(),
  ]);
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>

      <section aria-labelledby="own-skills-title">
        <h2 id="own-skills-title">{t('table')}</h2>
        <WorkerSkillsTable skills={me.skills} />
      </section>

      <section className="card" aria-labelledby="add-skill-title">
        <h2 id="add-skill-title">{t('add')}</h2>
        <AddSkillForm heldIds={me.skills.map((s) => s.skillId)} />
      </section>

      <section className="card" aria-labelledby="desired-title">
        <h2 id="desired-title">{t('desired')}</h2>
        <p>{t('desiredIntro')}</p>
        {/* Shows the first choice until the profile pages for several desired occupations arrive. */}
        <DesiredOccupation
          proposals={proposals.occupations[0] ?? { occupation: null, essential: [], optional: [] }}
          desiredIds={me.desiredOccupations.map((d) => d.occupationId)}
          maxDesired={MAX_DESIRED_OCCUPATIONS}
        />
      </section>
    </>
  );
}
