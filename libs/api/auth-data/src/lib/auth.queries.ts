import { Injectable } from '@nestjs/common';
import { Sql } from '@tryggplan/api/core';
import { UserEntity } from './user.entity';

export type SessionUserRow = Pick<
  UserEntity,
  'id' | 'email' | 'role' | 'displayName' | 'disabled' | 'sessionEpoch'
>;

/**
 * The user a session names, whether that session was revoked, whether the user is in the event, and
 * the change number as the access was read (so a kept answer needs no read of its own).
 */
export interface RequestAccessRow extends SessionUserRow {
  revoked: boolean;
  member: boolean;
  changesSeen: number;
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
      Omit<RequestAccessRow, 'revoked' | 'member' | 'changesSeen'> & {
        revoked: unknown;
        member: unknown;
        changesSeen: number | string | null;
      }
    >(
      `SELECT u."id", u."email", u."role", u."displayName", u."disabled", u."sessionEpoch",
         EXISTS (SELECT 1 FROM "revoked_sessions" r WHERE r."jti" = ?) AS "revoked",
         EXISTS (SELECT 1 FROM "event_members" m WHERE m."eventId" = ? AND m."userId" = u."id") AS "member",
         (SELECT c."value" FROM "data_changes" c WHERE c."id" = 1) AS "changesSeen"
       FROM "users" u WHERE u."id" = ?`,
      [jti, eventId ?? '', userId],
    );
    return (
      row && {
        ...row,
        disabled: Boolean(row.disabled),
        revoked: Boolean(row.revoked),
        member: Boolean(row.member),
        changesSeen: Number(row.changesSeen ?? 0),
      }
    );
  }
}
