'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useMessages, useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import type { languageLevelValues } from '~/db/schema/enums';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';
import { describedBy, FieldError, useFormErrors } from '~/app/(worker)/worker/profile/api-errors';
import { languageName } from './language-name';

type LanguageLevel = (typeof languageLevelValues)[number];
interface SpokenLanguage {
  language: string;
  level: LanguageLevel;
}

const ADD_LANGUAGE = 'add-language';
const ADD_LEVEL = 'add-language-level';

/**
 * The languages the worker speaks, each with a level. The API takes the whole list at once, so
 * every change (add, new level, remove) sends the list as it is after that change.
 */
export function LanguagesEditor({ languages, max }: { languages: SpokenLanguage[]; max: number }) {
  const locale = useLanguage();
  const t = useTranslations('workerProfile');
  const { workerProfile: messages } = useMessages();
  const levels = Object.keys(messages.languageLevels) as LanguageLevel[];
  const nameOf = (code: string) => languageName(messages.languageNames, code, locale);
  const trpc = useTRPC();
  const router = useRouter();
  const save = useMutation(trpc.worker.setLanguages.mutationOptions());
  const errors = useFormErrors(save.error, { languages: t('languages.fields.languages') });
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [newLanguage, setNewLanguage] = useState('');
  const [newLevel, setNewLevel] = useState<LanguageLevel>('B1');

  const listed = new Set(languages.map((l) => l.language));
  const offered = Object.keys(messages.languageNames)
    .filter((code) => !listed.has(code))
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b), locale));

  function send(list: SpokenLanguage[], done: string, focusId?: string) {
    setMessage('');
    save.mutate(
      { languages: list },
      {
        onSuccess: () => {
          setMessage(done);
          router.refresh();
          if (focusId) requestAnimationFrame(() => document.getElementById(focusId)?.focus());
        },
      },
    );
  }

  function onAdd(event: FormEvent) {
    event.preventDefault();
    if (!newLanguage) {
      setProblem(t('languages.chooseFirst'));
      document.getElementById(ADD_LANGUAGE)?.focus();
      return;
    }
    setProblem(null);
    const name = nameOf(newLanguage);
    send([...languages, { language: newLanguage, level: newLevel }], t('languages.added', { language: name }));
    setNewLanguage('');
  }

  const addError = problem ?? errors.fields.languages;
  return (
    <>
      <section aria-labelledby="languages-yours-title">
        <h2 id="languages-yours-title" tabIndex={-1}>
          {t('languages.yours')}
        </h2>
        {languages.length === 0 ? (
          <p>{t('languages.none')}</p>
        ) : (
          <ul className="entry-list">
            {languages.map((l) => (
              <LanguageRow
                key={l.language}
                entry={l}
                name={nameOf(l.language)}
                levels={levels}
                busy={save.isPending}
                onLevel={(level) =>
                  send(
                    languages.map((x) => (x.language === l.language ? { ...x, level } : x)),
                    t('languages.levelSaved', { language: nameOf(l.language) }),
                  )
                }
                onRemove={() =>
                  send(
                    languages.filter((x) => x.language !== l.language),
                    t('languages.removed', { language: nameOf(l.language) }),
                    'languages-yours-title',
                  )
                }
              />
            ))}
          </ul>
        )}
        <p role="status" className="status-line">
          {errors.general ? <span className="error">{errors.general}</span> : message}
        </p>
      </section>

      <section className="card" aria-labelledby="add-language-title">
        <h2 id="add-language-title">{t('languages.add')}</h2>
        {languages.length >= max ? (
          <p>{t('languages.full', { max })}</p>
        ) : (
          <form onSubmit={onAdd} className="form" noValidate>
            <div className="field">
              <label htmlFor={ADD_LANGUAGE}>{t('languages.language')}</label>
              <select
                id={ADD_LANGUAGE}
                value={newLanguage}
                onChange={(e) => setNewLanguage(e.target.value)}
                {...describedBy(ADD_LANGUAGE, addError ?? undefined)}
              >
                <option value="">{t('languages.choose')}</option>
                {offered.map((code) => (
                  <option key={code} value={code}>
                    {nameOf(code)}
                  </option>
                ))}
              </select>
              <FieldError id={ADD_LANGUAGE} error={addError ?? undefined} />
            </div>
            <div className="field">
              <label htmlFor={ADD_LEVEL}>{t('languages.level')}</label>
              <span id={`${ADD_LEVEL}-hint`} className="field-hint">
                {t('languages.levelsHint')}
              </span>
              <select
                id={ADD_LEVEL}
                aria-describedby={`${ADD_LEVEL}-hint`}
                value={newLevel}
                onChange={(e) => setNewLevel(e.target.value as LanguageLevel)}
              >
                {levels.map((level) => (
                  <option key={level} value={level}>
                    {t(`languageLevels.${level}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <button type="submit" disabled={save.isPending}>
                {save.isPending ? t('saving') : t('languages.addButton')}
              </button>
            </div>
          </form>
        )}
      </section>
    </>
  );
}

function LanguageRow({
  entry,
  name,
  levels,
  busy,
  onLevel,
  onRemove,
}: {
  entry: SpokenLanguage;
  name: string;
  levels: LanguageLevel[];
  busy: boolean;
  onLevel(level: LanguageLevel): void;
  onRemove(): void;
}) {
  const t = useTranslations('workerProfile');
  const [level, setLevel] = useState(entry.level);
  const id = `language-${entry.language}-level`;
  return (
    <li className="card entry">
      <h3>{name}</h3>
      <div className="row-controls">
        <select
          id={id}
          aria-label={t('languages.levelFor', { language: name })}
          value={level}
          onChange={(e) => setLevel(e.target.value as LanguageLevel)}
        >
          {levels.map((l) => (
            <option key={l} value={l}>
              {t(`languageLevels.${l}`)}
            </option>
          ))}
        </select>
        {level !== entry.level && (
          <button type="button" className="button-small" onClick={() => !busy && onLevel(level)}>
            {t('languages.saveLevel')}
          </button>
        )}
        <button
          type="button"
          className="button-secondary button-small"
          aria-label={t('languages.removeLanguage', { language: name })}
          onClick={() => !busy && onRemove()}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
