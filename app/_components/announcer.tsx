'use client';

import { createContext, useContext, useRef, useState, type ReactNode } from 'react';

interface Announce {
  /** Says `message` in the list's status line; `focus` moves the keyboard there too. */
  (message: string, options?: { focus?: boolean }): void;
}

const AnnounceContext = createContext<Announce>(() => {});

/**
 * A status line above a list whose rows have actions: what an action did is said here, where it
 * stays readable after the list is read again, even when the row itself has gone (a revoked
 * invitation). When the row's buttons are gone, the keyboard lands here rather than at the top.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState('');
  const line = useRef<HTMLParagraphElement>(null);
  const announce: Announce = (text, options) => {
    setMessage(text);
    if (options?.focus) requestAnimationFrame(() => line.current?.focus());
  };
  return (
    <AnnounceContext value={announce}>
      <p ref={line} role="status" tabIndex={-1} className="status-line list-status">
        {message}
      </p>
      {children}
    </AnnounceContext>
  );
}

export const useAnnounce = () => useContext(AnnounceContext);
