import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/check-ins (the event id is inherited from the parent route). */
export const checkInsRoutes: Routes = [
  {
    path: '',
    title: 'checkIns.titles.list',
    loadComponent: () => import('./check-in-list-page/check-in-list-page').then((m) => m.CheckInListPage),
  },
  {
    path: 'new',
    title: 'checkIns.titles.new',
    loadComponent: () => import('./new-check-in-page/new-check-in-page').then((m) => m.NewCheckInPage),
  },
  {
    path: ':checkInId',
    title: 'checkIns.titles.checkIn',
    loadComponent: () => import('./check-in-page/check-in-page').then((m) => m.CheckInPage),
  },
];
