import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/participants. */
export const participantsRoutes: Routes = [
  {
    path: '',
    title: 'participants.titles.list',
    loadComponent: () =>
      import('./participant-list-page/participant-list-page').then((m) => m.ParticipantListPage),
  },
  {
    path: 'import',
    title: 'participants.titles.import',
    loadComponent: () => import('./import-page/import-page').then((m) => m.ImportPage),
  },
  {
    path: 'timeline',
    title: 'participants.titles.timeline',
    data: { mode: 'timeline' },
    loadComponent: () => import('./timeline-page/timeline-page').then((m) => m.TimelinePage),
  },
  {
    path: 'public-exposure',
    title: 'participants.titles.publicExposure',
    data: { mode: 'public-exposure' },
    loadComponent: () => import('./timeline-page/timeline-page').then((m) => m.TimelinePage),
  },
  {
    path: ':participantId',
    title: 'participants.titles.participant',
    loadComponent: () => import('./participant-page/participant-page').then((m) => m.ParticipantPage),
  },
];

/** The participant's own page behind a personal link: public, no account. */
export const ownPageRoutes: Routes = [
  {
    path: ':token',
    title: 'participants.titles.own',
    loadComponent: () => import('./own-page/own-page').then((m) => m.OwnPage),
  },
];
