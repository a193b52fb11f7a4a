import Link from 'next/link';
import { getMessages } from '~/i18n/server';

export default async function NotFound() {
  const { t } = await getMessages();
  return (
    <section className="card narrow">
      <h1>{t.errors.notFound}</h1>
      <p>
        <Link href="/">{t.errors.back}</Link>
      </p>
    </section>
  );
}
