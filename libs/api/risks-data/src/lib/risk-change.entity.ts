import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One saved change of a risk: who, when, which fields, old → new. */
@Entity('risk_changes')
@Index(['riskId', 'version'])
export class RiskChangeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') riskId!: string;
  @Column('text') eventId!: string;
  @Column('text') at!: string;
  @Column('text', { nullable: true }) actorId!: string | null;
  @Column('text') actor!: string;
  @Column('integer') version!: number;
  @Column('simple-json') changes!: { field: string; from: unknown; to: unknown }[];
}
