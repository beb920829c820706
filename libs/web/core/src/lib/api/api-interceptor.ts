import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from '../auth/auth-store';
import { UiLanguage } from '../i18n/ui-language';

/** Requests where a 401 is an answer for the page itself, not an expired session. */
const AUTH_PROBES = ['/api/auth/me', '/api/auth/login', '/api/auth/logout', '/api/auth/invitations/'];

function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

/**
 * Sends the session cookie and the UI language with every API request (the API words its
 * errors in that language) and sends the user to the login page when the session has ended.
 */
export const apiInterceptor: HttpInterceptorFn = (req, next) => {
  if (!isApiRequest(req.url)) return next(req);
  const language = inject(UiLanguage);
  const auth = inject(AuthStore);
  const router = inject(Router);
  const request = req.clone({
    withCredentials: true,
    setHeaders: { 'Accept-Language': language.current() },
  });
  return next(request).pipe(
    catchError((error: unknown) => {
      const isProbe = AUTH_PROBES.some((probe) => req.url.startsWith(probe));
      if (error instanceof HttpErrorResponse && error.status === 401 && !isProbe) {
        auth.clear();
        const returnUrl = router.url.startsWith('/login') ? undefined : router.url;
        void router.navigate(['/login'], { queryParams: returnUrl ? { returnUrl } : {} });
      }
      return throwError(() => error);
    }),
  );
};
