import { inject, Injectable, signal } from '@angular/core';
import { TranslocoService } from '@jsverse/transloco';
import { UserDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { AdminApi } from './admin-api';

/** The user list shared by the admin page's sections (provided per page). */
@Injectable()
export class AdminStore {
  private readonly adminApi = inject(AdminApi);
  private readonly transloco = inject(TranslocoService);

  readonly users = signal<UserDto[] | null>(null);
  readonly loadError = signal<string | null>(null);

  async loadUsers(): Promise<void> {
    this.loadError.set(null);
    try {
      this.users.set((await this.adminApi.users()).items);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  replaceUser(user: UserDto): void {
    this.users.update((users) => {
      const list = users ?? [];
      return list.some((candidate) => candidate.id === user.id)
        ? list.map((candidate) => (candidate.id === user.id ? user : candidate))
        : [...list, user].sort((a, b) => a.email.localeCompare(b.email));
    });
  }
}
