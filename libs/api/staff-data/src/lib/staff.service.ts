import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import {
  Actor,
  conflict,
  ErrorDetail,
  invalidInput,
  LiveChannel,
  notFound,
  nowIso,
  SharedChanges,
  SYSTEM_ACTOR,
} from '@tryggplan/api/core';
import { SitesService } from '@tryggplan/api/sites-data';
import {
  currentShift,
  Language,
  OnDutyDto,
  StaffCreate,
  StaffMemberDto,
  StaffShiftDto,
  StaffShiftInput,
  StaffUpdate,
  validationMessage,
  STAFF_CHANGED,
} from '@tryggplan/shared/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { StaffColumns, StaffQueries } from './staff.queries';

/** A person an import updates, at the version its check read. */
export interface StaffImportUpdate {
  id: string;
  version: number;
  value: StaffCreate;
}

const toColumns = (input: StaffCreate): StaffColumns => ({
  fullName: input.fullName,
  role: input.role,
  organization: input.organization ?? '',
  phone: input.phone ?? null,
  email: input.email ? input.email.toLowerCase() : null,
});

/** Shifts as stored: instants in UTC, in time order, a missing post as null. */
const toShifts = (shifts: StaffShiftInput[] | undefined): StaffShiftDto[] =>
  (shifts ?? [])
    .map((shift) => ({
      startsAt: new Date(shift.startsAt).toISOString(),
      endsAt: new Date(shift.endsAt).toISOString(),
      siteId: shift.siteId ?? null,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

/**
 * The event's security organisation. Staff are personal data as participants are: every read is
 * audited by count or id (no names in the log), and they are erased with the participants once the
 * event's retention has passed. Changes are told on the live channel once committed.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly queries: StaffQueries,
    private readonly dataSource: DataSource,
    private readonly sites: SitesService,
    private readonly audit: AuditService,
    private readonly live: LiveChannel,
    private readonly shared: SharedChanges,
  ) {}

  async list(actor: Actor, eventId: string): Promise<StaffMemberDto[]> {
    const members = await this.queries.list(eventId);
    await this.audit.record(actor, {
      action: 'staff.list',
      eventId,
      subjectType: 'staff',
      details: { count: members.length },
    });
    return members;
  }

  /** The people on duty at an instant (now when none is given), each with the shift they are in. */
  async onDuty(actor: Actor, eventId: string, at?: string): Promise<OnDutyDto> {
    const instant = new Date(at ?? Date.now()).toISOString();
    const members = await this.queries.onDuty(eventId, instant);
    await this.audit.record(actor, {
      action: 'staff.on-duty',
      eventId,
      subjectType: 'staff',
      details: { count: members.length },
    });
    return {
      at: instant,
      items: members.flatMap((member) => {
        const shift = currentShift(member, instant);
        return shift ? [{ member, shift }] : [];
      }),
    };
  }

  async create(actor: Actor, eventId: string, input: StaffCreate): Promise<StaffMemberDto> {
    const shifts = toShifts(input.shifts);
    await this.checkPosts(eventId, input.shifts ?? [], actor.lang);
    const id = randomUUID();
    await this.dataSource.transaction((tx) =>
      this.queries.insert({ ...toColumns(input), id, eventId, now: nowIso() }, shifts, tx),
    );
    await this.audit.record(actor, { action: 'staff.create', eventId, subjectType: 'staff', subjectId: id });
    await this.announce(eventId, id);
    return this.require(eventId, id);
  }

  async update(actor: Actor, eventId: string, staffId: string, input: StaffUpdate): Promise<StaffMemberDto> {
    const current = await this.require(eventId, staffId);
    if (current.version !== input.version) throw conflict();
    const { version, ...changes } = input;
    const merged: StaffCreate = { ...current, ...changes };
    if (changes.shifts) await this.checkPosts(eventId, changes.shifts, actor.lang);
    const saved = await this.dataSource.transaction((tx) =>
      this.queries.update(
        eventId,
        staffId,
        version,
        toColumns(merged),
        toShifts(merged.shifts),
        nowIso(),
        tx,
      ),
    );
    if (!saved) throw conflict();
    await this.audit.record(actor, {
      action: 'staff.update',
      eventId,
      subjectType: 'staff',
      subjectId: staffId,
      details: { fields: Object.keys(changes) },
    });
    await this.announce(eventId, staffId);
    return this.require(eventId, staffId);
  }

  /** Hard delete with the shifts; the audit line names only the id. */
  async erase(actor: Actor, eventId: string, staffId: string): Promise<void> {
    if (!(await this.queries.delete(eventId, staffId))) throw notFound();
    await this.audit.record(actor, {
      action: 'staff.erase',
      eventId,
      subjectType: 'staff',
      subjectId: staffId,
    });
    await this.announce(eventId, staffId);
  }

  /**
   * A whole import in one transaction: new people inserted, matched ones updated at the version the check
   * read. Someone changed in between answers 409 and nothing is saved.
   */
  async importRows(
    actor: Actor,
    eventId: string,
    changes: { creates: StaffCreate[]; updates: StaffImportUpdate[] },
  ): Promise<{ created: string[]; updated: string[] }> {
    const now = nowIso();
    const created = changes.creates.map(() => randomUUID());
    await this.dataSource.transaction(async (tx) => {
      for (const [index, input] of changes.creates.entries()) {
        await this.queries.insert(
          { ...toColumns(input), id: created[index], eventId, now },
          toShifts(input.shifts),
          tx,
        );
      }
      for (const { id, version, value } of changes.updates) {
        const saved = await this.queries.update(
          eventId,
          id,
          version,
          toColumns(value),
          toShifts(value.shifts),
          now,
          tx,
        );
        if (!saved) throw conflict();
      }
    });
    const updated = changes.updates.map((update) => update.id);
    await this.audit.record(actor, {
      action: 'staff.import',
      eventId,
      subjectType: 'staff',
      details: { count: created.length + updated.length, created: created.length, updated: updated.length },
    });
    if (created.length + updated.length > 0) {
      await this.shared.bump();
      await this.live.publish(eventId, STAFF_CHANGED, { count: created.length + updated.length });
    }
    return { created, updated };
  }

  /** A checked import reads nobody's data back but tells how many people it covered. */
  async recordImportCheck(actor: Actor, eventId: string, details: Record<string, number>): Promise<void> {
    await this.audit.record(actor, { action: 'staff.import-check', eventId, subjectType: 'staff', details });
  }

  /** Everyone of the event, unaudited: for documents whose export is audited as a whole (the permit pack). */
  all(eventId: string): Promise<StaffMemberDto[]> {
    return this.queries.list(eventId);
  }

  /** The retention job's part: erases the staff of events that ended before the cutoff. */
  async purgeEnded(
    cutoff: string,
    valid: (endsAt: string) => boolean,
  ): Promise<{ eventId: string; erased: number }[]> {
    const done: { eventId: string; erased: number }[] = [];
    for (const event of await this.queries.purgeCandidates(cutoff)) {
      if (!valid(event.endsAt)) continue;
      await this.dataSource.transaction(async (tx) => {
        await this.queries.eraseStaffOf(event.id, tx);
        await this.shared.bump(tx);
      });
      await this.audit.record(SYSTEM_ACTOR, {
        action: 'staff.purge',
        eventId: event.id,
        details: { count: event.n },
      });
      done.push({ eventId: event.id, erased: event.n });
    }
    return done;
  }

  private async require(eventId: string, staffId: string): Promise<StaffMemberDto> {
    const member = await this.queries.byId(eventId, staffId);
    if (!member) throw notFound();
    return member;
  }

  /** A post must be one of the event's own sites. */
  private async checkPosts(eventId: string, shifts: StaffShiftInput[], lang: Language): Promise<void> {
    if (!shifts.some((shift) => shift.siteId)) return;
    const siteIds = new Set(await this.sites.idsOf(eventId));
    const problems: ErrorDetail[] = [];
    shifts.forEach((shift, index) => {
      if (shift.siteId && !siteIds.has(shift.siteId)) {
        problems.push({
          field: `shifts.${index}.siteId`,
          code: 'unknown_site',
          message: validationMessage('unknown_site', lang),
        });
      }
    });
    if (problems.length > 0) throw invalidInput(problems);
  }

  private async announce(eventId: string, staffId: string): Promise<void> {
    await this.shared.bump();
    await this.live.publish(eventId, STAFF_CHANGED, { staffId });
  }
}
