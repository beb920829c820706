import { Routes } from '@angular/router';

/** Lazy routes under /events. */
export const eventsRoutes: Routes = [
  {
    path: '',
    title: 'titles.events',
    loadComponent: () => import('./event-list-page/event-list-page').then((m) => m.EventListPage),
  },
  {
    path: ':eventId',
    title: 'titles.event',
    loadComponent: () => import('./event-page/event-page').then((m) => m.EventPage),
  },
  {
    path: ':eventId/briefing',
    title: 'folders.title',
    loadComponent: () => import('./briefing-page/briefing-page').then((m) => m.BriefingPage),
  },
];
