import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { UserEntity } from './user.entity';

export type SessionUserRow = Pick<
  UserEntity,
  'id' | 'email' | 'role' | 'displayName' | 'disabled' | 'sessionEpoch'
>;

/** The reads every authenticated request makes: who the token names, and whether it may go on. */
@Injectable()
export class AuthQueries {
  constructor(private readonly sql: Sql) {}

  sessionUser(userId: string): Promise<SessionUserRow | undefined> {
    return this.sql.get<SessionUserRow>(
      'SELECT "id", "email", "role", "displayName", "disabled", "sessionEpoch" FROM "users" WHERE "id" = ?',
      [userId],
    );
  }

  async isMember(eventId: string, userId: string): Promise<boolean> {
    const row = await this.sql.get(
      'SELECT 1 AS "yes" FROM "event_members" WHERE "eventId" = ? AND "userId" = ?',
      [eventId, userId],
    );
    return row !== undefined;
  }

  async isRevoked(jti: string): Promise<boolean> {
    return (
      (await this.sql.get('SELECT 1 AS "yes" FROM "revoked_sessions" WHERE "jti" = ?', [jti])) !== undefined
    );
  }
}
