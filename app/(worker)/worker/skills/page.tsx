import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AddSkillForm } from './add-skill-form';
import { WorkerSkillsTable } from './skills-table';
import { CompletenessSummary } from '~/app/(worker)/worker/profile/completeness';
import { ProfileNav, profileSections } from '~/app/(worker)/worker/profile/profile-nav';
import { loadProfilePage } from '~/app/(worker)/worker/profile/profile-page';

export const metadata: Metadata = { title: 'Vaardigheden / Skills' };

/** The worker edits their own skills; the skills their desired occupations propose are on that page. */
export default async function WorkerSkillsPage() {
  const { me, completeness } = await loadProfilePage();
  const t = await getTranslations('workerSkills');
  return (
    <>
      <p>
        <Link href="/worker">← {t('back')}</Link>
      </p>
      <ProfileNav current="skills" />
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>
        {t('proposals')} <Link href={profileSections.occupations}>{t('proposalsLink')}</Link>
      </p>
      <CompletenessSummary completeness={completeness} />

      <section aria-labelledby="own-skills-title">
        <h2 id="own-skills-title">{t('table')}</h2>
        <WorkerSkillsTable skills={me.skills} />
      </section>

      <section className="card" aria-labelledby="add-skill-title">
        <h2 id="add-skill-title">{t('add')}</h2>
        <AddSkillForm heldIds={me.skills.map((s) => s.skillId)} />
      </section>
    </>
  );
}
