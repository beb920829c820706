import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/staff (the event id is inherited from the parent route). */
export const staffRoutes: Routes = [
  {
    path: '',
    title: 'staff.title',
    loadComponent: () => import('./staff-page/staff-page').then((m) => m.StaffPage),
  },
];
