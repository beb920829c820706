import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, notFound } from '@tryggplan/api/core';
import { FolderSite, IncidentReportData, PostEventReportData } from '@tryggplan/shared/briefing';
import { incidentLabel, IncidentDto, Language, RiskCategory, SiteKind } from '@tryggplan/shared/domain';
import { IncidentsQueries } from './incidents.queries';
import { IncidentsService } from './incidents.service';

/**
 * The data of the incident reports: one incident for the police, and the post-event report with
 * every incident against the planned risks. Both name people, so each export is audited.
 */
@Injectable()
export class IncidentReportsService {
  constructor(
    private readonly queries: IncidentsQueries,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditService,
  ) {}

  async incidentReport(
    actor: Actor,
    eventId: string,
    incidentId: string,
    lang: Language,
  ): Promise<IncidentReportData> {
    const event = await this.event(eventId);
    const incident = await this.incidents.detail({ ...actor, lang }, eventId, incidentId);
    await this.audit.record(actor, {
      action: 'incident.export',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
      details: { format: 'pdf', lang },
    });
    return {
      event,
      incident,
      lang,
      generatedAt: new Date().toISOString(),
      mapSites: await this.mapSites(eventId, incident),
    };
  }

  async postEventReport(
    actor: Actor,
    eventId: string,
    lang: Language,
    format: 'pdf' | 'csv',
  ): Promise<PostEventReportData> {
    const event = await this.event(eventId);
    const incidents: IncidentDto[] = [];
    for (let offset = 0; ; offset += 500) {
      const page = await this.incidents.page(eventId, { exercise: 'include', limit: 500, offset });
      incidents.push(...page);
      if (page.length < 500) break;
    }
    const risks = (await this.queries.plannedRisks(eventId)).map((risk) => ({
      ...risk,
      category: risk.category as RiskCategory,
    }));
    await this.audit.record(actor, {
      action: 'incident.report.export',
      eventId,
      subjectType: 'incident',
      details: { format, lang, count: incidents.length },
    });
    return { event, incidents, risks, lang, generatedAt: new Date().toISOString() };
  }

  private async event(eventId: string) {
    const event = await this.queries.eventOf(eventId);
    if (!event) throw notFound();
    return event;
  }

  /** The incident's site, and a hazard marker at its point, for the report's map. */
  private async mapSites(eventId: string, incident: IncidentDto): Promise<FolderSite[]> {
    const sites: FolderSite[] = [];
    if (incident.location.siteId) {
      const site = await this.queries.siteOf(eventId, incident.location.siteId);
      if (site) sites.push({ ...site, kind: site.kind as SiteKind, geometry: JSON.parse(site.geometry) });
    }
    if (incident.location.point) {
      const { lat, lng } = incident.location.point;
      sites.push({
        id: incident.id,
        kind: 'hazard',
        name: incidentLabel(incident.number),
        address: '',
        geometry: { type: 'Point', coordinates: [lng, lat] },
      });
    }
    return sites;
  }
}
