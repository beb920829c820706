import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';

/** The organiser's site plan image of one event, kept in SQLite so it travels with the database. */
@Entity('site_plans')
export class SitePlanEntity {
  @PrimaryColumn('text') eventId!: string;
  @Column('text') contentType!: 'image/png' | 'image/jpeg';
  @Column('integer') size!: number;
  @Column('blob', { select: false }) image!: Buffer;
  @Column('real') south!: number;
  @Column('real') west!: number;
  @Column('real') north!: number;
  @Column('real') east!: number;
  @Column('real') opacity!: number;
  @Column('text') updatedAt!: string;
  @VersionColumn() version!: number;
}
