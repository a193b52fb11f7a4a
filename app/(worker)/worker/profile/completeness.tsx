import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { Completeness, CompletenessItem } from '~/server/services/profile-completeness';
import { profileSections } from './profile-nav';

/** Where the worker fixes what an item asks for. */
export function completenessHref(item: CompletenessItem): string {
  switch (item.key) {
    case 'addDesiredOccupationSkills':
      return `${profileSections.occupations}#occupation-${item.occupationId}`;
    case 'addSkills':
      return profileSections.skills;
    case 'addDesiredOccupation':
      return `${profileSections.occupations}#add-occupation`;
    case 'addCurrentOccupation':
      return `${profileSections.work}#current-occupation`;
    case 'addHomePostcode':
      return `${profileSections.preferences}#preferences-place`;
    case 'reviewPreferences':
      return profileSections.preferences;
    case 'addWorkHistory':
      return `${profileSections.work}#work-history`;
    case 'addLanguages':
      return profileSections.languages;
  }
}

type Translate = Awaited<ReturnType<typeof getTranslations<'profileCompleteness'>>>;

function itemText(t: Translate, item: CompletenessItem): string {
  switch (item.key) {
    case 'addDesiredOccupationSkills':
      return t('items.addDesiredOccupationSkills', { occupation: item.occupation, missing: item.missing });
    case 'addSkills':
      return t('items.addSkills', { missing: item.missing });
    default:
      return t(`items.${item.key}`);
  }
}

const itemId = (item: CompletenessItem) =>
  item.key === 'addDesiredOccupationSkills' ? `${item.key}-${item.occupationId}` : item.key;

/**
 * The completeness meter: the percentage as a bar and in words, and what would most improve the
 * worker's matches, largest gain first, each linking to where the worker does it.
 */
export async function CompletenessMeter({ completeness }: { completeness: Completeness }) {
  const t = await getTranslations('profileCompleteness');
  const { percent, items } = completeness;
  return (
    <section className="card completeness" aria-labelledby="completeness-title">
      <h2 id="completeness-title">{t('title')}</h2>
      <CompletenessBar percent={percent} labelledBy="completeness-title" />
      {items.length === 0 ? (
        <p>{t('complete')}</p>
      ) : (
        <>
          <h3 id="completeness-next">{t('next')}</h3>
          <ol className="completeness-items" aria-labelledby="completeness-next">
            {items.map((item) => (
              <li key={itemId(item)}>
                <Link href={completenessHref(item)}>{itemText(t, item)}</Link>{' '}
                <span className="completeness-gain">{t('gain', { gain: item.gain })}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The percentage as a bar with its value in words (the bar is named by `labelledBy`). */
async function CompletenessBar({ percent, labelledBy }: { percent: number; labelledBy: string }) {
  const t = await getTranslations('profileCompleteness');
  return (
    <div className="completeness-bar">
      <progress max={100} value={percent} aria-labelledby={labelledBy}>
        {percent}%
      </progress>
      <p className="completeness-value">{percent === 100 ? t('complete') : t('percent', { percent })}</p>
    </div>
  );
}

/** A short form for the profile's own pages: the percentage and the one step that helps most. */
export async function CompletenessSummary({ completeness }: { completeness: Completeness }) {
  const [t, p] = await Promise.all([getTranslations('profileCompleteness'), getTranslations('workerProfile')]);
  const next = completeness.items[0];
  return (
    <section className="completeness completeness-summary" aria-labelledby="completeness-summary-title">
      <h2 id="completeness-summary-title" className="visually-hidden">
        {t('title')}
      </h2>
      <CompletenessBar percent={completeness.percent} labelledBy="completeness-summary-title" />
      {next && (
        <p>
          {p('nextStep')} <Link href={completenessHref(next)}>{itemText(t, next)}</Link>
        </p>
      )}
    </section>
  );
}
