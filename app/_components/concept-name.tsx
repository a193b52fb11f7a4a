'use client';

import { useTranslations } from 'next-intl';
import { conceptLabel, conceptLabelLanguage, type Locale } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';

/**
 * A label in another language than the page's (an ESCO skill without a Dutch label shown to a
 * Dutch user): marked as such in words, "(Engels)", and with `lang` so a screen reader reads it
 * in the right language.
 */
export function LabelInLanguage({ label, lang }: { label: string; lang: Locale }) {
  const language = useLanguage();
  const t = useTranslations('labelLanguage');
  if (lang === language) return <>{label}</>;
  return (
    <>
      <span lang={lang}>{label}</span> <span className="label-language">{t(lang)}</span>
    </>
  );
}

/** A taxonomy concept's name in the user's language, or the other one, marked. */
export function ConceptName({ labelNl, labelEn }: { labelNl: string | null; labelEn: string | null }) {
  const language = useLanguage();
  return (
    <LabelInLanguage
      label={conceptLabel(language, labelNl, labelEn)}
      lang={conceptLabelLanguage(language, labelNl, labelEn)}
    />
  );
}
