import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AdminStore } from '../admin-store';
import { MemberAdmin } from '../member-admin/member-admin';
import { UserAdmin } from '../user-admin/user-admin';

/** `/admin`: user accounts and who coordinates which event. */
@Component({
  selector: 'tp-admin-page',
  imports: [RouterLink, TranslocoPipe, UserAdmin, MemberAdmin],
  providers: [AdminStore],
  template: `
    <h1>{{ 'admin.heading' | transloco }}</h1>
    <p>
      <a routerLink="/admin/audit">{{ 'audit.navLink' | transloco }}</a>
    </p>
    <tp-user-admin />
    <tp-member-admin [initialEventId]="eventId()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPage {
  /** Query parameter: the event whose members to show first. */
  readonly eventId = input<string | undefined>(undefined);

  constructor() {
    void inject(AdminStore).loadUsers();
  }
}
