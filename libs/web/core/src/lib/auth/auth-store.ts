import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, LoginResponse, SessionUser } from '@tryggplan/shared/domain';
import { firstValueFrom } from 'rxjs';

/** Who is logged in, kept in signals; the session itself is the API's httpOnly cookie. */
@Injectable({ providedIn: 'root' })
export class AuthStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<SessionUser | null>(null);
  private loading: Promise<SessionUser | null> | null = null;

  readonly user = this.state.asReadonly();
  readonly isLoggedIn = computed(() => this.state() !== null);
  readonly isAdmin = computed(() => this.state()?.role === 'admin');
  readonly isCoordinator = computed(() => this.state()?.role === 'coordinator');

  /** Asks the API once who the cookie belongs to; later calls reuse the answer. */
  ensureLoaded(): Promise<SessionUser | null> {
    this.loading ??= firstValueFrom(this.http.get<SessionUser>('/api/auth/me')).then(
      (user) => {
        this.state.set(user);
        return user;
      },
      (error: unknown) => {
        if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) {
          this.state.set(null);
          return null;
        }
        // The server could not be asked (offline, restarting): ask again on the next navigation.
        this.loading = null;
        throw error;
      },
    );
    return this.loading;
  }

  async login(credentials: LoginRequest): Promise<SessionUser> {
    const response = await firstValueFrom(this.http.post<LoginResponse>('/api/auth/login', credentials));
    this.setUser(response.user);
    return response.user;
  }

  async logout(): Promise<void> {
    try {
      await firstValueFrom(this.http.post('/api/auth/logout', {}, { responseType: 'text' }));
    } finally {
      this.clear();
    }
  }

  setUser(user: SessionUser): void {
    this.state.set(user);
    this.loading = Promise.resolve(user);
  }

  /** Forgets the user, e.g. after a 401 from an expired session. */
  clear(): void {
    this.state.set(null);
    this.loading = Promise.resolve(null);
  }
}
