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
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  DEFAULT_TIMEZONE,
  EventDto,
  formatClock,
  formatDate,
  OnDutyDto,
  rosterByDay,
  SiteDto,
  STAFF_ROLE_LABELS,
  staffCountsByRole,
  StaffMemberDto,
} from '@tryggplan/shared/domain';
import { errorMessage, UiLanguage } from '@tryggplan/web/core';
import { ConfirmDialog, FormAlert } from '@tryggplan/web/ui';
import { StaffApi } from '../staff-api';
import { StaffForm } from '../staff-form/staff-form';
import { StaffImport } from '../staff-import/staff-import';

/**
 * `/events/:eventId/staff` (säkerhetsorganisation): who is on duty now, the roster by day, and the
 * staff with their roles, contacts and shifts; adding, editing and removing people.
 */
@Component({
  selector: 'tp-staff-page',
  imports: [TranslocoPipe, FormAlert, ConfirmDialog, StaffForm, StaffImport],
  templateUrl: './staff-page.html',
  styleUrl: './staff-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffPage {
  private readonly staffApi = inject(StaffApi);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = STAFF_ROLE_LABELS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly staff = signal<StaffMemberDto[] | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly onDuty = signal<OnDutyDto | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  /** The person in the form: null for none open, 'new' to add someone. */
  protected readonly editing = signal<StaffMemberDto | 'new' | null>(null);
  protected readonly removing = signal<StaffMemberDto | null>(null);
  protected readonly busy = signal(false);

  protected readonly timeZone = computed(() => this.event()?.timezone ?? DEFAULT_TIMEZONE);
  protected readonly roster = computed(() => rosterByDay(this.staff() ?? [], this.timeZone()));
  protected readonly counts = computed(() => staffCountsByRole(this.staff() ?? []));
  protected readonly editedMember = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });
  private readonly siteNames = computed(() => new Map(this.sites().map((site) => [site.id, site.name])));

  private readonly removeDialog = viewChild<ConfirmDialog>('removeDialog');

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, staff, sites, onDuty] = await Promise.all([
        this.staffApi.event(eventId),
        this.staffApi.list(eventId),
        this.staffApi.sites(eventId),
        this.staffApi.onDuty(eventId),
      ]);
      this.event.set(event);
      this.staff.set(staff);
      this.sites.set(sites);
      this.onDuty.set(onDuty);
      this.title.setTitle(
        `${this.transloco.translate('staff.title')} – ${event.name} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected async refreshOnDuty(): Promise<void> {
    try {
      this.onDuty.set(await this.staffApi.onDuty(this.eventId()));
      this.announce('staff.onDuty.refreshed', { count: this.onDuty()?.items.length ?? 0 });
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    }
  }

  protected postName(siteId: string | null): string {
    if (!siteId) return this.transloco.translate('staff.noPost');
    return this.siteNames().get(siteId) ?? this.transloco.translate('staff.noPost');
  }

  protected dayHeading(day: string): string {
    return formatDate(`${day}T12:00:00Z`, this.lang(), 'UTC');
  }

  protected clock(iso: string): string {
    return formatClock(iso, this.timeZone());
  }

  protected dateTime(iso: string): string {
    return `${formatDate(iso, this.lang(), this.timeZone())} ${formatClock(iso, this.timeZone())}`;
  }

  protected add(): void {
    this.editing.set('new');
    this.focusAfterRender('#staff-fullName');
  }

  protected edit(member: StaffMemberDto): void {
    this.editing.set(member);
    this.focusAfterRender('#staff-fullName');
  }

  protected async onSaved(member: StaffMemberDto): Promise<void> {
    const added = this.editing() === 'new';
    this.editing.set(null);
    await this.load();
    this.announce(added ? 'staff.added' : 'staff.saved', { name: member.fullName });
    this.focusAfterRender(`#staff-edit-${member.id}`);
  }

  protected onCancelled(): void {
    const editing = this.editing();
    this.editing.set(null);
    this.focusAfterRender(editing && editing !== 'new' ? `#staff-edit-${editing.id}` : '#staff-add');
  }

  /** After a 409: the form shows the person as someone else saved them. */
  protected async reloadEdited(): Promise<void> {
    const editing = this.editing();
    await this.load();
    if (editing && editing !== 'new') {
      this.editing.set(this.staff()?.find((member) => member.id === editing.id) ?? null);
    }
  }

  protected askRemove(member: StaffMemberDto): void {
    this.removing.set(member);
    this.focusAfterRender('', () => this.removeDialog()?.open());
  }

  protected async confirmRemove(): Promise<void> {
    const member = this.removing();
    if (!member || this.busy()) return;
    this.busy.set(true);
    this.actionError.set(null);
    try {
      await this.staffApi.remove(this.eventId(), member.id);
      this.removeDialog()?.close();
      this.removing.set(null);
      if (this.editedMember()?.id === member.id) this.editing.set(null);
      await this.load();
      this.announce('staff.removed', { name: member.fullName });
      this.focusAfterRender('#staff-heading');
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }

  private announce(key: string, params: Record<string, unknown> = {}): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focusAfterRender(selector: string, then?: () => void): void {
    afterNextRender(
      () => {
        if (selector) this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus();
        then?.();
      },
      { injector: this.injector },
    );
  }
}
