import { useFormatter, useTranslations } from 'next-intl';
import { conceptLabel, type Locale } from '~/i18n/config';
import type { LabelledConcept, TransitionPathView } from '~/server/services/transition-paths';

/** Skills to learn shown per path before "and N more": enough to judge, short enough for a phone. */
const SHOWN_TO_LEARN = 8;

/**
 * Ranked transition paths, each with what is already covered, what is still to learn and the
 * region's training that teaches it. One list for the worker and the coordinator.
 */
export function TransitionPathList({
  paths,
  language,
  headingLevel = 2,
}: {
  paths: readonly TransitionPathView[];
  language: Locale;
  /** The level of each path's heading, below the page's own structure. */
  headingLevel?: 2 | 3;
}) {
  const t = useTranslations('transitionPaths');
  const format = useFormatter();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const label = (c: LabelledConcept) => conceptLabel(language, c.labelNl, c.labelEn);
  return (
    <ol className="match-list">
      {paths.map((path) => {
        const total = path.covered.length + path.toLearn.length;
        const skillLabel = new Map(path.toLearn.map((s) => [s.id, label(s)]));
        return (
          <li key={path.occupation.id} className="card">
            <Heading>{label(path.occupation)}</Heading>
            <p>
              {t('coverage', {
                covered: path.covered.length,
                total,
                percent: total > 0 ? path.covered.length / total : 0,
              })}
            </p>
            <Sub>{t('toLearn', { count: path.toLearn.length })}</Sub>
            {path.toLearn.length === 0 ? (
              <p>{t('nothingToLearn')}</p>
            ) : (
              <ul>
                {path.toLearn.slice(0, SHOWN_TO_LEARN).map((s) => (
                  <li key={s.id}>{label(s)}</li>
                ))}
                {path.toLearn.length > SHOWN_TO_LEARN ? (
                  <li>{t('moreToLearn', { count: path.toLearn.length - SHOWN_TO_LEARN })}</li>
                ) : null}
              </ul>
            )}
            {path.toLearn.length > 0 ? (
              <>
                <Sub>{t('training')}</Sub>
                {path.trainingOffers.length === 0 ? (
                  <p>{t('noTraining')}</p>
                ) : (
                  <ul>
                    {path.trainingOffers.map((offer) => (
                      <li key={offer.id}>
                        {t('offer', {
                          title: language === 'nl' ? offer.titleNl : offer.titleEn,
                          provider: offer.provider,
                          city: offer.city,
                          weeks: offer.durationWeeks,
                          cost: offer.costEuros,
                        })}{' '}
                        (
                        {t('teaches', {
                          skills: format.list(offer.teachesSkillIds.map((id) => skillLabel.get(id) ?? '—')),
                        })}
                        )
                        {offer.url ? (
                          <>
                            {' '}
                            <a href={offer.url} rel="noopener noreferrer">
                              {t('more')}
                              <span className="visually-hidden">
                                : {language === 'nl' ? offer.titleNl : offer.titleEn}
                              </span>
                            </a>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            ) : null}
            {path.covered.length > 0 ? (
              <details>
                <summary>{t('covered', { count: path.covered.length })}</summary>
                <ul>
                  {path.covered.map((s) => (
                    <li key={s.id}>{label(s)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
