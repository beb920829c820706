import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EventSummaryDto, MemberDto, ROLE_LABELS } from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { DateSpanPipe, FieldControl, FieldError, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { AdminApi } from '../admin-api';
import { AdminStore } from '../admin-store';

/** Choose an event, see its members, add a coordinator or remove one. */
@Component({
  selector: 'tp-member-admin',
  imports: [
    StatusMessage,
    ReactiveFormsModule,
    TranslocoPipe,
    DateSpanPipe,
    FieldControl,
    FieldError,
    FormAlert,
  ],
  templateUrl: './member-admin.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MemberAdmin {
  private readonly adminApi = inject(AdminApi);
  private readonly store = inject(AdminStore);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** Event to show first (from the `eventId` query parameter). */
  readonly initialEventId = input<string | undefined>(undefined);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly events = signal<EventSummaryDto[] | null>(null);
  protected readonly eventControl = new FormControl('', { nonNullable: true });
  protected readonly userControl = new FormControl('', { nonNullable: true });
  /** The add form needs a group: a bare <form> would submit natively and reload the page. */
  protected readonly addForm = new FormGroup({ userId: this.userControl });
  protected readonly selectedEventId = signal('');
  protected readonly members = signal<MemberDto[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly addError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly announcement = signal('');

  protected readonly selectedEvent = computed(
    () => this.events()?.find((event) => event.id === this.selectedEventId()) ?? null,
  );
  /** Active coordinators who are not members yet. */
  protected readonly candidates = computed(() => {
    const memberIds = new Set((this.members() ?? []).map((member) => member.userId));
    return (this.store.users() ?? []).filter(
      (user) => user.role === 'coordinator' && !user.disabled && !memberIds.has(user.id),
    );
  });

  constructor() {
    void this.loadEvents();
    effect(() => {
      const initial = this.initialEventId();
      const events = this.events();
      if (initial && events?.some((event) => event.id === initial) && !untracked(this.selectedEventId)) {
        untracked(() => {
          this.eventControl.setValue(initial);
          void this.selectEvent(initial);
          afterNextRender(() => this.host.nativeElement.querySelector('#members')?.scrollIntoView(), {
            injector: this.injector,
          });
        });
      }
    });
    this.eventControl.valueChanges.subscribe((eventId) => {
      if (eventId !== this.selectedEventId()) void this.selectEvent(eventId);
    });
  }

  private async loadEvents(): Promise<void> {
    try {
      this.events.set((await this.adminApi.events()).items);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  protected async selectEvent(eventId: string): Promise<void> {
    this.selectedEventId.set(eventId);
    this.members.set(null);
    this.error.set(null);
    this.addError.set(null);
    this.userControl.setValue('');
    if (!eventId) return;
    try {
      const members = await this.adminApi.members(eventId);
      if (this.selectedEventId() === eventId) this.members.set(members);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  protected async add(): Promise<void> {
    const eventId = this.selectedEventId();
    const userId = this.userControl.value;
    if (!eventId || this.busy()) return;
    if (!userId) {
      this.addError.set(this.transloco.translate('admin.members.chooseUser'));
      this.focusAfterRender('#member-user');
      return;
    }
    this.busy.set(true);
    this.addError.set(null);
    try {
      const members = await this.adminApi.addMember(eventId, userId);
      this.members.set(members);
      this.userControl.setValue('');
      const added = members.find((member) => member.userId === userId);
      this.announcement.set(
        this.transloco.translate('admin.members.added', { name: added?.displayName ?? '' }),
      );
    } catch (error) {
      this.addError.set(errorMessage(error, this.transloco));
      this.focusAfterRender('#member-user');
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(member: MemberDto): Promise<void> {
    const eventId = this.selectedEventId();
    if (!eventId || this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await this.adminApi.removeMember(eventId, member.userId);
      this.members.update((members) =>
        (members ?? []).filter((candidate) => candidate.userId !== member.userId),
      );
      this.announcement.set(this.transloco.translate('admin.members.removed', { name: member.displayName }));
      this.focusAfterRender('#members-list-heading');
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
