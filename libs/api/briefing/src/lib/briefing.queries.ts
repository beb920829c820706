import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { FolderScheduleItem } from '@tryggplan/shared/briefing';

export interface FolderParticipantRow {
  id: string;
  fullName: string;
  organization: string;
  accommodationSiteId: string | null;
  arrivalAt: string | null;
  departureAt: string | null;
}

/** The reads the folders of a whole event make: everyone and every schedule item at once. */
@Injectable()
export class BriefingQueries {
  constructor(private readonly sql: Sql) {}

  participantsOf(eventId: string): Promise<FolderParticipantRow[]> {
    return this.sql.all<FolderParticipantRow>(
      `SELECT "id", "fullName", "organization", "accommodationSiteId", "arrivalAt", "departureAt"
       FROM "participants" WHERE "eventId" = ?`,
      [eventId],
    );
  }

  /** Every schedule item of the event by start time, with whose it is. */
  scheduleOf(eventId: string): Promise<(FolderScheduleItem & { participantId: string })[]> {
    return this.sql.all(
      `SELECT "participantId", "title", "startsAt", "endsAt", "siteId" FROM "schedule_items"
       WHERE "eventId" = ? ORDER BY "startsAt"`,
      [eventId],
    );
  }

  async participantCount(eventId: string): Promise<number> {
    const row = await this.sql.get<{ n: number | string }>(
      'SELECT COUNT(*) AS "n" FROM "participants" WHERE "eventId" = ?',
      [eventId],
    );
    return Number(row?.n ?? 0);
  }
}
