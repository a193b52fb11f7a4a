'use client';

import { useMutation } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { controlId, describedBy, FieldError } from '~/app/_components/field-error';
import { useTRPC } from '~/trpc/react';
import { reasonProblemOf, type ReasonProblem } from './decision-problems';

export type Decision = 'approved' | 'rejected';

/** As `organisation.decideApproval` accepts it (server/services/organisation-approval.ts). */
const REASON_MAX = 2_000;

/**
 * Approve or reject one firm, with a reason. A reason is required for rejecting, which the form
 * says beforehand and checks before sending; the server checks it again.
 */
export function ApprovalDecision({
  firm,
  onDecided,
}: {
  firm: { id: string; name: string };
  onDecided(decision: Decision): void;
}) {
  const a = useTranslations('approvals');
  const trpc = useTRPC();
  const decide = useMutation(trpc.organisation.decideApproval.mutationOptions());
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<ReasonProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  const form = `decision-${firm.id}`;

  // A refused reason takes the focus, once its message is on the page (and is read with it).
  useEffect(() => {
    if (attempt > 0) field.current?.focus();
  }, [attempt]);

  function refuse(found: ReasonProblem) {
    setProblem(found);
    setAttempt((n) => n + 1);
  }

  function send(decision: Decision) {
    decide.reset();
    const given = reason.trim();
    if (decision === 'rejected' && !given) return refuse({ kind: 'required' });
    setProblem(null);
    decide.mutate(
      { organisationId: firm.id, decision, reason: given || null },
      {
        onSuccess: () => onDecided(decision),
        onError: (error) => {
          const found = reasonProblemOf(error.data?.fieldErrors);
          if (found) refuse(found);
        },
      },
    );
  }

  const reasonError =
    problem?.kind === 'required'
      ? a('reasonRequired')
      : problem?.kind === 'tooLong'
        ? a('tooLong', { max: problem.max })
        : problem?.kind === 'unreadable'
          ? a('unreadable')
          : undefined;
  const failure = decide.error && !problem ? (decide.error.data?.code === 'NOT_FOUND' ? a('gone') : a('failed')) : null;
  const hintId = `${controlId(form, 'reason')}-hint`;

  return (
    <div role="group" aria-label={a('decision', { organisation: firm.name })}>
      <div className="field">
        <label htmlFor={controlId(form, 'reason')}>
          {a('reason')} <span className="visually-hidden">{a('reasonFor', { organisation: firm.name })}</span>
        </label>
        <span id={hintId} className="field-hint">
          {a('reasonHint')}
        </span>
        <textarea
          ref={field}
          id={controlId(form, 'reason')}
          rows={3}
          maxLength={REASON_MAX}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          {...describedBy(form, 'reason', reasonError, hintId)}
        />
        <FieldError form={form} field="reason" error={reasonError} />
      </div>
      {failure && (
        <p role="alert" className="error">
          {failure}
        </p>
      )}
      <div className="decision-buttons">
        <button
          type="button"
          aria-label={a('approveFirm', { organisation: firm.name })}
          disabled={decide.isPending}
          onClick={() => send('approved')}
        >
          {decide.isPending && decide.variables?.decision === 'approved' ? a('busy') : a('approve')}
        </button>
        <button
          type="button"
          className="button-secondary"
          aria-label={a('rejectFirm', { organisation: firm.name })}
          disabled={decide.isPending}
          onClick={() => send('rejected')}
        >
          {decide.isPending && decide.variables?.decision === 'rejected' ? a('busy') : a('reject')}
        </button>
      </div>
    </div>
  );
}
