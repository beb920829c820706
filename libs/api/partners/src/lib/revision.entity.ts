import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A published, immutable, numbered snapshot of an event's risk plan; rows are never updated. */
@Entity('risk_plan_revisions')
export class RevisionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('integer') number!: number;
  @Column('text') note!: string;
  @Column('boolean') includesPublicSchedule!: boolean;
  @Column('integer') riskCount!: number;
  /** The snapshot as JSON text: `{event, risks, sites, publicSchedule}`. */
  @Column('text') snapshot!: string;
  @Column('text') publishedAt!: string;
  @Column('text', { nullable: true }) publishedById!: string | null;
  @Column('text') publishedBy!: string;
}
