import { Injectable } from '@nestjs/common';
import { nowIso } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { ActionPlanService } from '@tryggplan/api/incidents-data';
import { ParticipantsService, ScheduleService } from '@tryggplan/api/participants-data';
import { FolderPdfPool, GeneralFolderData, MapTiles } from '@tryggplan/api/pdf';
import { SitesService } from '@tryggplan/api/sites-data';
import { StaffService } from '@tryggplan/api/staff-data';
import { FolderFormat, folderMapView, FolderPerson, FolderScheduleItem } from '@tryggplan/shared/briefing';
import { Language, personalSteps, staffContacts } from '@tryggplan/shared/domain';
import { BriefingQueries } from './briefing.queries';

export interface PersonalFolder {
  fullName: string;
  bytes: Buffer;
}

/** Gathers what a folder needs (event, sites, tiles, the person's own schedule) and renders it. */
@Injectable()
export class BriefingFolders {
  constructor(
    private readonly events: EventsService,
    private readonly sites: SitesService,
    private readonly participants: ParticipantsService,
    private readonly schedule: ScheduleService,
    private readonly tiles: MapTiles,
    private readonly pool: FolderPdfPool,
    private readonly queries: BriefingQueries,
    private readonly plans: ActionPlanService,
    private readonly staff: StaffService,
  ) {}

  async general(eventId: string, format: FolderFormat, lang: Language): Promise<GeneralFolderData> {
    const event = await this.events.get(eventId);
    const plan = await this.plans.get(eventId);
    // the folder's export is audited as a whole by its route, so the staff are read unaudited here
    const staff = staffContacts(await this.staff.all(eventId));
    const sites = (await this.sites.list(eventId)).map(({ id, kind, name, address, geometry }) => ({
      id,
      kind,
      name,
      address,
      geometry,
    }));
    // The pocket format stays schematic: tiles would not be legible at that size and would swell the file.
    const tiles = format === 'a4' ? await this.tiles.tilesFor(folderMapView(sites, format)) : undefined;
    return {
      format,
      lang,
      generatedAt: nowIso(),
      event: {
        name: event.name,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timezone: event.timezone,
        locationName: event.locationName,
        contacts: event.contacts,
        staff,
        briefingAdvice: event.briefingAdvice,
        threatSummary: event.threatSummary,
        // the folder picks the text in its language, else prints the Swedish one and says so
        briefingAdviceEn: event.briefingAdviceEn,
        threatSummaryEn: event.threatSummaryEn,
        // the unit's default plan is worded for the coordinator; the folder keeps its own until one is saved
        personalSteps: plan.version > 0 ? personalSteps(plan.categories).map((step) => step.text) : undefined,
      },
      sites,
      tiles,
    };
  }

  /** The general folder without `person`, else that person's own. */
  render(general: GeneralFolderData, person?: FolderPerson): Promise<Buffer> {
    return this.pool.render(general, person);
  }

  /** One participant's folder; `pageUrl` (their own live link) adds the QR code to their page. */
  async personal(
    base: GeneralFolderData,
    eventId: string,
    participantId: string,
    pageUrl?: string,
  ): Promise<PersonalFolder> {
    const person = await this.participants.entity(eventId, participantId);
    const items = await this.schedule.list(undefined, eventId, participantId);
    const folderPerson: FolderPerson = {
      fullName: person.fullName,
      organization: person.organization,
      accommodationSiteId: person.accommodationSiteId,
      arrivalAt: person.arrivalAt,
      departureAt: person.departureAt,
      schedule: items.map(({ title, startsAt, endsAt, siteId }) => ({ title, startsAt, endsAt, siteId })),
      pageUrl,
    };
    return { fullName: person.fullName, bytes: await this.render(base, folderPerson) };
  }

  /**
   * Every participant's folder in name order, rendered a few at a time on the worker pool: the next
   * renders start while earlier ones are handed on, and only that window is ever held in memory.
   * `pageUrls` (fresh links by participant) put each person's QR code in their folder.
   */
  async *everyone(
    base: GeneralFolderData,
    eventId: string,
    pageUrls?: ReadonlyMap<string, string>,
  ): AsyncGenerator<PersonalFolder> {
    const collator = new Intl.Collator('sv');
    const people = (await this.queries.participantsOf(eventId)).sort(
      (a, b) => collator.compare(a.fullName, b.fullName) || a.id.localeCompare(b.id),
    );
    const schedules = new Map<string, FolderScheduleItem[]>();
    for (const row of await this.queries.scheduleOf(eventId)) {
      const { participantId, ...item } = row;
      schedules.set(participantId, [...(schedules.get(participantId) ?? []), item]);
    }
    const window = this.pool.size * 2;
    const pending: Promise<PersonalFolder>[] = [];
    let next = 0;
    const start = () => {
      const person = people[next++];
      const folder = this.render(base, {
        fullName: person.fullName,
        organization: person.organization,
        accommodationSiteId: person.accommodationSiteId,
        arrivalAt: person.arrivalAt,
        departureAt: person.departureAt,
        schedule: schedules.get(person.id) ?? [],
        pageUrl: pageUrls?.get(person.id),
      }).then((bytes) => ({ fullName: person.fullName, bytes }));
      // Awaited in order below; this keeps a failure further ahead from counting as unhandled meanwhile.
      folder.catch(() => undefined);
      pending.push(folder);
    };
    while (next < people.length && pending.length < window) start();
    while (pending.length) {
      const folder = await (pending.shift() as Promise<PersonalFolder>);
      if (next < people.length) start();
      yield folder;
    }
  }

  participantCount(eventId: string): Promise<number> {
    return this.queries.participantCount(eventId);
  }
}
