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
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  EventDto,
  IncidentSummaryDto,
  LatLng,
  SiteDto,
  SiteGeometry,
  SiteGeometryType,
  SiteKind,
  SITE_KIND_LABELS,
  SITE_KINDS,
  SitePlanDto,
} from '@tryggplan/shared/domain';
import { PublicConfigStore, toFormErrors, UiLanguage, formErrorOptions } from '@tryggplan/web/core';
import {
  ConfirmDialog,
  DrawLayer,
  FormAlert,
  IncidentLayer,
  KindSymbol,
  MapHost,
  MapSitePlan,
  SiteGeometryChange,
  SiteLayer,
  SitePlanOverlay,
  StatusMessage,
} from '@tryggplan/web/ui';
import { mapIncidents } from '../map-incidents';
import { SiteForm } from '../site-form/site-form';
import { moveGeometryTo } from '../site-geometry-placement';
import { SitePlanDraft, SitePlanPanel } from '../site-plan-panel/site-plan-panel';
import { SitePopup } from '../site-popup/site-popup';
import { ScheduleEntry, sitePlanImageUrl, SitesApi, sitesGeoJsonUrl } from '../sites-api';

/** The list shows this many sites at most; a search narrows it (the map shows them all). */
const LIST_LIMIT = 200;

const DRAW_TOOLS: { mode: SiteGeometryType; key: string; hint: string }[] = [
  { mode: 'Point', key: 'maps.draw.point', hint: 'maps.draw.pointHint' },
  { mode: 'Polygon', key: 'maps.draw.polygon', hint: 'maps.draw.polygonHint' },
  { mode: 'LineString', key: 'maps.draw.line', hint: 'maps.draw.lineHint' },
];

/**
 * The event's map editor: draw, move, reshape and delete sites; a legend that shows or hides kinds;
 * a searchable list in step with the map (every action can be done from it by keyboard); GeoJSON
 * import and export; and the organiser's site plan under the sites.
 */
@Component({
  selector: 'tp-site-editor',
  imports: [
    StatusMessage,
    TranslocoPipe,
    MapHost,
    SiteLayer,
    SitePlanOverlay,
    DrawLayer,
    IncidentLayer,
    SitePopup,
    SiteForm,
    SitePlanPanel,
    KindSymbol,
    FormAlert,
    ConfirmDialog,
  ],
  templateUrl: './site-editor.html',
  styleUrl: './site-editor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SiteEditor {
  private readonly sitesApi = inject(SitesApi);
  private readonly transloco = inject(TranslocoService);
  private readonly configStore = inject(PublicConfigStore);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly event = input.required<EventDto>();
  /** Incidents to show on the map, at their point or their site (none by default). */
  readonly incidents = input<readonly IncidentSummaryDto[]>([]);
  /** An incident marker was chosen (click, Enter or Space): its id. */
  readonly incidentSelected = output<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly config = this.configStore.config;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly kinds = SITE_KINDS;
  protected readonly drawTools = DRAW_TOOLS;

  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly schedule = signal<ScheduleEntry[]>([]);
  protected readonly hiddenKinds = signal<SiteKind[]>([]);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly popupOpen = signal(false);
  protected readonly popupEditing = signal(false);
  protected readonly drawMode = signal<SiteGeometryType | null>(null);
  protected readonly drawnGeometry = signal<SiteGeometry | null>(null);
  protected readonly newSitePoint = signal<LatLng | null>(null);
  protected readonly editingId = signal<string | null>(null);
  protected readonly query = signal('');
  protected readonly announcement = signal('');
  protected readonly actionError = signal<string | null>(null);
  protected readonly actionErrorItems = signal<string[]>([]);
  protected readonly conflict = signal(false);
  protected readonly importErrors = signal<string[] | null>(null);
  protected readonly importing = signal(false);
  protected readonly siteToDelete = signal<SiteDto | null>(null);
  protected readonly deleting = signal(false);
  protected readonly sitePlan = signal<SitePlanDto | null>(null);
  protected readonly sitePlanDraft = signal<SitePlanDraft | null>(null);
  protected readonly placingSitePlan = signal(false);

  protected readonly drawHint = computed(
    () => DRAW_TOOLS.find((tool) => tool.mode === this.drawMode())?.hint,
  );
  protected readonly selected = computed(
    () => this.sites().find((site) => site.id === this.selectedId()) ?? null,
  );
  protected readonly counts = computed(() => {
    const counts = new Map<SiteKind, number>();
    for (const site of this.sites()) counts.set(site.kind, (counts.get(site.kind) ?? 0) + 1);
    return counts;
  });
  protected readonly matches = computed(() => {
    const query = this.query().trim().toLocaleLowerCase(this.lang());
    const sites = this.sites();
    return query ? sites.filter((site) => site.name.toLocaleLowerCase(this.lang()).includes(query)) : sites;
  });
  protected readonly listed = computed(() => this.matches().slice(0, LIST_LIMIT));
  protected readonly mapSitePlan = computed<MapSitePlan | null>(() => {
    const plan = this.sitePlan();
    const draft = this.sitePlanDraft();
    return plan && draft ? { url: sitePlanImageUrl(plan.eventId, plan.version), ...draft } : null;
  });
  protected readonly shownIncidents = computed(() => mapIncidents(this.incidents(), this.sites()));
  protected readonly exportUrl = computed(() => sitesGeoJsonUrl(this.event().id));

  private readonly map = viewChild.required(MapHost);
  private readonly siteLayer = viewChild.required(SiteLayer);
  private readonly drawLayer = viewChild.required(DrawLayer);
  private readonly deleteDialog = viewChild<ConfirmDialog>('deleteSiteDialog');
  private mapCenter: LatLng | null = null;
  private geometrySaves: Promise<void> = Promise.resolve();

  constructor() {
    void this.configStore.load();
    effect(() => {
      const eventId = this.event().id;
      untracked(() => void this.load(eventId));
    });
  }

  protected async load(eventId = this.event().id): Promise<void> {
    try {
      const [sites, schedule, plan] = await Promise.all([
        this.sitesApi.list(eventId),
        this.sitesApi.schedule(eventId).catch(() => []),
        this.sitesApi.sitePlan(eventId).catch(() => null),
      ]);
      this.sites.set(sites.items);
      this.schedule.set(schedule);
      this.sitePlan.set(plan);
      this.sitePlanDraft.set(plan ? { bounds: plan.bounds, opacity: plan.opacity } : null);
    } catch (error) {
      this.showError(error);
    }
  }

  protected async reload(): Promise<void> {
    this.conflict.set(false);
    this.actionError.set(null);
    await this.load();
    this.announce('maps.reloaded');
  }

  // --- selection: the map and the list show the same site

  protected selectOnMap(id: string): void {
    if (this.drawMode() || this.editingId() === id) return;
    this.selectedId.set(id);
    this.popupEditing.set(false);
    this.popupOpen.set(true);
    afterNextRender(
      () =>
        this.host.nativeElement
          .querySelector(`[data-site-id="${CSS.escape(id)}"]`)
          ?.scrollIntoView({ block: 'nearest' }),
      { injector: this.injector },
    );
  }

  protected selectInList(site: SiteDto, edit = false): void {
    if (this.hiddenKinds().includes(site.kind)) this.toggleKind(site.kind);
    this.selectedId.set(site.id);
    this.popupEditing.set(edit);
    this.popupOpen.set(true);
    this.siteLayer().showSite(site.id);
    if (!edit) this.focusAfterRender('#site-popup-heading');
  }

  protected closePopup(): void {
    const id = this.selectedId();
    this.popupOpen.set(false);
    this.popupEditing.set(false);
    if (id) this.focusAfterRender(`[data-site-id="${CSS.escape(id)}"] .site-list__select`);
  }

  protected onPopupClosed(): void {
    this.popupOpen.set(false);
    this.popupEditing.set(false);
  }

  // --- layers and view

  protected toggleKind(kind: SiteKind): void {
    this.hiddenKinds.update((hidden) =>
      hidden.includes(kind) ? hidden.filter((candidate) => candidate !== kind) : [...hidden, kind],
    );
  }

  protected fit(): void {
    this.map().fit();
  }

  /** The part of the map now shown, for printing it; null before the map has loaded. */
  visibleBounds(): { west: number; south: number; east: number; north: number } | null {
    const bounds = this.map().loaded()?.map.getBounds();
    if (!bounds?.isValid()) return null;
    return {
      west: bounds.getWest(),
      south: bounds.getSouth(),
      east: bounds.getEast(),
      north: bounds.getNorth(),
    };
  }

  protected onMapCenter(center: LatLng): void {
    this.mapCenter = center;
  }

  // --- adding sites: click, draw, or the keyboard at the map's centre

  protected onMapClick(point: LatLng): void {
    if (this.editingId()) return;
    this.popupOpen.set(false);
    this.selectedId.set(null);
    this.drawnGeometry.set(null);
    this.newSitePoint.set(point);
  }

  protected startNewSiteAtCenter(): void {
    this.drawnGeometry.set(null);
    this.newSitePoint.set(this.mapCenter ?? this.event().center ?? null);
  }

  protected startDrawing(mode: SiteGeometryType): void {
    this.editingId.set(null);
    this.popupOpen.set(false);
    this.newSitePoint.set(null);
    this.drawnGeometry.set(null);
    this.drawMode.set(this.drawMode() === mode ? null : mode);
    if (this.drawMode()) this.announce('maps.draw.started');
  }

  protected finishDrawing(): void {
    this.drawLayer().finish();
  }

  protected cancelDrawing(): void {
    this.drawMode.set(null);
    this.focusAfterRender('#map-tools');
  }

  protected onDrawn(geometry: SiteGeometry): void {
    this.drawMode.set(null);
    const first =
      geometry.type === 'Point'
        ? geometry.coordinates
        : geometry.type === 'LineString'
          ? geometry.coordinates[0]
          : geometry.coordinates[0][0];
    this.drawnGeometry.set(geometry);
    this.newSitePoint.set({ lat: first[1], lng: first[0] });
  }

  protected onSiteSaved(site: SiteDto): void {
    this.sites.update((sites) => [...sites, site]);
    this.newSitePoint.set(null);
    this.drawnGeometry.set(null);
    this.selectedId.set(site.id);
    this.announce('sites.saved', { name: site.name });
    this.focusAfterRender('#add-site-button');
  }

  protected cancelNewSite(): void {
    this.newSitePoint.set(null);
    this.drawnGeometry.set(null);
    this.focusAfterRender('#add-site-button');
  }

  // --- changing sites

  protected onPopupSaved(site: SiteDto): void {
    this.replace(site);
    this.announce('maps.updated', { name: site.name });
  }

  protected startShapeEditing(site: SiteDto): void {
    this.popupOpen.set(false);
    this.drawMode.set(null);
    this.editingId.set(site.id);
    this.siteLayer().showSite(site.id);
    this.announce('maps.shape.started', { name: site.name });
    this.focusAfterRender('#shape-done');
  }

  protected stopShapeEditing(): void {
    const id = this.editingId();
    this.editingId.set(null);
    if (id) this.focusAfterRender(`[data-site-id="${CSS.escape(id)}"] .site-list__select`);
  }

  protected onGeometryChange({ id, geometry }: SiteGeometryChange): void {
    this.queueGeometry(id, () => geometry);
  }

  protected moveToCenter(site: SiteDto): void {
    const center = this.mapCenter;
    if (center) this.queueGeometry(site.id, (current) => moveGeometryTo(current.geometry, center));
  }

  /** One save at a time, each with the version the previous one returned, so quick edits do not collide. */
  private queueGeometry(id: string, geometryOf: (site: SiteDto) => SiteGeometry): void {
    this.geometrySaves = this.geometrySaves.then(() => {
      const site = this.sites().find((candidate) => candidate.id === id);
      return site ? this.saveGeometry(site, geometryOf(site)) : undefined;
    });
  }

  protected askDelete(site: SiteDto): void {
    this.siteToDelete.set(site);
    this.actionError.set(null);
    afterNextRender(() => this.deleteDialog()?.open(), { injector: this.injector });
  }

  protected async deleteSite(): Promise<void> {
    const site = this.siteToDelete();
    if (!site || this.deleting()) return;
    this.deleting.set(true);
    try {
      await this.sitesApi.remove(this.event().id, site.id);
      this.sites.update((sites) => sites.filter((candidate) => candidate.id !== site.id));
      if (this.selectedId() === site.id) this.selectedId.set(null);
      if (this.editingId() === site.id) this.editingId.set(null);
      this.deleteDialog()?.close();
      this.announce('sites.deleted', { name: site.name });
      this.focusAfterRender('#sites-heading');
    } catch (error) {
      this.deleteDialog()?.close();
      this.showError(error);
    } finally {
      this.deleting.set(false);
      this.siteToDelete.set(null);
    }
  }

  // --- GeoJSON

  protected async importFile(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file || this.importing()) return;
    this.importErrors.set(null);
    let collection: unknown;
    try {
      collection = JSON.parse(await file.text());
    } catch {
      this.importErrors.set([this.transloco.translate('maps.import.notJson')]);
      input.value = '';
      return;
    }
    this.importing.set(true);
    try {
      const result = await this.sitesApi.import(this.event().id, collection);
      await this.load();
      this.announce('maps.import.done', { count: String(result.total) });
    } catch (error) {
      // no form fields here: every detail comes back as "field: message" in `other`
      const errors = toFormErrors(error, formErrorOptions(this.transloco, { fields: [] }));
      this.importErrors.set(errors.other.length > 0 ? errors.other.map(withoutField) : [errors.message]);
      this.focusAfterRender('#import-errors');
    } finally {
      this.importing.set(false);
      input.value = '';
    }
  }

  private async saveGeometry(site: SiteDto, geometry: SiteGeometry): Promise<void> {
    this.actionError.set(null);
    try {
      this.replace(await this.sitesApi.update(this.event().id, site.id, { geometry, version: site.version }));
      this.announce('maps.updated', { name: site.name });
    } catch (error) {
      // a fresh copy makes the map redraw the shape as it was saved
      this.replace({ ...site });
      this.showError(error);
    }
  }

  private replace(site: SiteDto): void {
    this.sites.update((sites) => sites.map((candidate) => (candidate.id === site.id ? site : candidate)));
  }

  private showError(error: unknown): void {
    const errors = toFormErrors(error, formErrorOptions(this.transloco, { fields: [] }));
    this.conflict.set(errors.status === 409);
    this.actionError.set(errors.status === 409 ? this.transloco.translate('maps.conflict') : errors.message);
    this.actionErrorItems.set(errors.other.map(withoutField));
    this.focusAfterRender('#map-heading');
  }

  private announce(key: string, params?: Record<string, string>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}

/** "features[1].geometry: Feature 2 …" → "Feature 2 …": the import's messages name the feature already. */
function withoutField(item: string): string {
  const separator = item.indexOf(': ');
  return separator > 0 && /^[\w.[\]]+$/.test(item.slice(0, separator)) ? item.slice(separator + 2) : item;
}
