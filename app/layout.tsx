import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { LocaleProvider } from '~/i18n/client';
import { getMessages } from '~/i18n/server';
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
  const { locale, t } = await getMessages();
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t.app.skipToContent}
        </a>
        <LocaleProvider locale={locale}>
          <TRPCReactProvider>
            <SiteHeader />
            <main id="main" tabIndex={-1}>
              {children}
            </main>
          </TRPCReactProvider>
        </LocaleProvider>
      </body>
    </html>
  );
}
