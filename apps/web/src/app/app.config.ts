import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  isDevMode,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
  withRouterConfig,
} from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';
import { apiInterceptor, provideI18n, TranslatedTitleStrategy } from '@tryggplan/web/core';
import { appRoutes } from './app.routes';

/**
 * A participant's own page (/p/:token) registers the worker at once, so the page and its folder are
 * kept for offline use right after the first visit; staff pages wait until the app is stable.
 */
function serviceWorkerRegistration(): string {
  return globalThis.location?.pathname.startsWith('/p/') ? 'registerImmediately' : 'registerWhenStable:30000';
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideHttpClient(withInterceptors([apiInterceptor])),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
      // the pages inside an event's workspace read :eventId from the workspace route
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideI18n(),
    // The app shell and a participant's own page (/api/p/**) stay usable offline once opened.
    provideServiceWorker('ngsw-worker.js', {
      enabled: !isDevMode(),
      registrationStrategy: serviceWorkerRegistration(),
    }),
  ],
};
