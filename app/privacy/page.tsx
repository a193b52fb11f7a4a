import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PrivacyStatement } from '~/app/_components/privacy-statement';

export const metadata: Metadata = { title: 'Privacyverklaring / Privacy statement' };

/** The privacy statement, for anyone: linked from the invitation form and readable before joining. */
export default async function PrivacyPage() {
  const t = await getTranslations('privacy');
  return (
    <article className="card reading" aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('title')}</h1>
      <PrivacyStatement headingLevel={2} />
    </article>
  );
}
