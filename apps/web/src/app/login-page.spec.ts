import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { apiInterceptor, AuthStore } from '@tryggplan/web/core';
import { translations } from '../testing/translations';
import { LoginPage } from '@tryggplan/web/auth';

describe('LoginPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    await TestBed.configureTestingModule({
      imports: [
        LoginPage,
        TranslocoTestingModule.forRoot({
          langs: { sv: translations('sv'), en: translations('en') },
          translocoConfig: { availableLangs: ['sv', 'en'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
      providers: [
        provideRouter([
          { path: 'events', children: [] },
          { path: 'shared', children: [] },
        ]),
        provideHttpClient(withInterceptors([apiInterceptor])),
        provideHttpClientTesting(),
      ],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function render() {
    const fixture = TestBed.createComponent(LoginPage);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const field = (id: string) => page.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
    const type = (id: string, value: string) => {
      field(id).value = value;
      field(id).dispatchEvent(new Event('input'));
    };
    const submit = () => page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    return { fixture, page, field, type, submit };
  }

  it('labels its fields in Swedish', async () => {
    const { page } = await render();
    expect(page.querySelector('h1')?.textContent).toContain('Logga in');
    expect(page.querySelector('label[for="login-email"]')?.textContent?.trim()).toBe('E-postadress');
    expect(page.querySelector('label[for="login-password"]')?.textContent?.trim()).toBe('Lösenord');
  });

  it('shows the field errors of a 400 beside the fields and links them', async () => {
    const { fixture, page, field, type, submit } = await render();
    type('login-email', 'inte-en-adress');
    type('login-password', 'x');
    submit();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.body).toEqual({ email: 'inte-en-adress', password: 'x' });
    expect(request.request.withCredentials).toBe(true);
    expect(request.request.headers.get('Accept-Language')).toBe('sv');
    request.flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Uppgifterna är inte giltiga.',
        details: [{ field: 'email', message: 'Är ingen giltig e-postadress.', code: 'invalid_email' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Uppgifterna är inte giltiga.');
    expect(page.querySelector('#login-email-error')?.textContent).toContain('Är ingen giltig e-postadress.');
    expect(field('login-email').getAttribute('aria-invalid')).toBe('true');
    expect(field('login-email').getAttribute('aria-describedby')).toBe('login-email-error');
    expect(field('login-password').getAttribute('aria-invalid')).toBeNull();
    expect(page.querySelector('#login-password-error')).toBeNull();
  });

  it('shows the API message of a 401 without leaving the page', async () => {
    const { fixture, page, field, type, submit } = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate');
    type('login-email', 'samordnare@example.org');
    type('login-password', 'fel-lösenord-123');
    submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Fel e-postadress eller lösenord.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Fel e-postadress eller lösenord.');
    expect(field('login-password').value).toBe('');
    expect(navigate).not.toHaveBeenCalled();
  });

  it('checks required fields before asking the server', async () => {
    const { fixture, page, field, submit } = await render();
    submit();
    await fixture.whenStable();
    http.expectNone('/api/auth/login');
    expect(page.querySelector('#login-email-error')?.textContent).toContain('Måste ha minst 1 tecken.');
    expect(field('login-password').getAttribute('aria-invalid')).toBe('true');
  });

  it('logs in and goes to the events', async () => {
    const { fixture, type, submit } = await render();
    const router = TestBed.inject(Router);
    type('login-email', 'samordnare@example.org');
    type('login-password', 'demo-password-123');
    submit();
    const user = { id: 'u1', email: 'samordnare@example.org', role: 'coordinator', displayName: 'Sam' };
    http.expectOne('/api/auth/login').flush({ accessToken: 'token', user });
    await fixture.whenStable();
    expect(TestBed.inject(AuthStore).user()).toEqual(user);
    expect(router.url).toBe('/events');
  });

  it('sends a partner to the shared risk plans', async () => {
    const { fixture, type, submit } = await render();
    type('login-email', 'polisen@example.org');
    type('login-password', 'demo-password-123');
    submit();
    const user = { id: 'u2', email: 'polisen@example.org', role: 'partner', displayName: 'Polisen' };
    http.expectOne('/api/auth/login').flush({ accessToken: 'token', user });
    await fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/shared');
  });
});
