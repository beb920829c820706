import { OrganizationKind } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner organisation (police, security company, …); partner users belong to one. */
@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text') kind!: OrganizationKind;
  @Column('text') createdAt!: string;
}
