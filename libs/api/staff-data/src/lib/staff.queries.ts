import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { StaffMemberDto, StaffRole, StaffShiftDto } from '@tryggplan/shared/domain';
import type { EntityManager } from 'typeorm';

export interface StaffRow {
  id: string;
  eventId: string;
  fullName: string;
  role: string;
  organization: string;
  phone: string | null;
  email: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

interface ShiftRow {
  staffId: string;
  position: number;
  startsAt: string;
  endsAt: string;
  siteId: string | null;
}

/** The columns a save writes, beside the id, event and times. */
export type StaffColumns = Pick<StaffRow, 'fullName' | 'role' | 'organization' | 'phone' | 'email'>;

const toShift = (row: ShiftRow): StaffShiftDto => ({
  startsAt: row.startsAt,
  endsAt: row.endsAt,
  siteId: row.siteId,
});

/** Every read and write of the security organisation: staff members and their shifts. */
@Injectable()
export class StaffQueries {
  constructor(readonly sql: Sql) {}

  /** The event's staff with their shifts, by name. */
  async list(eventId: string): Promise<StaffMemberDto[]> {
    const [members, shifts] = await Promise.all([
      this.sql.all<StaffRow>(`SELECT * FROM "staff_members" WHERE "eventId" = ? ORDER BY "fullName", "id"`, [
        eventId,
      ]),
      this.sql.all<ShiftRow>(
        `SELECT "staffId", "position", "startsAt", "endsAt", "siteId" FROM "staff_shifts"
         WHERE "eventId" = ? ORDER BY "staffId", "position"`,
        [eventId],
      ),
    ]);
    return this.assemble(members, shifts);
  }

  async byId(eventId: string, staffId: string): Promise<StaffMemberDto | undefined> {
    const row = await this.sql.get<StaffRow>(
      `SELECT * FROM "staff_members" WHERE "id" = ? AND "eventId" = ?`,
      [staffId, eventId],
    );
    if (!row) return undefined;
    const shifts = await this.sql.all<ShiftRow>(
      `SELECT "staffId", "position", "startsAt", "endsAt", "siteId" FROM "staff_shifts"
       WHERE "staffId" = ? ORDER BY "position"`,
      [staffId],
    );
    return this.assemble([row], shifts)[0];
  }

  /** The people whose shift covers the instant, found by the shifts' time index. */
  async onDuty(eventId: string, at: string): Promise<StaffMemberDto[]> {
    const ids = await this.sql.all<{ staffId: string }>(
      `SELECT DISTINCT "staffId" FROM "staff_shifts" WHERE "eventId" = ? AND "startsAt" <= ? AND "endsAt" > ?`,
      [eventId, at, at],
    );
    const wanted = new Set(ids.map((row) => row.staffId));
    if (wanted.size === 0) return [];
    return (await this.list(eventId)).filter((member) => wanted.has(member.id));
  }

  async insert(
    record: StaffColumns & { id: string; eventId: string; now: string },
    shifts: StaffShiftDto[],
    tx: EntityManager,
  ): Promise<void> {
    await this.sql.run(
      `INSERT INTO "staff_members" ("id", "eventId", "fullName", "role", "organization", "phone", "email",
         "createdAt", "updatedAt", "version") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`,
      [
        record.id,
        record.eventId,
        record.fullName,
        record.role,
        record.organization,
        record.phone,
        record.email,
        record.now,
        record.now,
      ],
      tx,
    );
    await this.writeShifts(record.id, record.eventId, shifts, tx);
  }

  /** Writes the person if the version still matches; false when someone else saved first. */
  async update(
    eventId: string,
    staffId: string,
    version: number,
    columns: StaffColumns,
    shifts: StaffShiftDto[],
    now: string,
    tx: EntityManager,
  ): Promise<boolean> {
    const updated = await this.sql.all<{ id: string }>(
      `UPDATE "staff_members" SET "fullName" = ?, "role" = ?, "organization" = ?, "phone" = ?, "email" = ?,
         "updatedAt" = ?, "version" = "version" + 1
       WHERE "id" = ? AND "eventId" = ? AND "version" = ? RETURNING "id"`,
      [
        columns.fullName,
        columns.role,
        columns.organization,
        columns.phone,
        columns.email,
        now,
        staffId,
        eventId,
        version,
      ],
      tx,
    );
    if (updated.length === 0) return false;
    await this.sql.run(`DELETE FROM "staff_shifts" WHERE "staffId" = ?`, [staffId], tx);
    await this.writeShifts(staffId, eventId, shifts, tx);
    return true;
  }

  /** Deletes the person with their shifts; false when there was nobody to delete. */
  async delete(eventId: string, staffId: string): Promise<boolean> {
    const deleted = await this.sql.all<{ id: string }>(
      `DELETE FROM "staff_members" WHERE "id" = ? AND "eventId" = ? RETURNING "id"`,
      [staffId, eventId],
    );
    return deleted.length > 0;
  }

  /** Events that ended before the cutoff and still have staff, with how many. */
  async purgeCandidates(cutoff: string): Promise<{ id: string; endsAt: string; n: number }[]> {
    const rows = await this.sql.all<{ id: string; endsAt: string; n: number | string }>(
      `SELECT e."id", e."endsAt", COUNT(s."id") AS "n" FROM "events" e
       JOIN "staff_members" s ON s."eventId" = e."id"
       WHERE e."endsAt" < ? GROUP BY e."id", e."endsAt"`,
      [cutoff],
    );
    return rows.map((row) => ({ id: row.id, endsAt: row.endsAt, n: Number(row.n) }));
  }

  async eraseStaffOf(eventId: string, tx: EntityManager): Promise<void> {
    await this.sql.run(`DELETE FROM "staff_members" WHERE "eventId" = ?`, [eventId], tx);
  }

  private async writeShifts(
    staffId: string,
    eventId: string,
    shifts: StaffShiftDto[],
    tx: EntityManager,
  ): Promise<void> {
    for (const [position, shift] of shifts.entries()) {
      await this.sql.run(
        `INSERT INTO "staff_shifts" ("staffId", "position", "eventId", "startsAt", "endsAt", "siteId")
         VALUES (?, ?, ?, ?, ?, ?)`,
        [staffId, position, eventId, shift.startsAt, shift.endsAt, shift.siteId],
        tx,
      );
    }
  }

  private assemble(members: StaffRow[], shifts: ShiftRow[]): StaffMemberDto[] {
    const byMember = new Map<string, StaffShiftDto[]>();
    for (const shift of shifts) {
      const list = byMember.get(shift.staffId) ?? [];
      list.push(toShift(shift));
      byMember.set(shift.staffId, list);
    }
    return members.map((row) => ({
      id: row.id,
      eventId: row.eventId,
      fullName: row.fullName,
      role: row.role as StaffRole,
      organization: row.organization,
      phone: row.phone,
      email: row.email,
      shifts: (byMember.get(row.id) ?? []).sort((a, b) => a.startsAt.localeCompare(b.startsAt)),
      version: Number(row.version),
    }));
  }
}
