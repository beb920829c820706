import { ReviewDecision } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** An organisation's decision on one revision; a later decision replaces the earlier one. */
@Entity('reviews')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') revisionId!: string;
  @Column('text') organizationId!: string;
  @Column('text') decision!: ReviewDecision;
  @Column('text') comment!: string;
  @Column('text', { nullable: true }) reviewerId!: string | null;
  @Column('text') reviewerName!: string;
  @Column('text') reviewedAt!: string;
}
