import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditActorType = 'user' | 'link' | 'anonymous' | 'system';

/** One line of the append-only audit log; the API offers no way to change it. */
@Entity('audit_entries')
@Index(['eventId', 'at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') at!: string;
  @Column('text') actorType!: AuditActorType;
  @Column('text', { nullable: true }) actorId!: string | null;
  @Column('text', { nullable: true }) actorLabel!: string | null;
  @Column('text') action!: string;
  @Column('text', { nullable: true }) eventId!: string | null;
  @Column('text', { nullable: true }) subjectType!: string | null;
  @Column('text', { nullable: true }) subjectId!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
  @Column('simple-json', { nullable: true }) details!: Record<string, unknown> | null;
}
