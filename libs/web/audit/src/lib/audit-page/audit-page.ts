import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { DEFAULT_TIMEZONE, EventDto } from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { FormAlert, Pager } from '@tryggplan/web/ui';
import { AuditApi, AuditEntry } from '../audit-api';

const PAGE_SIZE = 50;

/** `/admin/audit`: who (or which personal link) read or changed what, when and from where; admins only. */
@Component({
  selector: 'tp-audit-page',
  imports: [ReactiveFormsModule, TranslocoPipe, FormAlert, Pager],
  templateUrl: './audit-page.html',
  styles: `
    .audit-table {
      font-size: 0.9375rem;
    }
    .nowrap {
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditPage {
  private readonly auditApi = inject(AuditApi);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);

  /** Query parameters: the filters, so a filtered view can be linked to. */
  readonly eventId = input<string | undefined>(undefined);
  readonly subject = input<string | undefined>(undefined);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly events = signal<EventDto[]>([]);
  protected readonly entries = signal<AuditEntry[] | null>(null);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected readonly loadError = signal<string | null>(null);
  protected readonly eventNames = computed(
    () => new Map(this.events().map((event) => [event.id, event.name])),
  );
  protected readonly pageEnd = computed(() => Math.min(this.offset() + PAGE_SIZE, this.total()));
  protected readonly filters = new FormGroup({
    eventId: new FormControl('', { nonNullable: true }),
    subject: new FormControl('', { nonNullable: true }),
  });

  constructor() {
    void this.auditApi.events().then(
      (page) => this.events.set(page.items),
      () => undefined,
    );
    effect(() => {
      const eventId = this.eventId() ?? '';
      const subject = this.subject() ?? '';
      untracked(() => {
        this.filters.setValue({ eventId, subject });
        this.offset.set(0);
        void this.load();
      });
    });
  }

  /** "2027-06-28 10:00:05" in Stockholm time: compact, sortable by eye, to the second. */
  protected when(iso: string): string {
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone: DEFAULT_TIMEZONE,
      dateStyle: 'short',
      timeStyle: 'medium',
    }).format(new Date(iso));
  }

  protected actor(entry: AuditEntry): string {
    if (entry.actorType === 'user') return entry.actorLabel ?? entry.actorId ?? '';
    if (entry.actorType === 'link') {
      return this.transloco.translate('audit.actor.link', { id: entry.actorId ?? '' });
    }
    return this.transloco.translate(`audit.actor.${entry.actorType}`);
  }

  protected detailsText(entry: AuditEntry): string {
    const count = entry.details?.['count'];
    return typeof count === 'number' ? this.transloco.translate('audit.count', { count }) : '';
  }

  protected applyFilters(): void {
    const { eventId, subject } = this.filters.getRawValue();
    void this.router.navigate([], {
      queryParams: { eventId: eventId || null, subject: subject.trim() || null },
    });
  }

  protected filterBySubject(subject: string): void {
    this.filters.controls.subject.setValue(subject);
    this.applyFilters();
  }

  protected page(step: 1 | -1): void {
    this.offset.update((offset) => Math.max(0, offset + step * PAGE_SIZE));
    void this.load();
  }

  protected hasNext(): boolean {
    return this.offset() + PAGE_SIZE < this.total();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    const { eventId, subject } = this.filters.getRawValue();
    try {
      const page = await this.auditApi.list({
        eventId: eventId || undefined,
        subject: subject.trim() || undefined,
        limit: PAGE_SIZE,
        offset: this.offset(),
      });
      this.entries.set(page.items);
      this.total.set(page.total);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }
}
