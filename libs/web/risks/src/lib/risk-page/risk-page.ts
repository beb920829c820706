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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  MITIGATION_STATUS_LABELS,
  RISK_CATEGORY_LABELS,
  RISK_STATUS_LABELS,
  RISK_TREATMENT_LABELS,
  RiskChangeDto,
  RiskDto,
  SiteDto,
} from '@tryggplan/shared/domain';
import { UiLanguage, errorMessage } from '@tryggplan/web/core';
import { ConfirmDialog, FormAlert, StatusMessage } from '@tryggplan/web/ui';
import { mitigationDue, stockholmToday } from '../mitigation-due';
import { RiskForm } from '../risk-form/risk-form';
import { RiskHistory } from '../risk-history/risk-history';
import { RiskLevelBadge } from '../risk-level/risk-level';
import { RisksApi } from '../risks-api';

/** `/events/:eventId/risks/:riskId`: the risk's details, mitigations and change history; edit and delete. */
@Component({
  selector: 'tp-risk-page',
  imports: [
    StatusMessage,
    RouterLink,
    TranslocoPipe,
    FormAlert,
    ConfirmDialog,
    RiskForm,
    RiskHistory,
    RiskLevelBadge,
  ],
  templateUrl: './risk-page.html',
  styleUrl: './risk-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RiskPage {
  private readonly risksApi = inject(RisksApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);

  readonly eventId = input.required<string>();
  readonly riskId = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly statusLabels = RISK_STATUS_LABELS;
  protected readonly treatmentLabels = RISK_TREATMENT_LABELS;
  protected readonly mitigationStatusLabels = MITIGATION_STATUS_LABELS;
  protected readonly risk = signal<RiskDto | null>(null);
  protected readonly history = signal<RiskChangeDto[]>([]);
  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly loadError = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly editing = signal(false);
  protected readonly deleting = signal(false);
  protected readonly siteNames = computed(() => new Map(this.sites().map((site) => [site.id, site.name])));
  protected readonly linkedSites = computed(() =>
    (this.risk()?.siteIds ?? []).map((id) => this.siteNames().get(id) ?? id),
  );
  protected readonly today = stockholmToday();
  protected readonly due = computed(() => mitigationDue(this.risk()?.mitigations ?? [], this.today));

  private readonly deleteDialog = viewChild<ConfirmDialog>('deleteDialog');

  constructor() {
    effect(() => {
      const [eventId, riskId] = [this.eventId(), this.riskId()];
      untracked(() => void this.load(eventId, riskId));
    });
    if (this.router.getCurrentNavigation()?.extras.state?.['created']) this.announce('risks.page.created');
  }

  protected async load(eventId = this.eventId(), riskId = this.riskId()): Promise<void> {
    this.loadError.set(null);
    try {
      const [risk, history, sites] = await Promise.all([
        this.risksApi.get(eventId, riskId),
        this.risksApi.history(eventId, riskId),
        this.risksApi.sites(eventId),
      ]);
      this.showRisk(risk);
      this.history.set(history);
      this.sites.set(sites.items);
    } catch (error) {
      this.loadError.set(errorMessage(error, this.transloco));
    }
  }

  protected startEditing(): void {
    this.editing.set(true);
    this.focusAfterRender('#risk-title');
  }

  protected stopEditing(): void {
    this.editing.set(false);
    this.focusAfterRender('#risk-edit-button');
  }

  protected async onSaved(risk: RiskDto): Promise<void> {
    this.showRisk(risk);
    this.stopEditing();
    this.announce('risks.page.saved');
    try {
      this.history.set(await this.risksApi.history(this.eventId(), risk.id));
    } catch (error) {
      this.actionError.set(errorMessage(error, this.transloco));
    }
  }

  protected async reload(): Promise<void> {
    await this.load();
    this.announce('risks.page.reloaded');
    this.focusAfterRender('#risk-title');
  }

  protected askDelete(): void {
    this.actionError.set(null);
    this.deleteDialog()?.open();
  }

  protected async delete(): Promise<void> {
    if (this.deleting()) return;
    this.deleting.set(true);
    try {
      await this.risksApi.remove(this.eventId(), this.riskId());
      this.deleteDialog()?.close();
      await this.router.navigate(['..'], { relativeTo: this.route });
    } catch (error) {
      this.deleteDialog()?.close();
      this.actionError.set(errorMessage(error, this.transloco));
    } finally {
      this.deleting.set(false);
    }
  }

  private showRisk(risk: RiskDto): void {
    this.risk.set(risk);
    this.title.setTitle(`${risk.title} – ${this.transloco.translate('app.name')}`);
  }

  private announce(key: string): void {
    this.announcement.set(this.transloco.translate(key));
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }
}
