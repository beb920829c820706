import { UserRole } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text', { unique: true }) email!: string;
  @Column('text') displayName!: string;
  @Column('text') role!: UserRole;
  @Column('text', { nullable: true }) organizationId!: string | null;
  @Column('text', { nullable: true }) passwordHash!: string | null;
  @Column('boolean', { default: false }) disabled!: boolean;
  /** Raised on logout, password change and disabling: every token issued before is void. */
  @Column('integer', { default: 0 }) sessionEpoch!: number;
  @Column('text', { nullable: true }) invitationHash!: string | null;
  @Column('text', { nullable: true }) invitationExpiresAt!: string | null;
  @Column('text') createdAt!: string;
  @VersionColumn() version!: number;
}
