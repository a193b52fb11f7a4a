'use client';

import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { conceptLabel } from '~/i18n/config';
import { useLanguage } from '~/i18n/language';
import { useTRPC } from '~/trpc/react';
import { OccupationCombobox, type OccupationSuggestion } from '~/app/_components/occupation-combobox';
import { ProposedSkills, type AcceptedSkill, type ProposedSkill } from '~/app/_components/proposed-skills';
import type { SkillLevel } from '~/app/_components/level-select';

interface Proposals {
  occupation: { id: string; labelNl: string | null; labelEn: string | null } | null;
  essential: ProposedSkill[];
  optional: ProposedSkill[];
}

/** The desired occupation, and the skills it asks for that the worker can take over. */
export function DesiredOccupation({
  proposals,
  desiredIds,
  maxDesired,
}: {
  proposals: Proposals;
  desiredIds: string[];
  maxDesired: number;
}) {
  const locale = useLanguage();
  const t = useTranslations('workerSkills');
  const trpc = useTRPC();
  const router = useRouter();
  const [picked, setPicked] = useState<OccupationSuggestion | null>(null);
  const [message, setMessage] = useState('');
  const save = useMutation(trpc.worker.setDesiredOccupations.mutationOptions());
  const adopt = useMutation(trpc.worker.adoptSkills.mutationOptions());
  const current = proposals.occupation
    ? conceptLabel(locale, proposals.occupation.labelNl, proposals.occupation.labelEn)
    : null;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!picked) {
      setMessage(t('chooseFirst'));
      return;
    }
    // The picked occupation becomes the first choice; the others keep their order behind it.
    save.mutate(
      { occupationIds: [picked.id, ...desiredIds.filter((id) => id !== picked.id)].slice(0, maxDesired) },
      {
        onSuccess: () => {
          setMessage(t('desiredSaved'));
          router.refresh();
        },
      },
    );
  }

  function onAccept(accepted: AcceptedSkill[], level: SkillLevel) {
    adopt.mutate(
      { skills: accepted.map((a) => ({ skillId: a.skill.id, level })) },
      {
        onSuccess: (result) => {
          setMessage(t('adopted', { count: result.added.length }));
          router.refresh();
        },
      },
    );
  }

  const error = save.error ?? adopt.error;
  return (
    <>
      <p>{current ? t('desiredCurrent', { occupation: current }) : t('desiredNone')}</p>
      <form onSubmit={onSubmit} className="form" noValidate>
        <OccupationCombobox id="desired-occupation" onSelect={setPicked} />
        <div>
          <button type="submit" disabled={save.isPending}>
            {t('saveDesired')}
          </button>
        </div>
      </form>
      {proposals.occupation && current && (
        <ProposedSkills
          idPrefix="desired-proposals"
          occupationLabel={current}
          essential={proposals.essential}
          optional={proposals.optional}
          onAccept={onAccept}
          busy={adopt.isPending}
        />
      )}
      <p role="status" className="status-line">
        {error ? <span className="error">{error.message}</span> : message}
      </p>
    </>
  );
}
