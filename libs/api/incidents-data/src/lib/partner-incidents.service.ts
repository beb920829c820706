import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, notFound, nowIso } from '@tryggplan/api/core';
import {
  describeEntry,
  IncidentCategory,
  IncidentEntryData,
  IncidentEntryKind,
  IncidentNote,
  IncidentSeverity,
  IncidentStatus,
  PartnerIncidentDto,
  PartnerIncidentEntryDto,
  PoliceReportStatus,
} from '@tryggplan/shared/domain';
import { EntryRow, IncidentRow, IncidentsQueries } from './incidents.queries';
import { INCIDENT_LIVE, IncidentsService } from './incidents.service';
import { groupLinks } from './incident-view';

/** Entries a partner reads without the `participant-names` scope: what the system wrote, and partners' own notes. */
const PLAIN_KINDS = new Set<IncidentEntryKind>(['created', 'status', 'police-report', 'checklist']);

/**
 * A partner's view of an event's incidents (share scope `incidents`): what happened, where, how
 * serious, and the police report; the people involved, the description and the unit's own notes
 * only when the share also includes participant names. Exercises stay visible, marked.
 */
@Injectable()
export class PartnerIncidentsService {
  constructor(
    private readonly queries: IncidentsQueries,
    private readonly incidents: IncidentsService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, eventId: string, withNames: boolean): Promise<PartnerIncidentDto[]> {
    const { rows } = await this.queries.list(eventId, { exercise: 'include', limit: 1000, offset: 0 });
    const ids = rows.map((row) => row.id);
    const [{ participants }, entries] = await Promise.all([
      this.queries.linksOfMany(ids),
      this.queries.entriesOfEvent(eventId),
    ]);
    const names = withNames
      ? new Map(
          (
            await this.queries.participantNames([...new Set(participants.map((link) => link.participantId))])
          ).map((person) => [person.id, person.fullName]),
        )
      : new Map<string, string>();
    const peopleOf = groupLinks(participants, 'participantId');
    const entriesOf = new Map<string, EntryRow[]>();
    for (const entry of entries)
      entriesOf.set(entry.incidentId, [...(entriesOf.get(entry.incidentId) ?? []), entry]);
    await this.audit.record(actor, {
      action: 'incident.partner.list',
      eventId,
      subjectType: 'incident',
      details: { count: rows.length, participantNames: withNames },
    });
    return rows.map((row) =>
      this.view(
        row,
        entriesOf.get(row.id) ?? [],
        withNames ? (peopleOf.get(row.id) ?? []).map((id) => names.get(id) ?? '') : null,
        actor,
      ),
    );
  }

  async addNote(
    actor: Actor,
    eventId: string,
    incidentId: string,
    note: IncidentNote,
  ): Promise<PartnerIncidentEntryDto> {
    const incident = await this.queries.byId(eventId, incidentId);
    if (!incident) throw notFound();
    const now = nowIso();
    const author = this.incidents.authorOf(actor);
    const id = await this.incidents.writeEntry(undefined, incidentId, author, 'note', note.body, {}, now);
    await this.audit.record(actor, {
      action: 'incident.partner.note',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
    });
    await this.incidents.announce(eventId, INCIDENT_LIVE.entry, {
      incidentId,
      number: Number(incident.number),
    });
    return { id, kind: 'note', body: note.body, createdAt: now, createdBy: author.label, struck: false };
  }

  private view(
    row: IncidentRow,
    entries: EntryRow[],
    people: string[] | null,
    actor: Actor,
  ): PartnerIncidentDto {
    const withNames = people !== null;
    const point = row.lat != null && row.lng != null ? { lat: Number(row.lat), lng: Number(row.lng) } : null;
    return {
      id: row.id,
      number: Number(row.number),
      title: row.title,
      category: row.category as IncidentCategory,
      severity: row.severity as IncidentSeverity,
      status: row.status as IncidentStatus,
      occurredAt: row.occurredAt,
      location: { siteName: row.siteName, point, place: row.place },
      isCrime: Boolean(row.isCrime),
      police: { status: row.policeStatus as PoliceReportStatus, reportNumber: row.policeReportNumber },
      isExercise: Boolean(row.isExercise),
      description: withNames ? row.description : null,
      participantNames: people,
      entries: entries
        .filter(
          (entry) =>
            withNames || PLAIN_KINDS.has(entry.kind as IncidentEntryKind) || entry.authorKind === 'partner',
        )
        .map((entry) => ({
          id: entry.id,
          kind: entry.kind as IncidentEntryKind,
          body: entry.struckAt
            ? ''
            : describeEntry(
                {
                  kind: entry.kind as IncidentEntryKind,
                  body: entry.body,
                  data: JSON.parse(entry.data) as IncidentEntryData,
                },
                actor.lang,
              ),
          createdAt: entry.createdAt,
          createdBy: entry.authorKind === 'participant' && !withNames ? '' : entry.authorLabel,
          struck: entry.struckAt != null,
        })),
    };
  }
}
