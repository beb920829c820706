import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('schedule_items')
export class ScheduleItemEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('text') participantId!: string;
  @Column('text') title!: string;
  @Column('text') startsAt!: string;
  @Column('text') endsAt!: string;
  @Column('text', { nullable: true }) siteId!: string | null;
  @Column('boolean') isPublic!: boolean;
  @Column('text') createdAt!: string;
  @VersionColumn() version!: number;
}
