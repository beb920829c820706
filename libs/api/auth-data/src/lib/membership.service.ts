import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { invalidInput, notFound, nowIso } from '@tryggplan/api/core';
import { Language, MemberDto, validationMessage } from '@tryggplan/shared/domain';
import { EntityManager, In, Repository } from 'typeorm';
import { EventMemberEntity } from './event-member.entity';
import { UserEntity } from './user.entity';

/** Which coordinators work on which event; the AccessGuard asks the same table. */
@Injectable()
export class MembershipService {
  constructor(
    @InjectRepository(EventMemberEntity) private readonly members: Repository<EventMemberEntity>,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
  ) {}

  async eventIdsOf(userId: string): Promise<string[]> {
    return (await this.members.findBy({ userId })).map((member) => member.eventId);
  }

  /** The number of members per event, for the given events. */
  async countsOf(eventIds: string[]): Promise<Map<string, number>> {
    if (eventIds.length === 0) return new Map();
    const rows = await this.members
      .createQueryBuilder('member')
      .select('member.eventId', 'eventId')
      .addSelect('COUNT(*)', 'count')
      .where('member.eventId IN (:...eventIds)', { eventIds })
      .groupBy('member.eventId')
      .getRawMany<{ eventId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.eventId, Number(row.count)]));
  }

  async isMember(eventId: string, userId: string): Promise<boolean> {
    return this.members.existsBy({ eventId, userId });
  }

  async list(eventId: string): Promise<MemberDto[]> {
    const members = await this.members.findBy({ eventId });
    const users = await this.users.findBy({ id: In(members.map((member) => member.userId)) });
    return members
      .map((member) => {
        const user = users.find((candidate) => candidate.id === member.userId);
        return user
          ? {
              userId: user.id,
              email: user.email,
              displayName: user.displayName,
              role: user.role,
              addedAt: member.addedAt,
            }
          : null;
      })
      .filter((member): member is MemberDto => member !== null)
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'));
  }

  /** Only coordinators become members; partners reach an event through a share instead. */
  async add(eventId: string, userId: string, lang: Language): Promise<void> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound();
    if (user.role !== 'coordinator') {
      throw invalidInput([
        { field: 'userId', code: 'invalid_value', message: validationMessage('invalid_value', lang) },
      ]);
    }
    await this.members.upsert({ eventId, userId, addedAt: nowIso() }, ['eventId', 'userId']);
  }

  /** Makes the creator of an event its first member, in the same transaction that creates it. */
  async addWithin(manager: EntityManager, eventId: string, userId: string): Promise<void> {
    await manager.insert(EventMemberEntity, { eventId, userId, addedAt: nowIso() });
  }

  async remove(eventId: string, userId: string): Promise<boolean> {
    const result = await this.members.delete({ eventId, userId });
    return (result.affected ?? 0) > 0;
  }
}
