'use server';

import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from './config';

/** The language switch: remembered for a year. */
export async function setLocale(formData: FormData) {
  const locale = formData.get('locale');
  if (typeof locale !== 'string' || !isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 60 * 60, sameSite: 'lax' });
}
