import type { inferRouterOutputs } from '@trpc/server';
import { useFormatter, useTranslations } from 'next-intl';
import type { AppRouter } from '~/server/api/root';

type Counts = inferRouterOutputs<AppRouter>['redundancy']['get']['counts'];

const steps = ['invited', 'accepted', 'consented', 'inTransition', 'placed'] as const;

/**
 * The five figures of an announcement as a funnel: each step a bar as long as its share of the
 * people invited, with the number and the share in text (the bars only repeat what the text
 * says, so screen readers skip them). Bars are SVG: the page's CSP allows no style attributes.
 */
export function CohortFigures({ counts }: { counts: Counts }) {
  const t = useTranslations('cohortFigures');
  const format = useFormatter();
  const base = Math.max(counts.invited, 1);
  return (
    <section className="card" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('title')}</h2>
      <ol className="funnel">
        {steps.map((step) => {
          const value = counts[step];
          const share = Math.min(1, value / base);
          return (
            <li key={step} className="funnel-step" data-testid={`figure-${step}`}>
              <span className="funnel-label">{t(`steps.${step}`)}</span>
              <span className="funnel-value">
                {format.number(value)}
                {step !== 'invited' && counts.invited > 0 && (
                  <span className="funnel-share"> ({format.number(share, { style: 'percent' })})</span>
                )}
              </span>
              <svg className="funnel-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
                <rect className="funnel-track" x="0" y="0" width="100" height="10" />
                <rect className={`funnel-fill funnel-fill-${step}`} x="0" y="0" width={share * 100} height="10" />
              </svg>
            </li>
          );
        })}
      </ol>
      <p className="field-hint">{t('explained')}</p>
      {counts.expiredInvitations > 0 && <p className="notice">{t('expired', { count: counts.expiredInvitations })}</p>}
    </section>
  );
}
