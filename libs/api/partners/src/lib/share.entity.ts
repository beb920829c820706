import { ShareScope } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One organisation's access to an event's revisions; revoking keeps the row for the record. */
@Entity('shares')
export class ShareEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('text') organizationId!: string;
  @Column('simple-json') scope!: ShareScope[];
  @Column('text') expiresAt!: string;
  @Column('text', { nullable: true }) revokedAt!: string | null;
  @Column('text') createdAt!: string;
  @Column('text', { nullable: true }) createdById!: string | null;
}
