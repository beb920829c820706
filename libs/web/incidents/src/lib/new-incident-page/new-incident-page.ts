import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { IncidentDto, SiteDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { QuickForm } from '../quick-form/quick-form';
import { IncidentsApi } from '../incidents-api';

/** `/events/:eventId/incidents/new`: the quick form, one tap from the board. */
@Component({
  selector: 'tp-new-incident-page',
  imports: [RouterLink, TranslocoPipe, FormAlert, QuickForm],
  template: `
    <p class="back-link">
      <a routerLink="..">{{ 'incidents.page.back' | transloco }}</a>
    </p>
    <h1>{{ 'incidents.quick.heading' | transloco }}</h1>
    <p class="lead">{{ 'incidents.quick.intro' | transloco }}</p>
    <tp-form-alert [message]="error()" />
    <tp-quick-form [eventId]="eventId()" [sites]="sites()" (saved)="onSaved($event)" />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewIncidentPage {
  private readonly incidentsApi = inject(IncidentsApi);
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

  protected onSaved(incident: IncidentDto): void {
    void this.router.navigate(['..', incident.id], {
      relativeTo: this.route,
      state: { created: incident.number },
    });
  }

  private async loadSites(eventId: string): Promise<void> {
    try {
      this.sites.set(await this.incidentsApi.sites(eventId));
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    }
  }
}
