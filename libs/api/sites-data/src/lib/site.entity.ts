import { SiteGeometry, SiteKind } from '@tryggplan/shared/domain';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('sites')
@Index(['eventId'])
export class SiteEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('text') kind!: SiteKind;
  @Column('text') name!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('text', { default: '' }) address!: string;
  @Column('simple-json') geometry!: SiteGeometry;
  /** Footprint in metres; both null when the site has no size. */
  @Column('real', { nullable: true }) sizeWidth!: number | null;
  @Column('real', { nullable: true }) sizeDepth!: number | null;
  /** Whole degrees clockwise from north. */
  @Column('integer', { default: 0 }) rotation!: number;
  @Column('text') createdAt!: string;
  @Column('text') updatedAt!: string;
  @VersionColumn() version!: number;
}
