import { Routes } from '@angular/router';

/** Lazy routes under /shared: the partner's shared risk plans and, when shared, the event's incidents. */
export const sharedRoutes: Routes = [
  {
    path: '',
    title: 'partners.titles.shared',
    loadComponent: () => import('./shared-plans-page/shared-plans-page').then((m) => m.SharedPlansPage),
  },
  {
    path: ':shareId/revisions/:revision',
    title: 'partners.titles.revision',
    loadComponent: () =>
      import('./shared-revision-page/shared-revision-page').then((m) => m.SharedRevisionPage),
  },
  {
    path: ':shareId/incidents',
    title: 'partners.titles.incidents',
    loadComponent: () =>
      import('./shared-incidents/shared-incidents-page').then((m) => m.SharedIncidentsPage),
  },
];
