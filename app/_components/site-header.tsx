import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { setLocale } from '~/i18n/actions';
import { getLanguage } from '~/i18n/server';
import { portalPath } from '~/server/auth/roles';
import { getServerAuthSession } from '~/server/auth/session';
import { serverApi } from '~/trpc/server';
import { NotificationBell } from './notification-bell';
import { SignOutButton } from './sign-out-button';

/** The signed-in user's unread count; null when it cannot be had (an account without a complete membership). */
async function unreadNotifications(): Promise<number | null> {
  try {
    return (await (await serverApi()).notification.unreadCount()).unread;
  } catch {
    return null;
  }
}

export async function SiteHeader() {
  const [locale, t, session] = await Promise.all([getLanguage(), getTranslations(), getServerAuthSession()]);
  const user = session?.user;
  const unread = user ? await unreadNotifications() : null;
  return (
    <header className="site-header">
      <Link href={user ? portalPath[user.role] : '/'} className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </Link>
      <div className="header-actions">
        {user && (
          <p className="signed-in">
            <span className="visually-hidden">{t('app.signedInAs')} </span>
            <strong>{user.name}</strong> <span className="role-badge">{t(`roles.${user.role}`)}</span>
          </p>
        )}
        {unread !== null && <NotificationBell unread={unread} label={t('notifications.bell', { count: unread })} />}
        <form action={setLocale}>
          <input type="hidden" name="locale" value={locale === 'nl' ? 'en' : 'nl'} />
          <button type="submit" className="button-secondary" lang={locale === 'nl' ? 'en' : 'nl'}>
            {t('app.switchTo')}
          </button>
        </form>
        {user && <SignOutButton label={t('app.signOut')} />}
      </div>
    </header>
  );
}
