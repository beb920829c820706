import { Routes } from '@angular/router';

/** Lazy routes under /admin (guarded by adminGuard in the app). */
export const adminRoutes: Routes = [
  {
    path: '',
    title: 'titles.admin',
    loadComponent: () => import('./admin-page/admin-page').then((m) => m.AdminPage),
  },
];
