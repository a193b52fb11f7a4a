import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The parts of the worker's profile, in the order a worker fills them in; skills keep their own page. */
export const profileSections = {
  overview: '/worker/profile',
  work: '/worker/profile/work',
  occupations: '/worker/profile/occupations',
  skills: '/worker/skills',
  languages: '/worker/profile/languages',
  preferences: '/worker/profile/preferences',
  visibility: '/worker/profile/visibility',
} as const;
export type ProfileSection = keyof typeof profileSections;

/** Moves between the parts of the profile; wraps onto several lines on a phone. */
export async function ProfileNav({ current }: { current: ProfileSection }) {
  const t = await getTranslations('workerProfile.nav');
  return (
    <nav aria-label={t('label')} className="profile-nav">
      <ul>
        {(Object.keys(profileSections) as ProfileSection[]).map((section) => (
          <li key={section}>
            <Link href={profileSections[section]} aria-current={section === current ? 'page' : undefined}>
              {t(section)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
