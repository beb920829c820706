import { Injectable } from '@nestjs/common';
import { Actor } from '@tryggplan/api/core';
import { invitationMessage } from '@tryggplan/shared/domain';
import { MessageOutbox } from './message-outbox';

/** An invitation the API created, as both invitation routes answer it. */
export interface CreatedInvitation<T extends { email: string; displayName: string }> {
  user: T;
  invitationUrl?: string;
}

/**
 * E-mails a new account its invitation link when e-mail is on, in the inviting admin's language; the
 * link is still answered to the admin, who can pass it on another way.
 */
@Injectable()
export class InvitationNotices {
  constructor(private readonly outbox: MessageOutbox) {}

  async mail<T extends { email: string; displayName: string }>(
    actor: Actor,
    created: CreatedInvitation<T>,
  ): Promise<CreatedInvitation<T> & { invitationEmailed?: boolean }> {
    if (!created.invitationUrl) return created;
    const { displayName, email } = created.user;
    const queued = await this.outbox.enqueue({
      eventId: null,
      kind: 'invitation',
      recipient: email,
      recipientName: displayName,
      lang: actor.lang,
      ...invitationMessage({ lang: actor.lang, displayName, url: created.invitationUrl }),
    });
    return { ...created, invitationEmailed: queued !== undefined };
  }
}
