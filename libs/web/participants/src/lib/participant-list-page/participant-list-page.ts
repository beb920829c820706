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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EventDto,
  PARTICIPANT_ROLE_LABELS,
  PARTICIPANT_ROLES,
  ParticipantDto,
  ParticipantRole,
  PROTECTION_LEVEL_LABELS,
  PROTECTION_LEVELS,
  ProtectionLevel,
  SiteDto,
} from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { DateTimePipe, DateTimeField, FormAlert, Pager, StatusMessage } from '@tryggplan/web/ui';
import { linksAsCsv, saveFile } from '../file-download';
import { ParticipantForm } from '../participant-form/participant-form';
import { ParticipantListQuery, ParticipantsApi, participantsExportUrl } from '../participants-api';

const PAGE_SIZE = 25;
type SortColumn = 'fullName' | 'role' | 'organization' | 'protectionLevel' | 'arrivalAt';

/** `/events/:eventId/participants`: the people the unit protects, filtered, sorted and paged on the server. */
@Component({
  selector: 'tp-participant-list-page',
  imports: [
    StatusMessage,
    RouterLink,
    ReactiveFormsModule,
    TranslocoPipe,
    DateTimePipe,
    FormAlert,
    DateTimeField,
    ParticipantForm,
    Pager,
  ],
  templateUrl: './participant-list-page.html',
  styles: `
    .sort-button {
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 700;
      text-decoration: underline;
      cursor: pointer;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ParticipantListPage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roles = PARTICIPANT_ROLES;
  protected readonly levels = PROTECTION_LEVELS;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly levelLabels = PROTECTION_LEVEL_LABELS;
  protected readonly columns: SortColumn[] = [
    'fullName',
    'role',
    'organization',
    'protectionLevel',
    'arrivalAt',
  ];

  protected readonly event = signal<EventDto | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly items = signal<ParticipantDto[] | null>(null);
  protected readonly total = signal(0);
  protected readonly offset = signal(0);
  protected readonly sort = signal<{ column: SortColumn; direction: 'asc' | 'desc' }>({
    column: 'fullName',
    direction: 'asc',
  });
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly creating = signal(false);
  protected readonly linksBusy = signal(false);
  protected readonly filters = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    role: new FormControl<ParticipantRole | ''>('', { nonNullable: true }),
    protectionLevel: new FormControl<ProtectionLevel | ''>('', { nonNullable: true }),
    organization: new FormControl('', { nonNullable: true }),
    day: new FormControl('', { nonNullable: true }),
  });
  protected readonly pageEnd = computed(() => Math.min(this.offset() + PAGE_SIZE, this.total()));
  protected readonly hasPrevious = computed(() => this.offset() > 0);
  protected readonly hasNext = computed(() => this.offset() + PAGE_SIZE < this.total());

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.loadEvent(eventId));
    });
  }

  protected exportUrl(kind: 'csv' | 'xlsx'): string {
    return participantsExportUrl(this.eventId(), kind, this.lang());
  }

  protected applyFilters(): void {
    // a day the field cannot read is worded beside the field; the list keeps its last filter
    if (this.filters.invalid) return;
    this.offset.set(0);
    void this.load();
  }

  protected clearFilters(): void {
    this.filters.reset();
    this.applyFilters();
  }

  protected sortBy(column: SortColumn): void {
    const current = this.sort();
    const direction = current.column === column && current.direction === 'asc' ? 'desc' : 'asc';
    this.sort.set({ column, direction });
    this.offset.set(0);
    void this.load();
  }

  protected ariaSort(column: SortColumn): 'ascending' | 'descending' | null {
    const current = this.sort();
    if (current.column !== column) return null;
    return current.direction === 'asc' ? 'ascending' : 'descending';
  }

  protected page(step: 1 | -1): void {
    this.offset.update((offset) => Math.max(0, offset + step * PAGE_SIZE));
    void this.load();
  }

  protected async onCreated(participant: ParticipantDto): Promise<void> {
    this.creating.set(false);
    await this.router.navigate(['/events', this.eventId(), 'participants', participant.id]);
  }

  /** New links for everyone (earlier ones stop working) and the list as a file to send out. */
  protected async createLinksForAll(): Promise<void> {
    if (this.linksBusy()) return;
    this.linksBusy.set(true);
    this.actionError.set(null);
    try {
      const links = await this.participantsApi.createLinksForAll(this.eventId());
      const names = await this.allNames();
      const header = ['name', 'link', 'expiresAt'].map((key) =>
        this.transloco.translate(`participants.links.file.${key}`),
      );
      saveFile(
        this.transloco.translate('participants.links.file.fileName'),
        'text/csv;charset=utf-8',
        linksAsCsv(links, names, header, this.lang()),
      );
      this.announcement.set(
        this.transloco.translate('participants.links.allCreated', { count: links.length }),
      );
      void this.load();
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.linksBusy.set(false);
    }
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    const { column, direction } = this.sort();
    const query: ParticipantListQuery = {
      ...this.filters.getRawValue(),
      limit: PAGE_SIZE,
      offset: this.offset(),
      sort: `${column}:${direction}`,
    };
    try {
      const page = await this.participantsApi.list(this.eventId(), query);
      this.items.set(page.items);
      this.total.set(page.total);
      this.announcement.set(this.transloco.translate('participants.list.count', { count: page.total }));
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  private async loadEvent(eventId: string): Promise<void> {
    try {
      const [event, sites] = await Promise.all([
        this.participantsApi.event(eventId),
        this.participantsApi.sites(eventId),
      ]);
      this.event.set(event);
      this.sites.set(sites.items);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
      return;
    }
    await this.load();
  }

  private async allNames(): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for (let offset = 0; ; offset += 500) {
      const page = await this.participantsApi.list(this.eventId(), {
        limit: 500,
        offset,
        sort: 'fullName:asc',
      });
      for (const person of page.items) names.set(person.id, person.fullName);
      if (offset + 500 >= page.total) return names;
    }
  }
}
