import { Injectable } from '@nestjs/common';
import { AuditService } from '@tryggplan/api/audit-data';
import { Actor, conflict, invalidInput } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { MessageOutbox, OutboxMessage } from '@tryggplan/api/messages-data';
import { ExistingContact, ParticipantsQueries, PersonalLinksService } from '@tryggplan/api/participants-data';
import {
  MessageChannel,
  MessageChannels,
  ParticipantLinksSend,
  ParticipantLinksSendResult,
  personalLinkMessage,
  validationMessage,
} from '@tryggplan/shared/domain';

/** E-mail when the person has an address and e-mail is on, else SMS to their phone when SMS is on. */
function channelFor(person: ExistingContact, channels: MessageChannels): MessageChannel | undefined {
  if (person.email && channels.email) return 'email';
  if (person.phone && channels.sms) return 'sms';
  return undefined;
}

/**
 * Sends people a new personal link each (replacing the old one): the message carries the person's
 * own name and link, nothing about anyone else.
 */
@Injectable()
export class ParticipantLinksSender {
  constructor(
    private readonly outbox: MessageOutbox,
    private readonly links: PersonalLinksService,
    private readonly participants: ParticipantsQueries,
    private readonly events: EventsService,
    private readonly audit: AuditService,
  ) {}

  async send(
    actor: Actor,
    eventId: string,
    input: ParticipantLinksSend,
  ): Promise<ParticipantLinksSendResult> {
    const channels = this.outbox.channels();
    if (!channels.email && !channels.sms) throw conflict('messages_off');
    const event = await this.events.entity(eventId);
    const people = await this.chosen(actor, eventId, input.participantIds);
    const reachable = people.flatMap((person) => {
      const channel = channelFor(person, channels);
      return channel ? [{ person, channel }] : [];
    });
    const skipped = people
      .filter((person) => !channelFor(person, channels))
      .map((person) => ({
        participantId: person.id,
        fullName: person.fullName,
        reason: 'no-address' as const,
      }));
    const links = await this.links.renew(
      eventId,
      reachable.map(({ person }) => person.id),
    );
    const messages = reachable.map(({ person, channel }, index): OutboxMessage => {
      const content = personalLinkMessage({
        lang: actor.lang,
        fullName: person.fullName,
        eventName: event.name,
        url: links[index].url,
        expiresAt: links[index].expiresAt,
        timeZone: event.timezone,
      });
      return {
        eventId,
        kind: 'personal-link',
        channel,
        recipient: channel === 'email' ? (person.email as string) : (person.phone as string),
        recipientName: person.fullName,
        participantId: person.id,
        lang: actor.lang,
        subject: content.subject,
        text: content.text,
        html: content.html,
      };
    });
    await this.outbox.enqueueAll(messages);
    await this.audit.record(actor, {
      action: 'links.send',
      eventId,
      subjectType: 'participant',
      details: {
        queued: messages.length,
        skipped: skipped.length,
        participantIds: reachable.map(({ person }) => person.id),
      },
    });
    return { queued: messages.length, skipped };
  }

  /** Everyone of the event, or the ones named (each once); a name not in the event is a field error. */
  private async chosen(actor: Actor, eventId: string, ids: string[] | undefined): Promise<ExistingContact[]> {
    const everyone = await this.participants.contactsOf(eventId);
    if (!ids) return everyone;
    const byId = new Map(everyone.map((person) => [person.id, person]));
    const unknown = ids.findIndex((id) => !byId.has(id));
    if (unknown >= 0) {
      throw invalidInput([
        {
          field: `participantIds.${unknown}`,
          code: 'unknown_participant',
          message: validationMessage('unknown_participant', actor.lang),
        },
      ]);
    }
    return [...new Set(ids)].map((id) => byId.get(id) as ExistingContact);
  }
}
