import { useFormatter, useTranslations } from 'next-intl';
import type { introductionStatusValues } from '~/db/schema/enums';
import { calendarDate } from '~/i18n/config';

type Status = (typeof introductionStatusValues)[number];

export interface HistoryStep {
  id: number;
  toStatus: Status;
  by: 'worker' | 'employer' | null;
  note: string | null;
  stepDate: string | null;
  changedAt: Date;
}

/** The steps an introduction went through, oldest first: what, when, by which side and with what note. */
export function IntroductionHistory({ steps }: { steps: readonly HistoryStep[] }) {
  const t = useTranslations('introductions');
  const format = useFormatter();
  return (
    <section aria-labelledby="introduction-history">
      <h2 id="introduction-history">{t('history.title')}</h2>
      <ol className="introduction-history">
        {steps.map((step) => (
          <li key={step.id}>
            <strong>{t(`status.${step.toStatus}`)}</strong>{' '}
            <span className="cell-note">
              {format.dateTime(step.changedAt, { dateStyle: 'medium' })} · {t(`history.by.${step.by ?? 'app'}`)}
              {step.stepDate && (
                <> · {t('history.stepDate', { date: format.dateTime(calendarDate(step.stepDate), 'medium') })}</>
              )}
            </span>
            {step.note && <p className="introduction-note">{step.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
