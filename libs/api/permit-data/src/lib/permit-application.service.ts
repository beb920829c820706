import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  conflict,
  ErrorDetail,
  invalidInput,
  LiveChannel,
  nowIso,
  SYSTEM_ACTOR,
} from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { SitesService } from '@tryggplan/api/sites-data';
import { StaffService } from '@tryggplan/api/staff-data';
import {
  EventDto,
  Language,
  SiteDto,
  SiteKind,
  SITE_KINDS,
  StaffMemberDto,
  validationMessage,
  emptyPermitApplication,
  evacuationSummary,
  PermitApplication,
  PermitApplicationDto,
  PermitApplicationUpdate,
  permitChecklist,
  PermitContext,
  PERMIT_CHANGED,
  PermitMissingItem,
} from '@tryggplan/shared/domain';
import { PermitQueries } from './permit.queries';

/** Everything the pack is made of: the application, its event, and the plan it draws on. */
export interface PermitMaterial {
  event: EventDto;
  application: PermitApplication;
  version: number;
  updatedAt: string | null;
  sites: SiteDto[];
  staff: StaffMemberDto[];
  context: PermitContext;
  missing: PermitMissingItem[];
}

/** Sites an appearance may be at and the maps show; where people sleep is left out of a police document. */
const placeSites = (sites: SiteDto[]) =>
  sites
    .filter((site) => site.kind !== 'accommodation')
    .sort(
      (a, b) => SITE_KINDS.indexOf(a.kind) - SITE_KINDS.indexOf(b.kind) || a.name.localeCompare(b.name, 'sv'),
    );

const count = <T>(items: T[], keep: (item: T) => boolean) => items.filter(keep).length;
const namesOf = (sites: SiteDto[], kind: SiteKind) =>
  sites.filter((site) => site.kind === kind).map((site) => site.name);

/**
 * The event's police permit application (tillståndsansökan). Until the coordinator saves one, a draft
 * is made from the plan (version 0): the public schedule items as the bundled appearances, the
 * evacuation routes and assembly points of the map. Guards and first aid are always counted from the
 * staff. The responsible person's contact is personal data: every read is audited, and the
 * application is erased with the participants once the event's retention has passed.
 */
@Injectable()
export class PermitApplicationService {
  constructor(
    private readonly queries: PermitQueries,
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
    private readonly live: LiveChannel,
  ) {}

  async get(actor: Actor, eventId: string): Promise<PermitApplicationDto> {
    const material = await this.material(eventId, actor.lang);
    await this.audit.record(actor, {
      action: 'permit-application.read',
      eventId,
      subjectType: 'permit-application',
      subjectId: eventId,
    });
    return this.toDto(material, actor.lang);
  }

  async put(actor: Actor, eventId: string, update: PermitApplicationUpdate): Promise<PermitApplicationDto> {
    const { version, ...application } = update;
    await this.checkSites(eventId, application, actor.lang);
    const document = JSON.stringify(application);
    const now = nowIso();
    const saved =
      version === 0
        ? await this.queries.insert(eventId, document, now)
        : await this.queries.update(eventId, version, document, now);
    if (!saved) throw conflict();
    await this.audit.record(actor, {
      action: 'permit-application.update',
      eventId,
      subjectType: 'permit-application',
      subjectId: eventId,
    });
    await this.live.publish(eventId, PERMIT_CHANGED, {});
    return this.toDto(await this.material(eventId, actor.lang), actor.lang);
  }

  /** The application and the plan behind it, unaudited: the pack's export is audited as a whole. */
  async material(eventId: string, lang: Language): Promise<PermitMaterial> {
    const event = await this.events.get(eventId);
    const [row, sites, staff, risks] = await Promise.all([
      this.queries.byEvent(eventId),
      this.sites.list(eventId),
      this.staff.all(eventId),
      this.queries.riskCount(eventId),
    ]);
    const application = row
      ? { ...emptyPermitApplication(), ...(JSON.parse(row.document) as PermitApplication) }
      : await this.draft(event, sites, lang);
    const context: PermitContext = {
      guards: count(staff, (member) => member.role === 'guard'),
      firstAid: count(staff, (member) => member.role === 'first-aid'),
      // a stage or a tent is a place of appearance as much as a venue
      venues: count(sites, (site) => ['venue', 'stage', 'tent'].includes(site.kind)),
      evacuationRoutes: count(sites, (site) => site.kind === 'evacuation-route'),
      assemblyPoints: count(sites, (site) => site.kind === 'assembly-point'),
      risks,
    };
    return {
      event,
      application,
      version: row ? Number(row.version) : 0,
      updatedAt: row?.updatedAt ?? null,
      sites,
      staff,
      context,
      missing: permitChecklist(application, context),
    };
  }

  /** The retention job's part: erases the applications of events that ended before the cutoff. */
  async purgeEnded(cutoff: string, valid: (endsAt: string) => boolean): Promise<string[]> {
    const erased: string[] = [];
    for (const { eventId, endsAt } of await this.queries.endedBefore(cutoff)) {
      if (!valid(endsAt)) continue;
      await this.queries.erase(eventId);
      await this.audit.record(SYSTEM_ACTOR, { action: 'permit-application.purge', eventId });
      erased.push(eventId);
    }
    return erased;
  }

  private toDto(material: PermitMaterial, lang: Language): PermitApplicationDto {
    return {
      eventId: material.event.id,
      ...material.application,
      version: material.version,
      updatedAt: material.updatedAt,
      context: material.context,
      sites: placeSites(material.sites).map(({ id, name, kind }) => ({ id, name, kind })),
      missing: material.missing.map((item) => ({ field: item.field, message: item.label[lang] })),
    };
  }

  /** The draft before the first save: the public schedule as appearances, the map's evacuation sites. */
  private async draft(event: EventDto, sites: SiteDto[], lang: Language): Promise<PermitApplication> {
    // an appearance never names where people sleep
    const siteNames = new Map(placeSites(sites).map((site) => [site.id, site.name]));
    const items = await this.queries.publicItems(event.id);
    return {
      ...emptyPermitApplication(),
      appearances: items.map((item) => ({
        title: item.title,
        topic: '',
        startsAt: new Date(item.startsAt).toISOString(),
        endsAt: new Date(item.endsAt).toISOString(),
        siteId: item.siteId && siteNames.has(item.siteId) ? item.siteId : null,
        place: (item.siteId && siteNames.get(item.siteId)) || event.locationName || '',
      })),
      evacuation: evacuationSummary(
        namesOf(sites, 'evacuation-route'),
        namesOf(sites, 'assembly-point'),
        lang,
      ),
    };
  }

  /** An appearance's site must be one of the event's own. */
  private async checkSites(eventId: string, application: PermitApplication, lang: Language): Promise<void> {
    if (!application.appearances.some((appearance) => appearance.siteId)) return;
    const siteIds = new Set(await this.sites.idsOf(eventId));
    const problems: ErrorDetail[] = [];
    application.appearances.forEach((appearance, index) => {
      if (appearance.siteId && !siteIds.has(appearance.siteId)) {
        problems.push({
          field: `appearances.${index}.siteId`,
          code: 'unknown_site',
          message: validationMessage('unknown_site', lang),
        });
      }
    });
    if (problems.length > 0) throw invalidInput(problems);
  }
}
