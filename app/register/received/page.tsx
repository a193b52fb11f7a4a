import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { RegistrationReceived } from './registration-received';

export const metadata: Metadata = { title: 'Aanmelding ontvangen / Registration received' };

/** After registering: the firm awaits the coordinator's approval; its HR user can sign in already. */
export default async function RegistrationReceivedPage() {
  const t = await getTranslations('registration.received');
  return (
    <section className="card narrow" aria-labelledby="received-title">
      <h1 id="received-title">{t('title')}</h1>
      <RegistrationReceived />
    </section>
  );
}
