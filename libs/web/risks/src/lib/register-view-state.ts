import { Injectable } from '@angular/core';
import { DEFAULT_SORT, EMPTY_FILTER, RegisterFilter, RegisterSort } from './register-filter';
import type { MatrixBasis } from './risks-api';

export interface RegisterView {
  filter: RegisterFilter;
  sort: RegisterSort;
  basis: MatrixBasis;
}

/** Keeps each event's filters, sort and matrix basis while the user opens a risk and comes back. */
@Injectable({ providedIn: 'root' })
export class RegisterViewState {
  private readonly views = new Map<string, RegisterView>();

  get(eventId: string): RegisterView {
    return this.views.get(eventId) ?? { filter: EMPTY_FILTER, sort: DEFAULT_SORT, basis: 'inherent' };
  }

  set(eventId: string, view: RegisterView): void {
    this.views.set(eventId, view);
  }
}
