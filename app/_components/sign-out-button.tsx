'use client';

import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  async function onClick() {
    // No server-side redirect: next-auth would build it from NEXTAUTH_URL, which may not be set.
    await signOut({ redirect: false });
    router.replace('/login');
    router.refresh();
  }
  return (
    <button type="button" className="button-secondary" onClick={() => void onClick()}>
      {label}
    </button>
  );
}
