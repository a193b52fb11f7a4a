import type { AppMessages, formats, IntlLocale } from './config';

// Typed keys and arguments: a key that is not in the Dutch messages, or a message's arguments
// given wrongly, fails `tsc`. English has the same keys and arguments (tests/unit/messages.test.ts).
declare module 'next-intl' {
  interface AppConfig {
    Locale: IntlLocale;
    Messages: AppMessages;
    Formats: typeof formats;
  }
}
