import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import { AuthStore } from './auth-store';

function loginUrl(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Lets logged-in users through; everyone else goes to /login and comes back afterwards. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.ensureLoaded().catch(() => null);
  return user ? true : loginUrl(router, state.url);
};

/** Lets admins through; other logged-in users go to the event list, others to /login. */
export const adminGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.ensureLoaded().catch(() => null);
  if (!user) return loginUrl(router, state.url);
  return user.role === 'admin' ? true : router.createUrlTree(['/events']);
};

/** Only local paths are followed after login, so a crafted link cannot send the user elsewhere. */
export function safeReturnUrl(value: string | null | undefined, fallback = '/events'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/login')) return fallback;
  return value;
}
