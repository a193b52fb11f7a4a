import { getFormatter, getTranslations } from 'next-intl/server';

/** When the page's figures were computed: they come from the region's snapshot, refreshed every quarter of an hour. */
export async function FiguresAsOf({ asOf }: { asOf: string }) {
  const [t, format] = await Promise.all([getTranslations('dashboard'), getFormatter()]);
  return (
    <p className="figures-as-of" data-testid="figures-as-of">
      {t('asOf', { at: format.dateTime(new Date(asOf), { dateStyle: 'medium', timeStyle: 'short' }) })}
    </p>
  );
}
