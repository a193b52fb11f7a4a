import type { ReactNode } from 'react';
import { CoordinatorNav } from './coordinator/_components/coordinator-nav';

// Access is checked by each page (requireRole) before it loads data: layouts and pages render
// in parallel, so a layout-only check would not stop the page's own queries.
export default function CoordinatorLayout({ children }: { children: ReactNode }) {
  return (
    <div className="portal portal-coordinator">
      <CoordinatorNav />
      {children}
    </div>
  );
}
