import { Contact, EventStatus } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('events')
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('text') startsAt!: string;
  @Column('text') endsAt!: string;
  @Column('text') timezone!: string;
  @Column('text', { default: '' }) locationName!: string;
  @Column('real') centerLat!: number;
  @Column('real') centerLng!: number;
  @Column('integer') zoom!: number;
  @Column('text') status!: EventStatus;
  @Column('simple-json') contacts!: Contact[];
  @Column('boolean', { default: false }) keepsPartyAffiliation!: boolean;
  @Column('text', { default: '' }) briefingAdvice!: string;
  @Column('text', { default: '' }) threatSummary!: string;
  /** The English versions of the two texts above, '' when not written (the folders then print the Swedish). */
  @Column('text', { default: '' }) briefingAdviceEn!: string;
  @Column('text', { default: '' }) threatSummaryEn!: string;
  @Column('text', { nullable: true }) createdBy!: string | null;
  @Column('text') createdAt!: string;
  @Column('text') updatedAt!: string;
  @VersionColumn() version!: number;
}
