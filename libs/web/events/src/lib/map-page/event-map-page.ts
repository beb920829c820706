import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { Router } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { IncidentSummaryDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { EventIncidentsQuery } from '../event-incidents-query';
import { SiteEditor } from '../sites/site-editor/site-editor';
import { EventWorkspaceStore } from '../workspace/event-workspace-store';
import { PrintMapDialog } from './print-map-dialog/print-map-dialog';

/** `/events/:eventId/map`: the whole window for the map, its sites, imports, site plan and incidents. */
@Component({
  selector: 'tp-event-map-page',
  imports: [TranslocoPipe, SiteEditor, FormAlert, PrintMapDialog],
  templateUrl: './event-map-page.html',
  styleUrl: './event-map-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventMapPage {
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);
  private readonly incidentsQuery = inject(EventIncidentsQuery);

  protected readonly store = inject(EventWorkspaceStore);
  protected readonly showIncidents = signal(false);
  protected readonly incidents = signal<readonly IncidentSummaryDto[]>([]);
  protected readonly incidentsError = signal<string | null>(null);
  protected readonly incidentsStatus = signal('');
  private readonly editor = viewChild(SiteEditor);
  /** The part of the map now shown, for the print dialog's "what the map shows now". */
  protected readonly visibleBounds = () => this.editor()?.visibleBounds() ?? null;

  protected async toggleIncidents(show: boolean): Promise<void> {
    this.showIncidents.set(show);
    this.incidentsError.set(null);
    if (!show) {
      this.incidents.set([]);
      this.incidentsStatus.set(this.transloco.translate('workspace.map.incidentsHidden'));
      return;
    }
    const event = this.store.event();
    if (!event) return;
    try {
      const incidents = await this.incidentsQuery.open(event.id);
      if (!this.showIncidents()) return;
      this.incidents.set(incidents);
      this.incidentsStatus.set(
        this.transloco.translate('workspace.map.incidentsShown', { count: incidents.length }),
      );
    } catch (error) {
      this.incidentsError.set(errorMessage(error, this.transloco));
    }
  }

  protected openIncident(incidentId: string): void {
    const event = this.store.event();
    if (event) void this.router.navigate(['/events', event.id, 'incidents', incidentId]);
  }
}
