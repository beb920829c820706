import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('app_settings')
export class AppSettingEntity {
  @PrimaryColumn('text') key!: string;
  @Column('text') value!: string;
}
