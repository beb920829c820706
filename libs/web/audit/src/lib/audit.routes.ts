import { Routes } from '@angular/router';

/** Lazy routes under /admin/audit (guarded by adminGuard in the app). */
export const auditRoutes: Routes = [
  {
    path: '',
    title: 'audit.title',
    loadComponent: () => import('./audit-page/audit-page').then((m) => m.AuditPage),
  },
];
