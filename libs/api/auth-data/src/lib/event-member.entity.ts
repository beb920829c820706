import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('event_members')
export class EventMemberEntity {
  @PrimaryColumn('text') eventId!: string;
  @PrimaryColumn('text') userId!: string;
  @Column('text') addedAt!: string;
}
