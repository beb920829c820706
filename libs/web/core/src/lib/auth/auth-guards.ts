import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';
import type { UserRole } from '@tryggplan/shared/domain';
import { AuthStore } from './auth-store';

/** Where a user starts: partners in their shared risk plans, everyone else in the event list. */
export function homeOf(role: UserRole | undefined): string {
  return role === 'partner' ? '/shared' : '/events';
}

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

/** The unit's own pages: partners never see them and are sent to their shared plans. */
export const staffGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.ensureLoaded().catch(() => null);
  if (!user) return loginUrl(router, state.url);
  return user.role === 'partner' ? router.createUrlTree([homeOf(user.role)]) : true;
};

/** The shared plans are for partners; other logged-in users go to their own start page. */
export const partnerGuard: CanActivateFn = async (_route, state) => {
  const auth = inject(AuthStore);
  const router = inject(Router);
  const user = await auth.ensureLoaded().catch(() => null);
  if (!user) return loginUrl(router, state.url);
  return user.role === 'partner' ? true : router.createUrlTree([homeOf(user.role)]);
};
