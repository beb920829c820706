import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { EventEntity } from './event.entity';

/** The event read every page of the app makes first: one statement, no ORM. */
@Injectable()
export class EventsQueries {
  constructor(private readonly sql: Sql) {}

  async byId(eventId: string): Promise<EventEntity | undefined> {
    const row = await this.sql.get<Omit<EventEntity, 'contacts'> & { contacts: string }>(
      'SELECT * FROM "events" WHERE "id" = ?',
      [eventId],
    );
    return row && { ...row, contacts: JSON.parse(row.contacts) as EventEntity['contacts'] };
  }
}
