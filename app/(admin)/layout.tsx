import type { ReactNode } from 'react';

// Access is checked by each page (requireRole) before it loads data: layouts and pages render
// in parallel, so a layout-only check would not stop the page's own queries.
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <div className="portal portal-admin">{children}</div>;
}
