import { ParticipantRole, ProtectionLevel } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('participants')
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('text') fullName!: string;
  @Column('text') role!: ParticipantRole;
  @Column('text', { default: '' }) organization!: string;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('text') protectionLevel!: ProtectionLevel;
  @Column('text', { nullable: true }) arrivalAt!: string | null;
  @Column('text', { nullable: true }) departureAt!: string | null;
  @Column('text', { nullable: true }) accommodationSiteId!: string | null;
  @Column('simple-json', { nullable: true }) emergencyContact!: { name: string; phone: string } | null;
  @Column('text', { default: '' }) notes!: string;
  @Column('text', { nullable: true }) party!: string | null;
  @Column('text') createdAt!: string;
  @Column('text') updatedAt!: string;
  @VersionColumn() version!: number;
}
