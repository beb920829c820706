import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, nowIso, Sql } from '@tryggplan/api/core';
import { Language, sharedRevisionMessage } from '@tryggplan/shared/domain';
import { MessageOutbox } from './message-outbox';

interface PartnerRecipient {
  shareId: string;
  email: string;
  displayName: string;
}

/**
 * Tells partners that a new revision is shared with them: one e-mail to each enabled partner account
 * of every organisation with a live share of the event, with the link to the shared revision and no
 * personal data. Nothing is queued while e-mail is off.
 */
@Injectable()
export class SharedRevisionNotices {
  constructor(
    private readonly sql: Sql,
    private readonly outbox: MessageOutbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async notify(input: {
    eventId: string;
    eventName: string;
    revision: number;
    lang: Language;
  }): Promise<number> {
    if (!this.outbox.channels().email) return 0;
    const recipients = await this.sql.all<PartnerRecipient>(
      `SELECT s."id" AS "shareId", u."email", u."displayName" FROM "shares" s
       JOIN "users" u ON u."organizationId" = s."organizationId"
       WHERE s."eventId" = ? AND s."revokedAt" IS NULL AND s."expiresAt" > ?
         AND u."role" = 'partner' AND u."disabled" = ?
       ORDER BY u."email"`,
      [input.eventId, nowIso(), false],
    );
    const base = this.config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${this.config.port}`;
    const ids = await this.outbox.enqueueAll(
      recipients.map((recipient) => ({
        eventId: input.eventId,
        kind: 'shared-revision' as const,
        recipient: recipient.email,
        recipientName: recipient.displayName,
        lang: input.lang,
        ...sharedRevisionMessage({
          lang: input.lang,
          eventName: input.eventName,
          revision: input.revision,
          url: `${base}/shared/${recipient.shareId}/revisions/${input.revision}`,
        }),
      })),
    );
    return ids.length;
  }
}
