import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/incidents (the event id is inherited from the parent route). */
export const incidentsRoutes: Routes = [
  {
    path: '',
    title: 'incidents.titles.board',
    loadComponent: () => import('./board-page/board-page').then((m) => m.BoardPage),
  },
  {
    path: 'new',
    title: 'incidents.titles.new',
    loadComponent: () => import('./new-incident-page/new-incident-page').then((m) => m.NewIncidentPage),
  },
  {
    path: ':incidentId',
    title: 'incidents.titles.incident',
    loadComponent: () => import('./incident-page/incident-page').then((m) => m.IncidentPage),
  },
];

/** Lazy routes under /events/:eventId/action-plan. */
export const actionPlanRoutes: Routes = [
  {
    path: '',
    title: 'incidents.titles.actionPlan',
    loadComponent: () => import('./action-plan-page/action-plan-page').then((m) => m.ActionPlanPage),
  },
];
