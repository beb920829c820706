import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's comment on one risk of a revision, or (with parentId) a reply in its thread. */
@Entity('review_comments')
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') revisionId!: string;
  @Column('text', { nullable: true }) parentId!: string | null;
  @Column('text') riskId!: string;
  /** The organisation whose thread this is; replies carry the thread's organisation too. */
  @Column('text') organizationId!: string;
  @Column('text', { nullable: true }) authorId!: string | null;
  @Column('text') authorName!: string;
  @Column('text') body!: string;
  @Column('boolean', { default: false }) visibleToPartners!: boolean;
  @Column('text') createdAt!: string;
}
