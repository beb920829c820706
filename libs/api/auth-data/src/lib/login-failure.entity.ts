import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One failed login, counted against its address and its account (or known device) for a window. */
@Entity('login_failures')
@Index(['key', 'at'])
export class LoginFailureEntity {
  @PrimaryColumn('text') id!: string;
  /** `ip:<address>`, `account:<email>` or `device:<id>`. */
  @Column('text') key!: string;
  @Column('text') at!: string;
}
