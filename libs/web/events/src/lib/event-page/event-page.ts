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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  CONTACT_ROLE_LABELS,
  EventDto,
  EVENT_STATUS_LABELS,
  Language,
  LatLng,
  SiteDto,
  SITE_KIND_LABELS,
} from '@tryggplan/shared/domain';
import { PublicConfigStore, toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { ConfirmDialog, DateSpanPipe, DateTimePipe, FormAlert, SiteMap } from '@tryggplan/web/ui';
import { EventEditForm } from '../event-edit-form/event-edit-form';
import { briefingPdfUrl, EventsApi } from '../events-api';
import { SiteForm } from '../site-form/site-form';

/** `/events/:eventId`: details and editing, the map with its sites, and the briefing folder. */
@Component({
  selector: 'tp-event-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    DateTimePipe,
    DateSpanPipe,
    SiteMap,
    ConfirmDialog,
    FormAlert,
    EventEditForm,
    SiteForm,
  ],
  templateUrl: './event-page.html',
  styleUrl: './event-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventPage {
  private readonly eventsApi = inject(EventsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly configStore = inject(PublicConfigStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly config = this.configStore.config;
  protected readonly statusLabels = EVENT_STATUS_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly coordinatorLabel = CONTACT_ROLE_LABELS['security-coordinator'];

  protected readonly event = signal<EventDto | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly editing = signal(false);
  protected readonly newSitePoint = signal<LatLng | null>(null);
  protected readonly siteToDelete = signal<SiteDto | null>(null);
  protected readonly deleting = signal(false);
  protected readonly coordinator = computed(() =>
    this.event()?.contacts.find((contact) => contact.role === 'security-coordinator'),
  );

  private readonly mapCenter = signal<LatLng | null>(null);
  private readonly deleteEventDialog = viewChild<ConfirmDialog>('deleteEventDialog');
  private readonly deleteSiteDialog = viewChild<ConfirmDialog>('deleteSiteDialog');

  constructor() {
    void this.configStore.load();
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.load(eventId));
    });
  }

  protected briefingUrl(lang: Language): string {
    return briefingPdfUrl(this.eventId(), lang);
  }

  protected async load(eventId = this.eventId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [event, sites] = await Promise.all([this.eventsApi.get(eventId), this.eventsApi.sites(eventId)]);
      this.showEvent(event);
      this.sites.set(sites.items);
    } catch (error) {
      this.loadError.set(this.messageOf(error));
    }
  }

  protected async reloadEvent(): Promise<void> {
    try {
      this.showEvent(await this.eventsApi.get(this.eventId()));
      this.announce('events.edit.reloaded');
    } catch (error) {
      this.actionError.set(this.messageOf(error));
    }
  }

  protected startEditing(): void {
    this.editing.set(true);
    this.focusAfterRender('#event-edit-name');
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focusAfterRender('#event-edit-button');
  }

  protected onSaved(event: EventDto): void {
    this.showEvent(event);
    this.stopEditing();
    this.announce('events.edit.saved');
  }

  protected startNewSite(point: LatLng): void {
    this.newSitePoint.set(point);
  }

  protected startNewSiteAtCenter(): void {
    const event = this.event();
    this.newSitePoint.set(this.mapCenter() ?? event?.center ?? null);
  }

  protected onMapCenter(center: LatLng): void {
    this.mapCenter.set(center);
  }

  protected onSiteSaved(site: SiteDto): void {
    this.sites.update((sites) => [...sites, site]);
    this.newSitePoint.set(null);
    this.announce('sites.saved', { name: site.name });
    this.focusAfterRender('#add-site-button');
  }

  protected cancelNewSite(): void {
    this.newSitePoint.set(null);
    this.focusAfterRender('#add-site-button');
  }

  protected askDeleteSite(site: SiteDto): void {
    this.siteToDelete.set(site);
    this.actionError.set(null);
    afterNextRender(() => this.deleteSiteDialog()?.open(), { injector: this.injector });
  }

  protected async deleteSite(): Promise<void> {
    const site = this.siteToDelete();
    if (!site || this.deleting()) return;
    this.deleting.set(true);
    try {
      await this.eventsApi.removeSite(this.eventId(), site.id);
      this.sites.update((sites) => sites.filter((candidate) => candidate.id !== site.id));
      this.deleteSiteDialog()?.close();
      this.announce('sites.deleted', { name: site.name });
      this.focusAfterRender('#sites-heading');
    } catch (error) {
      this.deleteSiteDialog()?.close();
      this.actionError.set(this.messageOf(error));
    } finally {
      this.deleting.set(false);
      this.siteToDelete.set(null);
    }
  }

  protected askDeleteEvent(): void {
    this.actionError.set(null);
    this.deleteEventDialog()?.open();
  }

  protected async deleteEvent(): Promise<void> {
    if (this.deleting()) return;
    this.deleting.set(true);
    try {
      await this.eventsApi.remove(this.eventId());
      this.deleteEventDialog()?.close();
      await this.router.navigate(['/events']);
    } catch (error) {
      this.deleteEventDialog()?.close();
      this.actionError.set(this.messageOf(error));
    } finally {
      this.deleting.set(false);
    }
  }

  private showEvent(event: EventDto): void {
    this.event.set(event);
    this.title.setTitle(`${event.name} – ${this.transloco.translate('app.name')}`);
  }

  private announce(key: string, params?: Record<string, string>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private messageOf(error: unknown): string {
    return toFormErrors(error, { fallbackMessage: this.transloco.translate('errors.unexpected') }).message;
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
