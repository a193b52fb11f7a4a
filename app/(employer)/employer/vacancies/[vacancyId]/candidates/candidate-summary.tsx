import { useTranslations } from 'next-intl';
import type { Locale } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';

interface Summary {
  candidateId: string;
  headline: string;
  occupationLabels: string[];
}

/**
 * The candidate's current occupation in the reader's language: the search documents list the
 * Dutch preferred label first, then the English one (documents.ts labelsOf).
 */
export function occupationOf(labels: readonly string[], locale: Locale): string | null {
  return (locale === 'en' ? (labels[1] ?? labels[0]) : labels[0]) ?? null;
}

/** Who a candidate is to this employer: the pseudonym (and the name once an introduction shares it), occupation, interest. */
export function CandidateSummary({
  candidate,
  interested,
  identity,
}: {
  candidate: Summary;
  interested: boolean;
  identity: { name: string; email: string } | null;
}) {
  const t = useTranslations('market.candidates');
  const locale = useLanguage();
  return (
    <>
      {t('pseudonym', { code: candidate.candidateId })}
      {identity && (
        <span className="cell-note">
          {identity.name} · <a href={`mailto:${identity.email}`}>{identity.email}</a>
        </span>
      )}
      {interested && <span className="status-badge">{t('interested')}</span>}
      <span className="cell-note">{occupationOf(candidate.occupationLabels, locale) ?? t('occupationNone')}</span>
      {candidate.headline && <span className="cell-note">{candidate.headline}</span>}
    </>
  );
}
