'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { useTRPC } from '~/trpc/react';
import { LevelSelect, type SkillLevel } from '~/app/_components/level-select';
import { SkillCombobox, type SkillSuggestion } from '~/app/_components/skill-combobox';

const COMBOBOX_ID = 'add-skill';

/** Adds a self-declared skill, found through the skill combobox, at a chosen level. */
export function AddSkillForm({ heldIds }: { heldIds: string[] }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [skill, setSkill] = useState<SkillSuggestion | null>(null);
  const [level, setLevel] = useState<SkillLevel>(2);
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // A new key empties the combobox after a successful add.
  const [round, setRound] = useState(0);
  const add = useMutation(trpc.worker.addSkill.mutationOptions());

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMessage('');
    if (!skill) {
      setProblem(t('workerSkills.chooseFirst'));
      document.getElementById(COMBOBOX_ID)?.focus();
      return;
    }
    setProblem(null);
    add.mutate(
      { skillId: skill.id, level },
      {
        onSuccess: () => {
          setMessage(t('workerSkills.added', { skill: skill.label }));
          setSkill(null);
          setRound((r) => r + 1);
          router.refresh();
          requestAnimationFrame(() => document.getElementById(COMBOBOX_ID)?.focus());
        },
      },
    );
  }

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <SkillCombobox key={round} id={COMBOBOX_ID} onSelect={setSkill} excludeIds={heldIds} error={problem} />
      <div className="field field-inline">
        <label htmlFor="add-skill-level">{t('worker.level')}</label>
        <LevelSelect id="add-skill-level" value={level} onChange={setLevel} />
      </div>
      <div>
        <button type="submit" disabled={add.isPending}>
          {add.isPending ? t('workerSkills.adding') : t('workerSkills.addButton')}
        </button>
      </div>
      <p role="status" className="status-line">
        {add.error ? <span className="error">{add.error.message}</span> : message}
      </p>
    </form>
  );
}
