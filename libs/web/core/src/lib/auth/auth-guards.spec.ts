import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, provideRouter, RouterStateSnapshot, UrlTree } from '@angular/router';
import { SessionUser } from '@tryggplan/shared/domain';
import { adminGuard, authGuard, partnerGuard, safeReturnUrl, staffGuard } from './auth-guards';
import { AuthStore } from './auth-store';

const coordinator: SessionUser = {
  id: 'u1',
  email: 'samordnare@example.org',
  role: 'coordinator',
  displayName: 'Sam Ordnare',
};

describe('route guards', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function run(guard: typeof authGuard, url: string) {
    const state = { url } as RouterStateSnapshot;
    return runInInjectionContext(TestBed.inject(EnvironmentInjector), () =>
      guard({} as ActivatedRouteSnapshot, state),
    ) as Promise<boolean | UrlTree>;
  }

  function serialized(result: boolean | UrlTree): string | boolean {
    return result instanceof UrlTree ? result.toString() : result;
  }

  it('lets a logged-in user through after asking /api/auth/me', async () => {
    const result = run(authGuard, '/events/e1');
    http.expectOne('/api/auth/me').flush(coordinator);
    expect(await result).toBe(true);
    expect(TestBed.inject(AuthStore).user()).toEqual(coordinator);
  });

  it('sends a visitor without a session to /login with the page to come back to', async () => {
    const result = run(authGuard, '/events/e1');
    http
      .expectOne('/api/auth/me')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Du är inte inloggad.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    expect(serialized(await result)).toBe('/login?returnUrl=%2Fevents%2Fe1');
  });

  it('asks the API only once', async () => {
    const first = run(authGuard, '/events');
    http.expectOne('/api/auth/me').flush(coordinator);
    await first;
    expect(await run(authGuard, '/events/e2')).toBe(true);
    http.expectNone('/api/auth/me');
  });

  it('keeps non-admins out of the admin pages', async () => {
    TestBed.inject(AuthStore).setUser(coordinator);
    expect(serialized(await run(adminGuard, '/admin'))).toBe('/events');
    TestBed.inject(AuthStore).setUser({ ...coordinator, role: 'admin' });
    expect(await run(adminGuard, '/admin')).toBe(true);
  });

  it('keeps partners out of the unit pages and others out of the shared plans', async () => {
    const auth = TestBed.inject(AuthStore);
    auth.setUser({ ...coordinator, role: 'partner' });
    expect(serialized(await run(staffGuard, '/events/e1'))).toBe('/shared');
    expect(await run(partnerGuard, '/shared')).toBe(true);
    auth.setUser(coordinator);
    expect(await run(staffGuard, '/events/e1')).toBe(true);
    expect(serialized(await run(partnerGuard, '/shared'))).toBe('/events');
  });

  it('sends visitors of admin pages to /login', async () => {
    TestBed.inject(AuthStore).clear();
    expect(serialized(await run(adminGuard, '/admin'))).toBe('/login?returnUrl=%2Fadmin');
  });
});

describe('safeReturnUrl', () => {
  it('follows local paths only', () => {
    expect(safeReturnUrl('/events/e1')).toBe('/events/e1');
    expect(safeReturnUrl('https://evil.example')).toBe('/events');
    expect(safeReturnUrl('//evil.example')).toBe('/events');
    expect(safeReturnUrl('/\\evil.example')).toBe('/events');
    expect(safeReturnUrl('/login?returnUrl=/x')).toBe('/events');
    expect(safeReturnUrl(undefined)).toBe('/events');
  });
});
