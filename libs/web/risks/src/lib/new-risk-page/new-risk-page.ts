import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { RiskDto, SiteDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { RiskForm } from '../risk-form/risk-form';
import { RisksApi } from '../risks-api';

/** `/events/:eventId/risks/new`: the risk form for a new risk. */
@Component({
  selector: 'tp-new-risk-page',
  imports: [RouterLink, TranslocoPipe, FormAlert, RiskForm],
  template: `
    <p class="back-link">
      <a routerLink="..">{{ 'risks.page.back' | transloco }}</a>
    </p>
    <h1>{{ 'risks.page.newHeading' | transloco }}</h1>
    <tp-form-alert [message]="error()" />
    <tp-risk-form [eventId]="eventId()" [sites]="sites()" (saved)="onSaved($event)" (cancelled)="back()" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewRiskPage {
  private readonly risksApi = inject(RisksApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();

  protected readonly sites = signal<SiteDto[]>([]);
  protected readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.loadSites(eventId));
    });
  }

  protected onSaved(risk: RiskDto): void {
    void this.router.navigate(['..', risk.id], { relativeTo: this.route, state: { created: true } });
  }

  protected back(): void {
    void this.router.navigate(['..'], { relativeTo: this.route });
  }

  private async loadSites(eventId: string): Promise<void> {
    try {
      this.sites.set((await this.risksApi.sites(eventId)).items);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }
}
