import { TRPCError } from '@trpc/server';
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { educationLevelValues } from '~/db/schema/enums';
import { setLocale } from '~/i18n/actions';
import { isLocale } from '~/i18n/config';
import { getLanguage } from '~/i18n/server';
import { getTranslator } from '~/i18n/translator';
import { serverApi } from '~/trpc/server';
import { AccountInvitationForm } from './account-invitation-form';
import { WorkerInvitationForm } from './worker-invitation-form';

// The link carries a personal token: never in a search engine's index.
export const metadata: Metadata = {
  title: 'Uitnodiging / Invitation',
  robots: { index: false, follow: false },
};

/** What a link says about itself; a token that is not even shaped like one is simply unknown. */
async function lookup(token: string) {
  const api = await serverApi();
  try {
    return await api.invitation.lookup({ token });
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'BAD_REQUEST') return { state: 'invalid' as const };
    throw error;
  }
}

/**
 * The page behind an invitation link (anyone may open it: the invitee has no account yet). A
 * link that works shows who invites them and the form to join; an expired, used, withdrawn or
 * unknown one says so and what to do instead.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, locale, t, c] = await Promise.all([
    lookup(token),
    getLanguage(),
    getTranslations('join'),
    getTranslations('coordinatorInvitations'),
  ]);

  if (invitation.state !== 'valid') {
    return (
      <section className="card narrow" aria-labelledby="link-title">
        <h1 id="link-title">{t(`link.${invitation.state}.title`)}</h1>
        <p>{t(`link.${invitation.state}.text`)}</p>
        {invitation.state === 'used' && (
          <p>
            <Link href="/login" className="button-link">
              {t('toSignIn')}
            </Link>
          </p>
        )}
      </section>
    );
  }

  // Invited in the other language: offer the page in it (the switch in the header does the same).
  const invitedIn = isLocale(invitation.language) ? invitation.language : locale;
  const other = invitedIn !== locale ? getTranslator(invitedIn) : null;

  return (
    <div className="reading">
      {other && (
        <form action={setLocale} className="language-offer" lang={invitedIn}>
          <input type="hidden" name="locale" value={invitedIn} />
          <button type="submit" className="button-secondary">
            {other('join.readInYourLanguage')}
          </button>
        </form>
      )}
      <h1>{t('welcome', { name: invitation.name })}</h1>
      {invitation.kind === 'worker' ? (
        <>
          <p>
            {t('workerIntro', { organisation: invitation.organisationName, region: invitation.regionName })}
            {invitation.roleTitle && <> {t('workerRole', { role: invitation.roleTitle })}</>}
          </p>
          <p>{t('workerSteps')}</p>
          <WorkerInvitationForm
            token={token}
            email={invitation.email}
            regionName={invitation.regionName}
            privacyStatementVersion={invitation.privacyStatementVersion!}
            educationLevels={educationLevelValues}
          />
        </>
      ) : (
        <>
          <p>
            {invitation.kind === 'coordinator'
              ? c('joinIntro', { region: invitation.regionName })
              : t('colleagueIntro', { organisation: invitation.organisationName })}
          </p>
          <section className="card" aria-labelledby="join-account-title">
            <h2 id="join-account-title">{t('accountTitle')}</h2>
            <AccountInvitationForm token={token} email={invitation.email} kind={invitation.kind} />
          </section>
        </>
      )}
      <p className="field-hint">{t('validUntil', { date: invitation.expiresAt })}</p>
    </div>
  );
}
