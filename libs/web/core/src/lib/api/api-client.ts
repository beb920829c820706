import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';

export type QueryParams = Record<string, string | number | boolean>;

/** `/api/events/<id>/sites` from its segments; each segment is URL-encoded so ids cannot change the path. */
export function apiPath(...segments: (string | number)[]): string {
  return `/api/${segments.map((segment) => encodeURIComponent(String(segment))).join('/')}`;
}

/** Thin promise-based access to the Tryggplan API; errors are left as HttpErrorResponse for `toFormErrors`. */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<T>(path: string, query?: QueryParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(path, { params: toParams(query) }));
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.post<T>(path, body));
  }

  patch<T>(path: string, body: unknown): Promise<T> {
    return firstValueFrom(this.http.patch<T>(path, body));
  }

  async delete(path: string): Promise<void> {
    await firstValueFrom(this.http.delete(path, { responseType: 'text' }));
  }
}

function toParams(query?: QueryParams): HttpParams | undefined {
  if (!query) return undefined;
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) params = params.set(key, String(value));
  return params;
}
