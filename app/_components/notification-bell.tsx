import Link from 'next/link';

/**
 * The bell in the header: a link to the notifications with the unread count. Its accessible
 * name says it all ("Meldingen, 3 ongelezen"); the icon and the badge are for the eye.
 */
export function NotificationBell({ unread, label }: { unread: number; label: string }) {
  return (
    <Link href="/notifications" className="notification-bell" aria-label={label}>
      <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="22" height="22">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread > 0 && (
        <span className="notification-count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
