import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A participant's personal link: only the SHA-256 of its token is kept; one live link per person. */
@Entity('participant_links')
export class ParticipantLinkEntity {
  @PrimaryColumn('text') tokenHash!: string;
  @Column('text') participantId!: string;
  @Column('text') eventId!: string;
  @Column('text') expiresAt!: string;
  @Column('text') createdAt!: string;
}
