import { MitigationDto, RiskCategory, RiskStatus, RiskTreatment } from '@tryggplan/shared/domain';
import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * score, residualScore and nextDueDate are derived on every save (for filtering and sorting in SQL).
 * The linked sites are rows of `risk_sites` (RiskSiteEntity).
 */
@Entity('risks')
export class RiskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') eventId!: string;
  @Column('text') title!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('text') category!: RiskCategory;
  @Column('integer') likelihood!: number;
  @Column('integer') consequence!: number;
  @Column('integer') score!: number;
  @Column('text') treatment!: RiskTreatment;
  @Column('text') status!: RiskStatus;
  @Column('text', { default: '' }) owner!: string;
  @Column('integer', { nullable: true }) residualLikelihood!: number | null;
  @Column('integer', { nullable: true }) residualConsequence!: number | null;
  @Column('integer', { nullable: true }) residualScore!: number | null;
  @Column('simple-json') mitigations!: MitigationDto[];
  @Column('text', { nullable: true }) nextDueDate!: string | null;
  @Column('text') createdAt!: string;
  @Column('text') updatedAt!: string;
  @VersionColumn() version!: number;
}
