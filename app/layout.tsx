import type { Metadata, Viewport } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { getLanguage } from '~/i18n/server';
import { TRPCReactProvider } from '~/trpc/react';
import { SiteHeader } from './_components/site-header';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Overstap', template: '%s · Overstap' },
  description: 'Van werk naar werk in de regio — regional job-to-job mobility',
};

// Every page depends on who is signed in and their language: never prerender at build time
// (which would also open the database during `next build`).
export const dynamic = 'force-dynamic';

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLanguage(), getTranslations('app')]);
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {/* Client components get the request's locale, messages, time zone and formats from here. */}
        <NextIntlClientProvider>
          <TRPCReactProvider>
            <SiteHeader />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
