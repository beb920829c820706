import { Inject, Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  APP_CONFIG,
  AppConfig,
  invalidInput,
  LiveChannel,
  notFound,
  nowIso,
  SharedChanges,
  SharedChangesCache,
  SYSTEM_ACTOR,
} from '@tryggplan/api/core';
import { IncidentsService } from '@tryggplan/api/incidents-data';
import {
  CheckInAnswer,
  checkInAudience,
  CheckInCreate,
  CheckInDetailDto,
  CheckInDto,
  CheckInListDto,
  CheckInListQuery,
  CheckInRecipientContact,
  checkInWindow,
  IncidentCategory,
  INCIDENT_CATEGORIES,
  needHelpDescription,
  ParticipantCheckInDto,
  POLYGON_SITE_KINDS,
  SiteGeometry,
  ValidationCode,
  validationMessage,
} from '@tryggplan/shared/domain';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { byUrgency, toCheckInDto, toParticipantCheckIn, toRecipientDto } from './check-in-view';
import { CheckInRow, CheckInsQueries } from './check-ins.queries';

/** The live log's words for check-ins; the data names the check-in, never a person. */
export const CHECK_IN_LIVE = {
  created: 'check-in.created',
  answered: 'check-in.answered',
  escalated: 'check-in.escalated',
} as const;

/** The incident a "needs help" answer makes has one id per person and check-in, so a replay makes none. */
const incidentClientId = (checkInId: string, participantId: string): string =>
  `check-in-${createHash('sha256').update(`${checkInId}|${participantId}`).digest('base64url').slice(0, 40)}`;

/**
 * Check-ins ("Jag är OK"): who a request goes to (fixed when it starts), the answers from personal
 * pages, an incident for each "needs help", and the escalation of those who have not answered.
 * Answers are personal data: every read of them is audited; they go with the participants.
 */
@Injectable()
export class CheckInsService {
  constructor(
    private readonly queries: CheckInsQueries,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly live: LiveChannel,
    private readonly incidents: IncidentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly changes: SharedChanges,
  ) {
    this.details = new SharedChangesCache(changes);
  }

  /** The coordinator's view as JSON, kept until the next write anywhere (an answer, an escalation). */
  private readonly details: SharedChangesCache<{ json: string; recipients: number }>;

  async list(eventId: string, query: CheckInListQuery): Promise<CheckInListDto> {
    const { rows, total } = await this.queries.list(eventId, query.limit, query.offset);
    return { items: rows.map(toCheckInDto), total, limit: query.limit, offset: query.offset };
  }

  async create(actor: Actor, eventId: string, input: CheckInCreate): Promise<CheckInDto> {
    const { target } = input;
    const siteId = target.kind === 'all' ? null : (target.siteId ?? null);
    const site = siteId ? await this.queries.siteOf(eventId, siteId) : undefined;
    const incident = input.incidentId ? await this.queries.incidentOf(eventId, input.incidentId) : undefined;
    const problems: { field: string; code: ValidationCode }[] = [];
    if (siteId && !site) problems.push({ field: 'target.siteId', code: 'unknown_site' });
    if (site && target.kind === 'zone' && !(POLYGON_SITE_KINDS as readonly string[]).includes(site.kind)) {
      problems.push({ field: 'target.siteId', code: 'not_a_zone' });
    }
    if (input.incidentId && !incident) problems.push({ field: 'incidentId', code: 'unknown_incident' });
    if (problems.length > 0) {
      throw invalidInput(
        problems.map((problem) => ({ ...problem, message: validationMessage(problem.code, actor.lang) })),
      );
    }
    const now = nowIso();
    const window = checkInWindow(target, now);
    const rows = await this.queries.audience(eventId, window);
    const participantIds = checkInAudience(
      {
        kind: target.kind,
        site: site ? { id: site.id, geometry: JSON.parse(site.geometry) as SiteGeometry } : null,
        window,
      },
      rows.people,
      rows.items,
      rows.sites.map((row) => ({ id: row.id, geometry: JSON.parse(row.geometry) as SiteGeometry })),
    );
    const id = randomUUID();
    const minuteMs = this.config.checkInMinuteSeconds * 1000;
    await this.dataSource.transaction((tx) =>
      this.queries.insert(
        {
          id,
          eventId,
          message: input.message ?? '',
          messageEn: input.messageEn ?? '',
          targetKind: target.kind,
          siteId,
          fromAt: target.kind === 'all' ? null : window.from,
          toAt: target.kind === 'all' ? null : window.to,
          incidentId: incident?.id ?? null,
          escalateAfterMinutes: input.escalateAfterMinutes,
          escalatesAt: new Date(Date.parse(now) + input.escalateAfterMinutes * minuteMs).toISOString(),
          escalatedAt: null,
          createdAt: now,
          createdBy: actor.displayName ?? actor.label ?? '',
        },
        participantIds,
        tx,
      ),
    );
    await this.audit.record(actor, {
      action: 'check-in.create',
      eventId,
      subjectType: 'check-in',
      subjectId: id,
      details: { target: target.kind, recipients: participantIds.length },
    });
    await this.live.publish(eventId, CHECK_IN_LIVE.created, { checkInId: id });
    return toCheckInDto(await this.require(eventId, id));
  }

  /** The coordinator's view: every recipient with their answer, who needs help first. Audited. */
  /**
   * The coordinator's view, every recipient with their answer, who needs help first, as JSON text: a thousand
   * answers are read often while they come in and written once each. Audited.
   */
  async detailJson(actor: Actor, eventId: string, checkInId: string): Promise<string> {
    const kept = await this.details.get(
      `${eventId}|${checkInId}`,
      async () => {
        const row = await this.require(eventId, checkInId);
        const recipients = (await this.queries.recipients(checkInId)).map(toRecipientDto).sort(byUrgency);
        const detail: CheckInDetailDto = { ...toCheckInDto(row), recipients };
        return { json: JSON.stringify(detail), recipients: recipients.length };
      },
      actor.changesSeen,
    );
    await this.audit.record(actor, {
      action: 'check-in.read',
      eventId,
      subjectType: 'check-in',
      subjectId: checkInId,
      details: { recipients: kept.recipients },
    });
    return kept.json;
  }

  /** Who a check-in goes to, with how to reach them: for sending it by e-mail or text. Audited. */
  async recipientsOf(actor: Actor, eventId: string, checkInId: string): Promise<CheckInRecipientContact[]> {
    await this.require(eventId, checkInId);
    const rows = await this.queries.recipients(checkInId);
    await this.audit.record(actor, {
      action: 'check-in.recipients.read',
      eventId,
      subjectType: 'check-in',
      subjectId: checkInId,
      details: { recipients: rows.length },
    });
    return rows.map((row) => ({
      participantId: row.participantId,
      fullName: row.fullName,
      email: row.email,
      phone: row.phone,
      language: null,
    }));
  }

  /** The check-ins sent to one person, on their own page. */
  async ownCheckIns(actor: Actor, eventId: string, participantId: string): Promise<ParticipantCheckInDto[]> {
    const rows = await this.queries.ownCheckIns(eventId, participantId);
    await this.audit.record(actor, {
      action: 'check-in.own.read',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return rows.map(toParticipantCheckIn);
  }

  /**
   * A participant's answer. The same answer again (a phone resending what it queued) changes
   * nothing and answers `created: false`; a changed answer replaces the earlier one. "Needs help"
   * files an incident for the person, once per check-in.
   */
  async answer(
    actor: Actor,
    eventId: string,
    participantId: string,
    checkInId: string,
    input: CheckInAnswer,
  ): Promise<{ checkIn: ParticipantCheckInDto; created: boolean }> {
    const checkIn = await this.require(eventId, checkInId);
    const earlier = await this.queries.recipient(checkInId, participantId);
    if (!earlier) throw notFound();
    const note = input.note ?? '';
    const same = earlier.status === input.status && earlier.note === note;
    if (!same) {
      await this.queries.saveAnswer(checkInId, participantId, {
        status: input.status,
        note,
        answeredAt: nowIso(),
      });
    }
    if (input.status === 'need-help' && !earlier.incidentId) {
      await this.fileIncident(actor, checkIn, participantId, note);
    }
    if (!same) {
      await this.audit.record(actor, {
        action: 'check-in.answer',
        eventId,
        subjectType: 'check-in',
        subjectId: checkInId,
        details: { status: input.status },
      });
      await this.live.publish(eventId, CHECK_IN_LIVE.answered, { checkInId });
    }
    const own = (await this.queries.ownCheckIns(eventId, participantId)).find((row) => row.id === checkInId);
    return { checkIn: toParticipantCheckIn(own as NonNullable<typeof own>), created: !same };
  }

  /**
   * Raises, on whichever instance gets there first, those who have not answered the check-ins
   * whose time has come, and tells the event's live stream. Answers how many check-ins it escalated.
   */
  async escalateDue(now = new Date()): Promise<number> {
    let escalated = 0;
    for (const due of await this.queries.due(now.toISOString())) {
      const raised = await this.dataSource.transaction(async (tx) => {
        const count = await this.queries.escalate(due.id, now.toISOString(), tx);
        // not a request, so no WriteBump: kept answers must not outlive the escalation
        if (count !== null) await this.changes.bump(tx);
        return count;
      });
      if (raised === null) continue;
      escalated += 1;
      await this.audit.record(SYSTEM_ACTOR, {
        action: 'check-in.escalate',
        eventId: due.eventId,
        subjectType: 'check-in',
        subjectId: due.id,
        details: { raised },
      });
      await this.live.publish(due.eventId, CHECK_IN_LIVE.escalated, { checkInId: due.id, raised });
    }
    return escalated;
  }

  private async fileIncident(actor: Actor, checkIn: CheckInRow, participantId: string, note: string) {
    const category = await this.incidentCategory(checkIn);
    const { incident } = await this.incidents.reportByParticipant(
      actor,
      checkIn.eventId,
      participantId,
      {
        clientId: incidentClientId(checkIn.id, participantId),
        description: needHelpDescription(note, actor.lang),
        mayCall: true,
      },
      { category, severity: 'high', siteId: checkIn.siteId },
    );
    await this.queries.linkIncident(checkIn.id, participantId, incident.id);
  }

  /** The category of the incident the check-in follows; else "other". */
  private async incidentCategory(checkIn: CheckInRow): Promise<IncidentCategory> {
    if (!checkIn.incidentId) return 'other';
    const incident = await this.queries.incidentOf(checkIn.eventId, checkIn.incidentId);
    const category = incident?.category as IncidentCategory | undefined;
    return category && INCIDENT_CATEGORIES.includes(category) ? category : 'other';
  }

  private async require(eventId: string, checkInId: string): Promise<CheckInRow> {
    const row = await this.queries.byId(eventId, checkInId);
    if (!row) throw notFound();
    return row;
  }
}
