import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A logged-out token, refused until it would have expired anyway. */
@Entity('revoked_sessions')
export class RevokedSessionEntity {
  @PrimaryColumn('text') jti!: string;
  @Column('text') expiresAt!: string;
}
