import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditService } from '@tryggplan/api/audit-data';
import { hashSecretToken, newSecretToken } from '@tryggplan/api/auth-data';
import { APP_CONFIG, AppConfig, notFound, nowIso, Actor, participantActor } from '@tryggplan/api/core';
import { EventsService } from '@tryggplan/api/events-data';
import { Repository } from 'typeorm';
import { ParticipantLinkEntity } from './participant-link.entity';
import { ParticipantsQueries } from './participants.queries';
import { ParticipantsService } from './participants.service';

export interface PersonalLink {
  participantId: string;
  url: string;
  expiresAt: string;
}

/** Personal links: 256-bit random tokens, stored hashed, one live link per person, valid until after the event. */
@Injectable()
export class PersonalLinksService {
  constructor(
    @InjectRepository(ParticipantLinkEntity) private readonly links: Repository<ParticipantLinkEntity>,
    private readonly participants: ParticipantsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    private readonly queries: ParticipantsQueries,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new link replaces (revokes) the person's earlier one. */
  async create(actor: Actor, eventId: string, participantId: string): Promise<PersonalLink> {
    await this.participants.entity(eventId, participantId);
    const [link] = await this.issue(eventId, [participantId]);
    await this.audit.record(actor, {
      action: 'links.create',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
    return link;
  }

  async createForAll(actor: Actor, eventId: string): Promise<PersonalLink[]> {
    const ids = await this.queries.idsOf(eventId);
    const links = await this.issue(eventId, ids);
    await this.audit.record(actor, { action: 'links.create-all', eventId, details: { count: links.length } });
    return links;
  }

  /** New links for these people of the event, replacing theirs; the caller audits why (a send records itself). */
  renew(eventId: string, participantIds: string[]): Promise<PersonalLink[]> {
    return this.issue(eventId, participantIds);
  }

  async revoke(actor: Actor, eventId: string, participantId: string): Promise<void> {
    await this.participants.entity(eventId, participantId);
    await this.links.delete({ participantId });
    await this.audit.record(actor, {
      action: 'links.revoke',
      eventId,
      subjectType: 'participant',
      subjectId: participantId,
    });
  }

  /** The address of a person's own page for their token. */
  urlFor(token: string): string {
    const base = this.config.publicUrl?.replace(/\/$/, '') ?? `http://localhost:${this.config.port}`;
    return `${base}/p/${token}`;
  }

  /** The participant behind a live token; a wrong, expired or revoked token are the same 404. */
  async resolve(token: string): Promise<{ participantId: string; eventId: string }> {
    const link = await this.queries.linkByTokenHash(hashSecretToken(token));
    if (!link || link.expiresAt < nowIso()) throw notFound();
    return { participantId: link.participantId, eventId: link.eventId };
  }

  /** Resolves a personal link and names its caller as the participant it belongs to, for the audit log. */
  async open(
    token: string,
    caller: Actor,
  ): Promise<{ participantId: string; eventId: string; actor: Actor }> {
    const { participantId, eventId } = await this.resolve(token);
    return { participantId, eventId, actor: participantActor(caller, participantId) };
  }

  private async issue(eventId: string, participantIds: string[]): Promise<PersonalLink[]> {
    const event = await this.events.entity(eventId);
    const expiresAt = new Date(
      Date.parse(event.endsAt) + this.config.linkDaysAfterEvent * 86400_000,
    ).toISOString();
    return this.links.manager.transaction(async (tx) => {
      const issued: PersonalLink[] = [];
      for (const participantId of participantIds) {
        const { token, hash } = newSecretToken();
        await tx.delete(ParticipantLinkEntity, { participantId });
        await tx.insert(ParticipantLinkEntity, {
          tokenHash: hash,
          participantId,
          eventId,
          expiresAt,
          createdAt: nowIso(),
        });
        issued.push({ participantId, url: this.urlFor(token), expiresAt });
      }
      return issued;
    });
  }
}
