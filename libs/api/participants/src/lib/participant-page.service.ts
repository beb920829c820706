import { AuditService } from '@tryggplan/api/audit-data';
import { Actor } from '@tryggplan/api/core';
import { Injectable } from '@nestjs/common';
import { EventsService } from '@tryggplan/api/events-data';
import { ParticipantsService, PersonalLinksService, ScheduleService } from '@tryggplan/api/participants-data';
import { SitesService } from '@tryggplan/api/sites-data';
import { StaffService } from '@tryggplan/api/staff-data';
import { ActionPlanService } from '@tryggplan/api/incidents-data';
import { FOLDER_TEXTS } from '@tryggplan/shared/briefing';
import { personalSteps, SiteDto, staffContacts, stayOf, Translated } from '@tryggplan/shared/domain';

const KEY_SITE_KINDS = ['assembly-point', 'first-aid', 'police'];

const siteSummary = (site: SiteDto) => ({
  id: site.id,
  kind: site.kind,
  name: site.name,
  address: site.address,
  geometry: site.geometry,
});

/** What a participant sees through their personal link: their own data and the event's general part, nobody else. */
@Injectable()
export class ParticipantPageService {
  constructor(
    private readonly links: PersonalLinksService,
    private readonly participants: ParticipantsService,
    private readonly schedule: ScheduleService,
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly plans: ActionPlanService,
    private readonly staff: StaffService,
  ) {}

  /** What to do if threatened, as the folder says it: the event's saved plan, else the folder's own steps. */
  private async threatenedSteps(eventId: string): Promise<Translated[]> {
    const plan = await this.plans.get(eventId);
    if (plan.version > 0) return personalSteps(plan.categories).map((step) => step.text);
    return FOLDER_TEXTS.sv.threatenedSteps.map((sv, i) => ({ sv, en: FOLDER_TEXTS.en.threatenedSteps[i] }));
  }

  async page(caller: Actor, token: string) {
    const { participantId, eventId, actor } = await this.links.open(token, caller);
    const person = await this.participants.entity(eventId, participantId);
    const event = await this.events.get(eventId);
    const sites = await this.sites.list(eventId);
    const byId = new Map(sites.map((site) => [site.id, site]));
    const items = await this.schedule.list(undefined, eventId, participantId);
    await this.audit.record(actor, {
      action: 'links.open',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    const accommodation = person.accommodationSiteId ? byId.get(person.accommodationSiteId) : undefined;
    return {
      participant: { fullName: person.fullName, role: person.role, organization: person.organization },
      event: {
        name: event.name,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timezone: event.timezone,
        locationName: event.locationName,
        center: event.center,
        zoom: event.zoom,
        // in both languages (name/nameEn, note/noteEn): the page switches language without asking again
        contacts: event.contacts,
        // the phone drops its offline copy of this page then, as the server erases the data
        personalDataPurgeAt: event.personalDataPurgeAt,
      },
      schedule: items.map((item) => {
        const site = item.siteId ? byId.get(item.siteId) : undefined;
        return {
          title: item.title,
          startsAt: item.startsAt,
          endsAt: item.endsAt,
          isPublic: item.isPublic,
          site: site ? siteSummary(site) : null,
        };
      }),
      accommodation: accommodation ? siteSummary(accommodation) : null,
      threatenedSteps: await this.threatenedSteps(eventId),
      // the security organisation's contacts on duty during the person's stay, as their folder lists them
      staffContacts: staffContacts(
        await this.staff.all(eventId),
        stayOf({ arrivalAt: person.arrivalAt, departureAt: person.departureAt, schedule: items }),
      ).map(({ fullName, role, phone }) => ({ fullName, role, phone })),
      keySites: sites.filter((site) => KEY_SITE_KINDS.includes(site.kind)).map(siteSummary),
    };
  }
}
