import { Routes } from '@angular/router';

/** Lazy routes under /events/:eventId/messages (the event id is inherited from the parent route). */
export const messagesRoutes: Routes = [
  {
    path: '',
    title: 'messages.title',
    loadComponent: () => import('./messages-page/messages-page').then((m) => m.MessagesPage),
  },
];
