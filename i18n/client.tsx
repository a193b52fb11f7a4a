'use client';

import { createContext, useContext, type ReactNode } from 'react';
import { dictionaries, type Locale } from './config';

const LocaleContext = createContext<Locale>('nl');

export function LocaleProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** Messages for client components, in the language the server rendered. */
export function useMessages() {
  const locale = useContext(LocaleContext);
  return { locale, t: dictionaries[locale] };
}
