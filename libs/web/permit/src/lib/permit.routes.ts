import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/permit (the event id is inherited from the parent route). */
export const permitRoutes: Routes = [
  {
    path: '',
    title: 'permit.title',
    loadComponent: () => import('./permit-page/permit-page').then((m) => m.PermitPage),
  },
];
