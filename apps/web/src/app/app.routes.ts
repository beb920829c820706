import { Routes } from '@angular/router';
import { adminGuard, partnerGuard, staffGuard } from '@tryggplan/web/core';

/** Every feature is loaded on first visit; the first page carries only the shell. */
export const appRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'events' },
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('@tryggplan/web/auth').then((m) => m.LoginPage),
  },
  {
    path: 'invite/:token',
    title: 'titles.invitation',
    loadComponent: () => import('@tryggplan/web/auth').then((m) => m.InvitationPage),
  },
  {
    path: 'p',
    loadChildren: () => import('@tryggplan/web/participants').then((m) => m.ownPageRoutes),
  },
  {
    path: 'events',
    canActivate: [staffGuard],
    loadChildren: () => import('@tryggplan/web/events').then((m) => m.eventsRoutes),
  },
  {
    path: 'shared',
    canActivate: [partnerGuard],
    loadChildren: () => import('@tryggplan/web/partners').then((m) => m.sharedRoutes),
  },
  {
    path: 'admin/audit',
    canActivate: [adminGuard],
    loadChildren: () => import('@tryggplan/web/audit').then((m) => m.auditRoutes),
  },
  {
    path: 'admin',
    canActivate: [adminGuard],
    loadChildren: () => import('@tryggplan/web/admin').then((m) => m.adminRoutes),
  },
  {
    path: '**',
    title: 'titles.notFound',
    loadComponent: () => import('./not-found-page').then((m) => m.NotFoundPage),
  },
];
