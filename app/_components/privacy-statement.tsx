import { useTranslations } from 'next-intl';
import { PRIVACY_STATEMENT_VERSION } from '~/server/lib/privacy-statement';

/** The statement's sections, in order; each has a title and either a text or a list of points. */
const sections = [
  { key: 'stores', points: ['stores.account', 'stores.journey', 'stores.profile', 'stores.choices'] },
  { key: 'purpose', text: 'purpose.text' },
  {
    key: 'whoSees',
    points: ['whoSees.ownEmployer', 'whoSees.otherEmployers', 'whoSees.coordinator', 'whoSees.administrators'],
  },
  { key: 'consent', text: 'consent.text' },
  { key: 'audit', text: 'audit.text' },
  { key: 'rights', text: 'rights.text' },
  { key: 'questions', text: 'questions.text' },
] as const;

/**
 * The privacy statement a worker accepts on joining, in the page's language: on a page of its
 * own (/privacy) and inside the invitation form. Its version is the one the acceptance records
 * (server/lib/privacy-statement.ts): change that whenever the meaning of this text changes.
 */
export function PrivacyStatement({ headingLevel }: { headingLevel: 2 | 3 }) {
  const t = useTranslations('privacy');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="privacy-statement">
      <p className="field-hint">{t('version', { version: PRIVACY_STATEMENT_VERSION })}</p>
      <p>{t('intro')}</p>
      {sections.map((section) => (
        <section key={section.key} aria-labelledby={`privacy-${section.key}-${headingLevel}`}>
          <Heading id={`privacy-${section.key}-${headingLevel}`}>{t(`${section.key}.title`)}</Heading>
          {'points' in section ? (
            <ul>
              {section.points.map((point) => (
                <li key={point}>{t(point)}</li>
              ))}
            </ul>
          ) : (
            <p>{t(section.text)}</p>
          )}
        </section>
      ))}
    </div>
  );
}
