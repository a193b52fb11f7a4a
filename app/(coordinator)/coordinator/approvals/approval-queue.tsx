'use client';

import type { inferRouterOutputs } from '@trpc/server';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import type { AppRouter } from '~/server/api/root';
import { ApprovalDecision, type Decision } from './approval-decision';

export type QueuedFirm = inferRouterOutputs<AppRouter>['organisation']['approvalQueue']['rows'][number];

/**
 * The firms awaiting a decision. A decided firm leaves the list at once and the decision is
 * said above it; the page is then read anew, so the next firm in line moves up.
 */
export function ApprovalQueue({ firms }: { firms: QueuedFirm[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [decided, setDecided] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  const waiting = firms.filter((firm) => !decided.includes(firm.id));

  function onDecided(firm: QueuedFirm, decision: Decision) {
    setDecided((ids) => [...ids, firm.id]);
    setMessage(t(`approvals.${decision}`, { organisation: firm.name }));
    // The firm's buttons are gone with it: the keyboard continues at the decision's message.
    status.current?.focus();
    router.refresh();
  }

  return (
    <>
      <p ref={status} tabIndex={-1} role="status" className={message ? 'notice notice-success' : 'status-line'}>
        {message}
      </p>
      {waiting.length === 0 ? (
        <p>{t('approvals.empty')}</p>
      ) : (
        <ol className="approval-queue">
          {waiting.map((firm) => (
            <li key={firm.id}>
              <QueuedFirmCard firm={firm} onDecided={(decision) => onDecided(firm, decision)} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

function QueuedFirmCard({ firm, onDecided }: { firm: QueuedFirm; onDecided(decision: Decision): void }) {
  const t = useTranslations();
  const a = useTranslations('approvals');
  const titleId = `firm-${firm.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{firm.name}</h3>
      <dl className="facts">
        <dt>{a('kvkNumber')}</dt>
        <dd>{firm.kvkNumber}</dd>
        <dt>{a('sector')}</dt>
        <dd>{t.has(`enums.sector.${firm.sector}`) ? t(`enums.sector.${firm.sector}`) : firm.sector}</dd>
        <dt>{a('sizeBand')}</dt>
        <dd>{t(`enums.sizeBand.${firm.sizeBand}`)}</dd>
        <dt>{a('address')}</dt>
        <dd>
          {firm.street}, {firm.postalCode} {firm.city}
        </dd>
        <dt>{a('registeredAt')}</dt>
        <dd>{a('registeredAtValue', { date: firm.registeredAt })}</dd>
        <dt>{a('contact')}</dt>
        <dd>
          {firm.contacts.length === 0 ? (
            a('noContact')
          ) : (
            <ul className="plain-list">
              {firm.contacts.map((contact) => (
                <li key={contact.email} className="overflow-anywhere">
                  {contact.name}, <a href={`mailto:${contact.email}`}>{contact.email}</a>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <ApprovalDecision firm={firm} onDecided={onDecided} />
    </article>
  );
}
