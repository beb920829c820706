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
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'titles.events',
        loadComponent: () => import('@tryggplan/web/events').then((m) => m.EventListPage),
      },
      {
        // The event workspace: the event's navigation around each of its pages (web/events WORKSPACE_NAV).
        // A feature adds its page here as a child; children read :eventId (paramsInheritanceStrategy 'always').
        path: ':eventId',
        loadComponent: () => import('@tryggplan/web/events').then((m) => m.EventWorkspace),
        children: [
          {
            path: '',
            pathMatch: 'full',
            title: 'titles.event',
            loadComponent: () => import('@tryggplan/web/events').then((m) => m.OverviewPage),
          },
          {
            path: 'map',
            title: 'workspace.titles.map',
            data: { fullWidth: true },
            loadComponent: () => import('@tryggplan/web/events').then((m) => m.EventMapPage),
          },
          {
            path: 'risks',
            loadChildren: () => import('@tryggplan/web/risks').then((m) => m.riskRoutes),
          },
          {
            path: 'participants',
            loadChildren: () => import('@tryggplan/web/participants').then((m) => m.participantsRoutes),
          },
          {
            path: 'incidents',
            loadChildren: () => import('@tryggplan/web/incidents').then((m) => m.incidentsRoutes),
          },
          {
            path: 'action-plan',
            loadChildren: () => import('@tryggplan/web/incidents').then((m) => m.actionPlanRoutes),
          },
          {
            path: 'check-ins',
            loadChildren: () => import('@tryggplan/web/check-ins').then((m) => m.checkInsRoutes),
          },
          {
            path: 'staff',
            loadChildren: () => import('@tryggplan/web/staff').then((m) => m.staffRoutes),
          },
          {
            path: 'permit',
            loadChildren: () => import('@tryggplan/web/permit').then((m) => m.permitRoutes),
          },
          {
            path: 'messages',
            loadChildren: () => import('@tryggplan/web/messages').then((m) => m.messagesRoutes),
          },
          {
            path: 'briefing',
            title: 'folders.title',
            loadComponent: () => import('@tryggplan/web/events').then((m) => m.BriefingPage),
          },
          {
            path: 'review',
            title: 'partners.titles.review',
            loadComponent: () => import('@tryggplan/web/partners').then((m) => m.ReviewPage),
          },
        ],
      },
    ],
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
