import { inject, Injectable, signal } from '@angular/core';
import type { PublicConfig } from '@tryggplan/shared/domain';
import { ApiClient } from '../api/api-client';

/** The map background settings from `GET /api/config`, fetched once. */
@Injectable({ providedIn: 'root' })
export class PublicConfigStore {
  private readonly api = inject(ApiClient);
  private loading: Promise<PublicConfig | null> | null = null;
  private readonly state = signal<PublicConfig | null>(null);

  readonly config = this.state.asReadonly();

  load(): Promise<PublicConfig | null> {
    this.loading ??= this.api.get<PublicConfig>('/api/config').then(
      (config) => {
        this.state.set(config);
        return config;
      },
      () => {
        this.loading = null;
        return null;
      },
    );
    return this.loading;
  }
}
