import { Injectable } from '@nestjs/common';
import { CheckInsService } from '@tryggplan/api/check-ins-data';
import { Actor } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { MessageOutbox, OutboxMessage } from '@tryggplan/api/messages-data';
import { checkInRequestMessage, CheckInDto } from '@tryggplan/shared/domain';

/**
 * Tells the people a check-in asks: by e-mail when they have an address, else by SMS when it is on,
 * in the coordinator's language. Nothing is queued while both channels are off; the page still asks.
 */
@Injectable()
export class CheckInNotices {
  constructor(
    private readonly checkIns: CheckInsService,
    private readonly events: EventsService,
    private readonly outbox: MessageOutbox,
  ) {}

  async notify(actor: Actor, checkIn: CheckInDto): Promise<number> {
    const channels = this.outbox.channels();
    if (!channels.email && !channels.sms) return 0;
    const event = await this.events.entity(checkIn.eventId);
    const lang = actor.lang;
    const message =
      (lang === 'en' ? checkIn.messageEn : checkIn.message) || checkIn.message || checkIn.messageEn;
    const recipients = await this.checkIns.recipientsOf(actor, checkIn.eventId, checkIn.id);
    const messages: OutboxMessage[] = recipients.flatMap((person) => {
      const channel = channels.email && person.email ? 'email' : channels.sms && person.phone ? 'sms' : null;
      if (!channel) return [];
      return [
        {
          eventId: checkIn.eventId,
          kind: 'check-in-request',
          channel,
          recipient: (channel === 'email' ? person.email : person.phone) as string,
          recipientName: person.fullName,
          participantId: person.participantId,
          lang,
          ...checkInRequestMessage({ lang, fullName: person.fullName, eventName: event.name, message }),
        },
      ];
    });
    return (await this.outbox.enqueueAll(messages)).length;
  }
}
