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
    path: ':eventId/review',
    title: 'partners.titles.review',
    loadComponent: () => import('@tryggplan/web/partners').then((m) => m.ReviewPage),
  },
  {
    path: ':eventId/risks',
    loadChildren: () => import('@tryggplan/web/risks').then((m) => m.riskRoutes),
  },
  {
    path: ':eventId/participants',
    loadChildren: () => import('@tryggplan/web/participants').then((m) => m.participantsRoutes),
  },
  {
    path: ':eventId/incidents',
    loadChildren: () => import('@tryggplan/web/incidents').then((m) => m.incidentsRoutes),
  },
  {
    path: ':eventId/action-plan',
    loadChildren: () => import('@tryggplan/web/incidents').then((m) => m.actionPlanRoutes),
  },
  {
    path: ':eventId/briefing',
    title: 'folders.title',
    loadComponent: () => import('./briefing-page/briefing-page').then((m) => m.BriefingPage),
  },
];
