import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/risks (the event id is inherited from the parent route). */
export const riskRoutes: Routes = [
  {
    path: '',
    title: 'risks.titles.register',
    loadComponent: () => import('./register-page/register-page').then((m) => m.RegisterPage),
  },
  {
    path: 'new',
    title: 'risks.titles.new',
    loadComponent: () => import('./new-risk-page/new-risk-page').then((m) => m.NewRiskPage),
  },
  {
    path: ':riskId',
    title: 'risks.titles.risk',
    loadComponent: () => import('./risk-page/risk-page').then((m) => m.RiskPage),
  },
];
