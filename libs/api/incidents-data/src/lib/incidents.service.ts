import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  conflict,
  invalidInput,
  LiveChannel,
  notFound,
  nowIso,
  jsonWithNumber,
  ReadyAnswer,
  readyAnswer,
  SharedChanges,
  SharedChangesCache,
  SYSTEM_ACTOR,
} from '@tryggplan/api/core';
import {
  ChecklistStepDto,
  crimeMayClose,
  IncidentBoardDto,
  IncidentCreate,
  IncidentDetailDto,
  IncidentDto,
  IncidentEntryData,
  IncidentEntryDto,
  IncidentEntryKind,
  IncidentListQuery,
  IncidentNote,
  IncidentUpdate,
  INCIDENT_CATEGORY_LABELS,
  IncidentCategory,
  IncidentSeverity,
  riskLevel,
  ParticipantIncidentDto,
  ParticipantReport,
  ValidationCode,
  validationMessage,
  StaffRole,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ActionPlanService } from './action-plan.service';
import { groupLinks, toCounts, toEntryDto, toIncidentDto, toParticipantIncident } from './incident-view';
import {
  IncidentColumn,
  IncidentRecord,
  IncidentRow,
  IncidentsQueries,
  NEXT_NUMBER,
  NEXT_NUMBER_JSON,
} from './incidents.queries';

/** The live log's word for each change of an incident; its data names the incident, never a person. */
export const INCIDENT_LIVE = {
  created: 'incident.created',
  updated: 'incident.updated',
  entry: 'incident.entry',
} as const;

/** What a participant's report is filed as when it comes from elsewhere than the report form (a check-in). */
export interface ParticipantReportKind {
  category?: IncidentCategory;
  severity?: IncidentSeverity;
  siteId?: string | null;
}

/** When a write happened; only the demo seed tells a time of its own, for its fictional week. */
export interface WriteTime {
  at?: string;
}

/** What a new incident says unless its way in says otherwise. */
const NEW_INCIDENT_DEFAULTS = {
  closedAt: null,
  siteId: null,
  lat: null,
  lng: null,
  place: '',
  reporterParticipantId: null,
  mayCall: false,
  clientId: null,
  assigneeId: null,
  staffAssigneeId: null,
  isCrime: false,
  policeStatus: 'not-reported',
  policeReportNumber: '',
  policeReportedAt: null,
  policeReason: '',
  isExercise: false,
  checklist: '[]',
  redactedAt: null,
};

type NewIncident = Pick<
  IncidentRecord,
  | 'title'
  | 'description'
  | 'category'
  | 'severity'
  | 'status'
  | 'occurredAt'
  | 'reporterKind'
  | 'reporterName'
> &
  Partial<IncidentRecord>;

interface Author {
  kind: 'user' | 'participant' | 'partner' | 'system';
  id: string | null;
  label: string;
}

interface NewIncidentWrite {
  eventId: string;
  id: string;
  author: Author;
  fields: NewIncident;
  links: { participantIds: string[]; riskIds: string[] };
  now: string;
}

/** The new incident's row but for its number, which the database hands out as it is written. */
const unnumbered = ({ eventId, id, fields, now }: NewIncidentWrite): Omit<IncidentRecord, 'number'> => ({
  ...NEW_INCIDENT_DEFAULTS,
  ...fields,
  id,
  eventId,
  reportedAt: now,
  createdAt: now,
  updatedAt: now,
  version: 1,
});

const authorOf = (actor: Actor): Author => {
  if (actor.kind === 'user') {
    return {
      kind: actor.role === 'partner' ? 'partner' : 'user',
      id: actor.userId ?? null,
      label: actor.displayName ?? actor.label ?? '',
    };
  }
  if (actor.kind === 'participant')
    return { kind: 'participant', id: actor.participantId ?? null, label: '' };
  return { kind: 'system', id: null, label: actor.displayName ?? 'Tryggplan' };
};

/**
 * The incident log of an event: logging, editing with the timeline written alongside, the
 * checklist of the action plan, and the reports that come from participants. Every read names
 * people, so every read is audited; every change is told on the live channel once committed.
 */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly queries: IncidentsQueries,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveChannel,
    private readonly plans: ActionPlanService,
    private readonly shared: SharedChanges,
  ) {
    this.boards = new SharedChangesCache(shared);
  }

  private readonly boards: SharedChangesCache<{ answer: ReadyAnswer; count: number }>;

  private async boardOf(eventId: string, query: IncidentListQuery): Promise<IncidentBoardDto> {
    const [{ rows, total }, counts] = await Promise.all([
      this.queries.list(eventId, query),
      this.queries.counts(eventId),
    ]);
    const items = await this.withLinks(rows);
    return {
      items: items.map(({ checklist: _checklist, ...summary }) => summary),
      total,
      limit: query.limit,
      offset: query.offset,
      counts: toCounts(counts),
    };
  }

  /**
   * Tells the open boards of a committed change. The change number moves first, so a board that
   * reads at once on hearing it is never answered from a cache of before.
   */
  async announce(eventId: string, type: string, data: { incidentId: string; number: number }): Promise<void> {
    await this.shared.bump();
    await this.live.publish(eventId, type, data);
  }

  /** The board as a ready answer, kept until the next write anywhere; every read is audited all the same. */
  async boardAnswer(actor: Actor, eventId: string, query: IncidentListQuery): Promise<ReadyAnswer> {
    const board = await this.boards.get(
      `${eventId}|${JSON.stringify(query)}`,
      async () => {
        const page = await this.boardOf(eventId, query);
        return { answer: readyAnswer(Buffer.from(JSON.stringify(page))), count: page.items.length };
      },
      actor.changesSeen,
    );
    await this.audit.record(actor, {
      action: 'incident.list',
      eventId,
      subjectType: 'incident',
      details: { count: board.count },
    });
    return board.answer;
  }

  /** One page of incidents without the board's counts or an audit entry: for exports, which audit themselves. */
  async page(eventId: string, query: Omit<IncidentListQuery, 'q'>): Promise<IncidentDto[]> {
    return this.withLinks((await this.queries.list(eventId, query)).rows);
  }

  private async withLinks(rows: IncidentRow[]): Promise<IncidentDto[]> {
    const { participants, risks } = await this.queries.linksOfMany(rows.map((row) => row.id));
    const participantsOf = groupLinks(participants, 'participantId');
    const risksOf = groupLinks(risks, 'riskId');
    return rows.map((row) =>
      toIncidentDto(row, {
        participantIds: participantsOf.get(row.id) ?? [],
        riskIds: risksOf.get(row.id) ?? [],
      }),
    );
  }

  async detail(actor: Actor, eventId: string, incidentId: string): Promise<IncidentDetailDto> {
    const row = await this.require(eventId, incidentId);
    const links = await this.queries.linksOf(incidentId);
    const [entries, participants, assignee, risks] = await Promise.all([
      this.queries.entries(incidentId),
      this.queries.participantNames(links.participantIds),
      this.assigneeOf(eventId, row.assigneeId, row.staffAssigneeId ?? null),
      this.queries.risksOf(links.riskIds),
    ]);
    await this.audit.record(actor, {
      action: 'incident.read',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
    });
    return {
      ...toIncidentDto(row, links),
      entries: entries.map((entry) => toEntryDto(entry, actor.lang)),
      participants,
      assignee: assignee ?? null,
      risks: risks.map((risk) => ({ id: risk.id, title: risk.title, level: riskLevel(Number(risk.score)) })),
    };
  }

  async entries(actor: Actor, eventId: string, incidentId: string): Promise<IncidentEntryDto[]> {
    await this.require(eventId, incidentId);
    const entries = await this.queries.entries(incidentId);
    await this.audit.record(actor, {
      action: 'incident.entries.read',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
    });
    return entries.map((entry) => toEntryDto(entry, actor.lang));
  }

  async create(
    actor: Actor,
    eventId: string,
    input: IncidentCreate,
    time: WriteTime = {},
  ): Promise<IncidentDto> {
    const participantIds = [...new Set(input.participantIds ?? [])];
    const riskIds = [...new Set(input.riskIds ?? [])];
    await this.checkLinks(actor, eventId, {
      participantIds,
      riskIds,
      siteId: input.location.siteId ?? null,
      assigneeId: input.assigneeId ?? null,
      staffAssigneeId: input.staffAssigneeId ?? null,
    });
    const police = input.police ?? { status: 'not-reported' as const };
    const status = input.status ?? 'reported';
    const isCrime = input.isCrime ?? false;
    if (status === 'closed' && !crimeMayClose({ isCrime, police }))
      this.refuse(actor, 'police', 'crime_not_reported');
    const siteName = input.location.siteId ? await this.siteName(eventId, input.location.siteId) : null;
    const author = authorOf(actor);
    const checklist = await this.checklistFor(actor, eventId, input.category);
    const now = time.at ?? nowIso();
    const record = await this.insertNew(actor, 'incident.create', {
      eventId,
      id: randomUUID(),
      author,
      fields: {
        title: input.title || this.defaultTitle(actor, input.category, input.location.place || siteName),
        description: input.description,
        category: input.category,
        severity: input.severity,
        status,
        occurredAt: input.occurredAt ? new Date(input.occurredAt).toISOString() : now,
        closedAt: status === 'closed' ? now : null,
        siteId: input.location.siteId ?? null,
        lat: input.location.point?.lat ?? null,
        lng: input.location.point?.lng ?? null,
        place: input.location.place ?? '',
        reporterKind: 'coordinator',
        reporterName: author.label,
        assigneeId: input.assigneeId ?? null,
        staffAssigneeId: input.staffAssigneeId ?? null,
        isCrime,
        policeStatus: police.status,
        policeReportNumber: police.reportNumber ?? '',
        policeReportedAt: police.reportedAt ? new Date(police.reportedAt).toISOString() : null,
        policeReason: police.reason ?? '',
        isExercise: input.isExercise ?? false,
        checklist: JSON.stringify(checklist),
      },
      links: { participantIds, riskIds },
      now,
    });
    const row = { ...record, siteName, reporterPhone: null } as unknown as IncidentRow;
    return toIncidentDto(row, { participantIds, riskIds });
  }

  async update(
    actor: Actor,
    eventId: string,
    incidentId: string,
    input: IncidentUpdate,
    time: WriteTime = {},
  ): Promise<IncidentDto> {
    const current = await this.require(eventId, incidentId);
    const currentLinks = await this.queries.linksOf(incidentId);
    const participantIds = input.participantIds ? [...new Set(input.participantIds)] : undefined;
    const riskIds = input.riskIds ? [...new Set(input.riskIds)] : undefined;
    await this.checkLinks(actor, eventId, {
      participantIds: participantIds ?? [],
      riskIds: riskIds ?? [],
      siteId: input.location?.siteId ?? null,
      assigneeId:
        input.assigneeId !== undefined && input.assigneeId !== current.assigneeId ? input.assigneeId : null,
      staffAssigneeId:
        input.staffAssigneeId !== undefined && input.staffAssigneeId !== current.staffAssigneeId
          ? input.staffAssigneeId
          : null,
    });
    const dto = toIncidentDto(current, currentLinks);
    const police = input.police
      ? {
          status: input.police.status,
          reportNumber: input.police.status === 'reported' ? (input.police.reportNumber ?? '') : '',
          reportedAt:
            input.police.status === 'reported'
              ? input.police.reportedAt
                ? new Date(input.police.reportedAt).toISOString()
                : (dto.police.reportedAt ?? time.at ?? nowIso())
              : null,
          reason: input.police.status === 'not-required' ? (input.police.reason ?? '') : '',
        }
      : dto.police;
    const status = input.status ?? dto.status;
    const isCrime = input.isCrime ?? dto.isCrime;
    if (status === 'closed' && !crimeMayClose({ isCrime, police }))
      this.refuse(actor, 'police', 'crime_not_reported');

    const now = time.at ?? nowIso();
    const changes: Partial<IncidentRecord> = { updatedAt: now };
    const changed: string[] = [];
    const set = (column: IncidentColumn, value: unknown, field: string = column) => {
      if (value === undefined || value === (current as unknown as Record<string, unknown>)[column]) return;
      changes[column] = value;
      if (!changed.includes(field)) changed.push(field);
    };
    set('title', input.title);
    set('description', input.description);
    set('category', input.category);
    set('severity', input.severity);
    set('occurredAt', input.occurredAt ? new Date(input.occurredAt).toISOString() : undefined);
    if (input.isCrime !== undefined && input.isCrime !== dto.isCrime) set('isCrime', input.isCrime);
    if (input.isExercise !== undefined && input.isExercise !== dto.isExercise)
      set('isExercise', input.isExercise);
    if (input.location) {
      set('siteId', input.location.siteId ?? null, 'location');
      set('lat', input.location.point?.lat ?? null, 'location');
      set('lng', input.location.point?.lng ?? null, 'location');
      set('place', input.location.place ?? '', 'location');
    }
    const statusChanged = input.status !== undefined && input.status !== dto.status;
    if (statusChanged) {
      changes.status = status;
      changes.closedAt = status === 'closed' ? now : null;
    }
    // one assignee: choosing a member clears a staff assignee, and the other way round
    const nextMember =
      input.assigneeId !== undefined ? input.assigneeId : input.staffAssigneeId ? null : dto.assigneeId;
    const nextStaff =
      input.staffAssigneeId !== undefined
        ? input.staffAssigneeId
        : input.assigneeId
          ? null
          : dto.staffAssigneeId;
    const assigneeChanged = nextMember !== dto.assigneeId || nextStaff !== dto.staffAssigneeId;
    if (nextMember !== dto.assigneeId) changes.assigneeId = nextMember;
    if (nextStaff !== dto.staffAssigneeId) changes.staffAssigneeId = nextStaff;
    const policeChanged = Boolean(input.police) && JSON.stringify(police) !== JSON.stringify(dto.police);
    if (policeChanged) {
      changes.policeStatus = police.status;
      changes.policeReportNumber = police.reportNumber;
      changes.policeReportedAt = police.reportedAt;
      changes.policeReason = police.reason;
    }
    const participantsChanged =
      participantIds !== undefined &&
      [...participantIds].sort().join() !== currentLinks.participantIds.join();
    const risksChanged = riskIds !== undefined && [...riskIds].sort().join() !== currentLinks.riskIds.join();
    if (participantsChanged) changed.push('participantIds');
    if (risksChanged) changed.push('riskIds');

    const author = authorOf(actor);
    const assignee = assigneeChanged ? await this.assigneeOf(eventId, nextMember, nextStaff) : null;
    await this.dataSource.transaction(async (tx) => {
      if (!(await this.queries.update(incidentId, input.version, changes, tx))) throw conflict();
      if (participantIds && participantsChanged)
        await this.queries.setParticipants(incidentId, participantIds, tx);
      if (riskIds && risksChanged) await this.queries.setRisks(incidentId, riskIds, tx);
      if (statusChanged)
        await this.writeEntry(tx, incidentId, author, 'status', '', { status, from: dto.status }, now);
      if (assigneeChanged) {
        const entry = assignee ? { id: assignee.id, name: assignee.displayName } : null;
        await this.writeEntry(tx, incidentId, author, 'assignment', '', { assignee: entry }, now);
      }
      if (policeChanged) {
        const data = {
          police: { status: police.status, reportNumber: police.reportNumber, reason: police.reason },
        };
        await this.writeEntry(tx, incidentId, author, 'police-report', '', data, now);
      }
      if (changed.length > 0)
        await this.writeEntry(tx, incidentId, author, 'change', '', { fields: changed }, now);
    });
    await this.audit.record(actor, {
      action: 'incident.update',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
      details: {
        fields: [...changed, ...(statusChanged ? ['status'] : []), ...(policeChanged ? ['police'] : [])],
      },
    });
    await this.announce(eventId, INCIDENT_LIVE.updated, { incidentId, number: dto.number });
    const links = await this.queries.linksOf(incidentId);
    return toIncidentDto((await this.queries.byId(eventId, incidentId)) as IncidentRow, links);
  }

  /** Ticks or unticks one step of the incident's checklist, and says so in the timeline. */
  async tick(
    actor: Actor,
    eventId: string,
    incidentId: string,
    stepId: string,
    input: { done: boolean; version: number },
    time: WriteTime = {},
  ): Promise<IncidentDto> {
    const current = await this.require(eventId, incidentId);
    const dto = toIncidentDto(current, { participantIds: [], riskIds: [] });
    const step = dto.checklist.find((candidate) => candidate.id === stepId);
    if (!step) throw notFound();
    const author = authorOf(actor);
    const now = time.at ?? nowIso();
    const checklist: ChecklistStepDto[] = dto.checklist.map((candidate) =>
      candidate.id === stepId
        ? {
            ...candidate,
            done: input.done,
            doneAt: input.done ? now : null,
            doneBy: input.done ? author.label : null,
          }
        : candidate,
    );
    await this.dataSource.transaction(async (tx) => {
      const saved = await this.queries.update(
        incidentId,
        input.version,
        { checklist: JSON.stringify(checklist), updatedAt: now },
        tx,
      );
      if (!saved) throw conflict();
      const data = { step: { id: step.id, text: step.text, done: input.done } };
      await this.writeEntry(tx, incidentId, author, 'checklist', '', data, now);
    });
    await this.audit.record(actor, {
      action: 'incident.checklist',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
      details: { step: stepId, done: input.done },
    });
    await this.announce(eventId, INCIDENT_LIVE.updated, { incidentId, number: dto.number });
    const links = await this.queries.linksOf(incidentId);
    return toIncidentDto((await this.queries.byId(eventId, incidentId)) as IncidentRow, links);
  }

  async addNote(
    actor: Actor,
    eventId: string,
    incidentId: string,
    note: IncidentNote,
    time: WriteTime = {},
  ): Promise<IncidentEntryDto> {
    const incident = await this.require(eventId, incidentId);
    const now = time.at ?? nowIso();
    const id = await this.writeEntry(undefined, incidentId, authorOf(actor), 'note', note.body, {}, now);
    await this.audit.record(actor, {
      action: 'incident.note',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
    });
    await this.announce(eventId, INCIDENT_LIVE.entry, { incidentId, number: Number(incident.number) });
    const entry = (await this.queries.entries(incidentId)).find((candidate) => candidate.id === id);
    return toEntryDto(entry as NonNullable<typeof entry>, actor.lang);
  }

  /** A wrong entry is struck through with a reason; it stays in the timeline. */
  async strike(
    actor: Actor,
    eventId: string,
    incidentId: string,
    entryId: string,
    reason: string,
  ): Promise<IncidentEntryDto> {
    const incident = await this.require(eventId, incidentId);
    if (!(await this.queries.entryExists(incidentId, entryId))) throw notFound();
    const struck = await this.queries.strikeEntry(incidentId, entryId, {
      at: nowIso(),
      by: authorOf(actor).label,
      reason,
    });
    if (!struck) throw conflict('already_struck');
    await this.audit.record(actor, {
      action: 'incident.strike',
      eventId,
      subjectType: 'incident',
      subjectId: incidentId,
      details: { entryId },
    });
    await this.announce(eventId, INCIDENT_LIVE.entry, { incidentId, number: Number(incident.number) });
    const entry = (await this.queries.entries(incidentId)).find((candidate) => candidate.id === entryId);
    return toEntryDto(entry as NonNullable<typeof entry>, actor.lang);
  }

  /**
   * A participant's report from their personal page. The phone's `clientId` makes it idempotent: a
   * replay answers with the incident the first one made, so a report sent twice arrives once.
   */
  async reportByParticipant(
    actor: Actor,
    eventId: string,
    participantId: string,
    report: ParticipantReport,
    kind: ParticipantReportKind = {},
  ): Promise<{ incident: ParticipantIncidentDto; created: boolean }> {
    const earlier = await this.queries.byClientId(eventId, report.clientId);
    if (earlier) {
      if (earlier.reporterParticipantId !== participantId) throw conflict('duplicate_report');
      return { incident: toParticipantIncident(earlier), created: false };
    }
    const name = (await this.queries.participantName(participantId)) ?? '';
    const category = kind.category ?? 'other';
    const checklist = await this.checklistFor(actor, eventId, category);
    const now = nowIso();
    const id = randomUUID();
    try {
      const author: Author = { kind: 'participant', id: participantId, label: name };
      await this.insertNew(actor, 'incident.report', {
        eventId,
        id,
        author,
        fields: {
          title: this.defaultTitle(actor, category, report.place || null),
          description: report.description,
          category,
          severity: kind.severity ?? 'medium',
          siteId: kind.siteId ?? null,
          status: 'reported',
          occurredAt: report.occurredAt ? new Date(report.occurredAt).toISOString() : now,
          place: report.place ?? '',
          reporterKind: 'participant',
          reporterName: name,
          reporterParticipantId: participantId,
          mayCall: report.mayCall,
          clientId: report.clientId,
          checklist: JSON.stringify(checklist),
        },
        links: { participantIds: [participantId], riskIds: [] },
        now,
      });
    } catch (error) {
      // the same report from two instances at once: the unique (eventId, clientId) lets one through
      const winner = await this.queries.byClientId(eventId, report.clientId);
      if (winner?.reporterParticipantId === participantId)
        return { incident: toParticipantIncident(winner), created: false };
      throw error;
    }
    return {
      incident: toParticipantIncident((await this.queries.byId(eventId, id)) as IncidentRow),
      created: true,
    };
  }

  async reportsOf(actor: Actor, eventId: string, participantId: string): Promise<ParticipantIncidentDto[]> {
    const rows = await this.queries.reportsBy(eventId, participantId);
    await this.audit.record(actor, {
      action: 'incident.own-reports.read',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return rows.map(toParticipantIncident);
  }

  /**
   * The retention purge of incidents: in every event that ended before the cutoff, their personal
   * data is erased and the statistics kept. Each event in one transaction with the change number, so
   * no instance serves what was erased once it has committed.
   */
  async redactEnded(
    cutoff: string,
    valid: (endsAt: string) => boolean,
  ): Promise<{ eventId: string; redacted: number }[]> {
    const done: { eventId: string; redacted: number }[] = [];
    for (const event of await this.queries.eventsToRedact(cutoff)) {
      if (!valid(event.endsAt)) continue;
      const redacted = await this.dataSource.transaction(async (tx) => {
        const count = await this.queries.redactEvent(event.id, nowIso(), tx);
        await this.shared.bump(tx);
        return count;
      });
      await this.audit.record(SYSTEM_ACTOR, {
        action: 'incidents.purge',
        eventId: event.id,
        details: { count: redacted },
      });
      done.push({ eventId: event.id, redacted });
    }
    return done;
  }

  async require(eventId: string, incidentId: string): Promise<IncidentRow> {
    const row = await this.queries.byId(eventId, incidentId);
    if (!row) throw notFound();
    return row;
  }

  /**
   * Numbers and writes a new incident with its links, its first timeline entry, its audit entry and
   * its live entry, in one transaction; then moves the change number and wakes the open boards.
   */
  private async insertNew(actor: Actor, action: string, write: NewIncidentWrite): Promise<IncidentRecord> {
    const { record, live } =
      this.queries.sql.dialect === 'postgres'
        ? await this.insertNumbered(actor, action, write)
        : await this.insertInTransaction(actor, action, write);
    // after the commit, not in it: holding the one shared row would make every write anywhere wait for this commit
    await this.shared.bump();
    await this.live.wake(live);
    return record;
  }

  /** PostgreSQL: the incident and what commits with it in one statement (see IncidentsQueries.numberedInsert). */
  private async insertNumbered(
    actor: Actor,
    action: string,
    write: NewIncidentWrite,
  ): Promise<{ record: IncidentRecord; live: { eventId: string; seq: number } }> {
    const { eventId, id, author, links, now } = write;
    const record = unnumbered(write);
    const { number, seq } = await this.queries.numberedInsert({
      record,
      participantIds: links.participantIds,
      riskIds: links.riskIds,
      entry: {
        id: randomUUID(),
        incidentId: id,
        kind: 'created',
        body: '',
        authorKind: author.kind,
        authorId: author.id,
        authorLabel: author.label,
        createdAt: now,
      },
      audit: this.audit.recordPart(
        actor,
        { action, eventId, subjectType: 'incident', subjectId: id },
        NEXT_NUMBER_JSON,
      ),
      live: this.live.appendPart(
        eventId,
        INCIDENT_LIVE.created,
        jsonWithNumber({ incidentId: id }, 'number', NEXT_NUMBER),
      ),
    });
    return { record: { ...record, number }, live: { eventId, seq } };
  }

  /** SQLite: in-process, so a transaction of several statements costs no round trips. */
  private async insertInTransaction(
    actor: Actor,
    action: string,
    write: NewIncidentWrite,
  ): Promise<{ record: IncidentRecord; live: { eventId: string; seq: number } }> {
    const { eventId, id, author, links, now } = write;
    return this.dataSource.transaction(async (tx) => {
      const number = await this.queries.nextNumber(eventId, tx);
      const record: IncidentRecord = { ...unnumbered(write), number };
      await this.queries.insert(record, tx);
      await this.queries.addParticipants(id, links.participantIds, tx);
      await this.queries.addRisks(id, links.riskIds, tx);
      await this.writeEntry(tx, id, author, 'created', '', { number }, now);
      await this.audit.record(
        actor,
        { action, eventId, subjectType: 'incident', subjectId: id, details: { number } },
        tx,
      );
      const live = await this.live.append(eventId, INCIDENT_LIVE.created, { incidentId: id, number }, tx);
      return { record, live };
    });
  }

  async writeEntry(
    tx: EntityManager | undefined,
    incidentId: string,
    author: Author,
    kind: IncidentEntryKind,
    body: string,
    data: IncidentEntryData,
    at: string,
  ): Promise<string> {
    const id = randomUUID();
    await this.queries.insertEntry(
      {
        id,
        incidentId,
        kind,
        body,
        data: JSON.stringify(data),
        authorKind: author.kind,
        authorId: author.id,
        authorLabel: author.label,
        createdAt: at,
      },
      tx,
    );
    return id;
  }

  authorOf(actor: Actor): Author {
    return authorOf(actor);
  }

  private async checklistFor(
    actor: Actor,
    eventId: string,
    category: IncidentCreate['category'],
  ): Promise<ChecklistStepDto[]> {
    const plan = await this.plans.stepsOf(eventId, actor.changesSeen);
    return plan[category].map((step) => ({ ...step, done: false, doneAt: null, doneBy: null }));
  }

  private defaultTitle(actor: Actor, category: IncidentCreate['category'], place: string | null): string {
    const label = INCIDENT_CATEGORY_LABELS[category][actor.lang];
    return place ? `${label} – ${place}`.slice(0, 200) : label;
  }

  private async siteName(eventId: string, siteId: string): Promise<string | null> {
    const row = await this.queries.sql.get<{ name: string }>(
      'SELECT "name" FROM "sites" WHERE "eventId" = ? AND "id" = ?',
      [eventId, siteId],
    );
    return row?.name ?? null;
  }

  private async checkLinks(
    actor: Actor,
    eventId: string,
    links: {
      participantIds: string[];
      riskIds: string[];
      siteId: string | null;
      assigneeId: string | null;
      staffAssigneeId?: string | null;
    },
  ): Promise<void> {
    const details: { field: string; code: ValidationCode }[] = [];
    const [participants, risks, sites] = await Promise.all([
      this.queries.existing('participants', eventId, links.participantIds),
      this.queries.existing('risks', eventId, links.riskIds),
      this.queries.existing('sites', eventId, links.siteId ? [links.siteId] : []),
    ]);
    links.participantIds.forEach((id, index) => {
      if (!participants.has(id))
        details.push({ field: `participantIds[${index}]`, code: 'unknown_participant' });
    });
    links.riskIds.forEach((id, index) => {
      if (!risks.has(id)) details.push({ field: `riskIds[${index}]`, code: 'unknown_risk' });
    });
    if (links.siteId && !sites.has(links.siteId))
      details.push({ field: 'location.siteId', code: 'unknown_site' });
    if (links.assigneeId && !(await this.queries.isMember(eventId, links.assigneeId))) {
      details.push({ field: 'assigneeId', code: 'unknown_member' });
    }
    if (links.staffAssigneeId && !(await this.queries.staffMember(eventId, links.staffAssigneeId))) {
      details.push({ field: 'staffAssigneeId', code: 'unknown_staff' });
    }
    if (details.length > 0) {
      throw invalidInput(
        details.map((detail) => ({ ...detail, message: validationMessage(detail.code, actor.lang) })),
      );
    }
  }

  /** The assignee by name: a member of the event, or a staff member with their role. */
  private async assigneeOf(
    eventId: string,
    memberId: string | null,
    staffId: string | null,
  ): Promise<IncidentDetailDto['assignee']> {
    if (staffId) {
      const member = await this.queries.staffMember(eventId, staffId);
      if (member) {
        return { id: member.id, displayName: member.fullName, kind: 'staff', role: member.role as StaffRole };
      }
    }
    if (!memberId) return null;
    const user = await this.queries.userName(memberId);
    return user ? { ...user, kind: 'member' } : null;
  }

  private refuse(actor: Actor, field: string, code: ValidationCode): never {
    throw invalidInput([{ field, code, message: validationMessage(code, actor.lang) }]);
  }
}
