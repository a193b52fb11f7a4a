'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useMemo, useSyncExternalStore } from 'react';
import { recalledRegistration, storedRegistration } from '../registration-result';

const noSubscription = () => () => {};

/** The confirmation's words: about the firm just registered in this tab, or in general. */
export function RegistrationReceived() {
  const t = useTranslations('registration.received');
  // The server has no sessionStorage: it renders the general words, the browser then the firm's.
  const stored = useSyncExternalStore(noSubscription, storedRegistration, () => null);
  const received = useMemo(() => recalledRegistration(stored), [stored]);
  return (
    <>
      <p className="notice notice-success" role="status">
        {received
          ? t('awaiting', { organisation: received.organisation, region: received.region })
          : t('awaitingUnknown')}
      </p>
      <p className="overflow-anywhere">{received ? t('signIn', { email: received.email }) : t('signInUnknown')}</p>
      <p>
        <Link href="/login" className="button-link">
          {t('signInLink')}
        </Link>
      </p>
    </>
  );
}
