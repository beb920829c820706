import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { UserEntity } from './user.entity';

export type SessionUserRow = Pick<
  UserEntity,
  'id' | 'email' | 'role' | 'displayName' | 'disabled' | 'sessionEpoch'
>;

/** The user a session names, whether that session was revoked, and whether the user is in the event. */
export interface RequestAccessRow extends SessionUserRow {
  revoked: boolean;
  member: boolean;
}

/** The one read every authenticated request makes: who the token names, and whether it may go on. */
@Injectable()
export class AuthQueries {
  constructor(private readonly sql: Sql) {}

  async requestAccess(
    userId: string,
    jti: string,
    eventId: string | undefined,
  ): Promise<RequestAccessRow | undefined> {
    const row = await this.sql.get<
      Omit<RequestAccessRow, 'revoked' | 'member'> & { revoked: unknown; member: unknown }
    >(
      `SELECT u."id", u."email", u."role", u."displayName", u."disabled", u."sessionEpoch",
         EXISTS (SELECT 1 FROM "revoked_sessions" r WHERE r."jti" = ?) AS "revoked",
         EXISTS (SELECT 1 FROM "event_members" m WHERE m."eventId" = ? AND m."userId" = u."id") AS "member"
       FROM "users" u WHERE u."id" = ?`,
      [jti, eventId ?? '', userId],
    );
    return (
      row && {
        ...row,
        disabled: Boolean(row.disabled),
        revoked: Boolean(row.revoked),
        member: Boolean(row.member),
      }
    );
  }
}
