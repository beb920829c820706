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
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EventDto, RISK_LEVELS, SiteDto } from '@tryggplan/shared/domain';
import { PartnerFeedbackApi, UiLanguage, errorMessage } from '@tryggplan/web/core';
import { FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { CopyRegister } from '../copy-register/copy-register';
import {
  DEFAULT_SORT,
  EMPTY_FILTER,
  inChosenCell,
  isFiltered,
  nextSort,
  ownersOf,
  RegisterFilter,
  registerQuery,
  RegisterSort,
  SortColumn,
} from '../register-filter';
import { RegisterFilters } from '../register-filters/register-filters';
import { RiskImport } from '../risk-import/risk-import';
import { RiskLevelBadge } from '../risk-level/risk-level';
import { ChosenCell, RiskMatrix } from '../risk-matrix/risk-matrix';
import { RiskTable } from '../risk-table/risk-table';
import { MatrixBasis, RiskMatrix as RiskMatrixDto, riskDownloadUrl, RiskPage, RisksApi } from '../risks-api';
import { TemplateLibrary } from '../template-library/template-library';
import { RegisterViewState } from '../register-view-state';

type Panel = 'templates' | 'copy' | 'import';

/** `/events/:eventId/risks`: the register with its heat map, filters, library, import and export. */
@Component({
  selector: 'tp-register-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    RegisterFilters,
    RiskTable,
    RiskMatrix,
    RiskLevelBadge,
    TemplateLibrary,
    CopyRegister,
    RiskImport,
  ],
  templateUrl: './register-page.html',
  styleUrl: './register-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterPage {
  private readonly risksApi = inject(RisksApi);
  private readonly feedback = inject(PartnerFeedbackApi);
  private readonly viewState = inject(RegisterViewState);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly levels = RISK_LEVELS;
  protected readonly event = signal<EventDto | null>(null);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly owners = signal<string[]>([]);
  protected readonly page = signal<RiskPage | null>(null);
  protected readonly matrix = signal<RiskMatrixDto | null>(null);
  protected readonly basis = signal<MatrixBasis>('inherent');
  protected readonly filter = signal<RegisterFilter>(EMPTY_FILTER);
  protected readonly sort = signal<RegisterSort>(DEFAULT_SORT);
  protected readonly panel = signal<Panel | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly announcement = signal('');
  /** New partner comments per risk, until the coordinator opens sharing and review. */
  protected readonly unread = signal<Record<string, number>>({});
  protected readonly filtered = computed(() => isFiltered(this.filter()));
  protected readonly risks = computed(() =>
    (this.page()?.items ?? []).filter((risk) => inChosenCell(risk, this.filter().cell)),
  );
  protected readonly chosenCell = computed(() => {
    const cell = this.filter().cell;
    return cell && cell.basis === this.basis() ? cell : null;
  });
  protected readonly counts = computed(() => {
    const counts = this.page()?.countsByLevel;
    return counts ? [...RISK_LEVELS].reverse().map((level) => ({ level, count: counts[level] })) : [];
  });

  protected readonly registerTotal = computed(() => this.counts().reduce((sum, item) => sum + item.count, 0));

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => {
        const view = this.viewState.get(eventId);
        this.filter.set(view.filter);
        this.sort.set(view.sort);
        this.basis.set(view.basis);
        void this.loadEvent(eventId);
        void this.loadUnread(eventId);
      });
    });
    effect(() => {
      const view = { filter: this.filter(), sort: this.sort(), basis: this.basis() };
      untracked(() => this.viewState.set(this.eventId(), view));
    });
    effect(() => {
      const query = registerQuery(this.filter(), this.sort());
      untracked(() => void this.loadRisks(query));
    });
    effect(() => {
      const basis = this.basis();
      untracked(() => void this.loadMatrix(basis));
    });
  }

  protected downloadUrl(file: 'csv' | 'pdf', lang = this.lang()): string {
    return riskDownloadUrl(this.eventId(), file, lang);
  }

  protected onFilterChange(filter: RegisterFilter): void {
    this.filter.set(filter);
  }

  protected onSort(column: SortColumn): void {
    this.sort.update((sort) => nextSort(sort, column));
  }

  protected onCellChosen(cell: ChosenCell): void {
    const chosen = this.chosenCell();
    if (chosen && chosen.likelihood === cell.likelihood && chosen.consequence === cell.consequence) {
      // a second press on the chosen cell lets go of it, like a toggle button
      this.clearCell();
      this.announce('risks.matrix.cleared');
      return;
    }
    this.filter.update((filter) => ({ ...filter, cell: { ...cell, basis: this.basis() } }));
    this.announce('risks.matrix.filtered', { likelihood: cell.likelihood, consequence: cell.consequence });
  }

  protected clearCell(): void {
    this.filter.update((filter) => ({ ...filter, cell: null }));
  }

  protected clearFilters(): void {
    this.filter.set(EMPTY_FILTER);
    this.focusAfterRender('#risk-filter-q');
  }

  protected togglePanel(panel: Panel): void {
    this.panel.update((open) => (open === panel ? null : panel));
  }

  protected onTemplateAdded(): void {
    this.announce('risks.templates.addedStatus');
    this.refresh();
  }

  protected onCopied(count: number): void {
    this.panel.set(null);
    this.announce('risks.copy.done', { count });
    this.refresh();
  }

  protected onImported(count: number): void {
    this.panel.set(null);
    this.announce('risks.import.done', { count });
    this.refresh();
  }

  private refresh(): void {
    void this.loadRisks(registerQuery(this.filter(), this.sort()));
    void this.loadMatrix(this.basis());
  }

  /** A help beside the list: when the counts cannot be read the risks simply show none. */
  private async loadUnread(eventId: string): Promise<void> {
    const unread = await this.feedback.unread(eventId).catch(() => null);
    this.unread.set(unread?.riskIds ?? {});
  }

  private async loadEvent(eventId: string): Promise<void> {
    try {
      const [event, sites] = await Promise.all([this.risksApi.event(eventId), this.risksApi.sites(eventId)]);
      this.event.set(event);
      this.sites.set(sites.items);
      this.title.setTitle(
        `${this.transloco.translate('risks.register.heading')} – ${event.name} – ${this.transloco.translate('app.name')}`,
      );
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  private async loadRisks(query: ReturnType<typeof registerQuery>): Promise<void> {
    try {
      const page = await this.risksApi.list(this.eventId(), query);
      // answers can arrive out of order: keep only the one for the current filter
      if (JSON.stringify(query) !== JSON.stringify(registerQuery(this.filter(), this.sort()))) return;
      this.page.set(page);
      if (!this.filtered()) this.owners.set(ownersOf(page.items));
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  private async loadMatrix(basis: MatrixBasis): Promise<void> {
    try {
      const matrix = await this.risksApi.matrix(this.eventId(), basis);
      if (basis === this.basis()) this.matrix.set(matrix);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }

  private announce(key: string, params?: Record<string, unknown>): void {
    this.announcement.set(this.transloco.translate(key, params));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
