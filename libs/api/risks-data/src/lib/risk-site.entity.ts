import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A site a risk is linked to. Both sides cascade: a deleted site leaves no dangling id on a risk,
 * and a deleted risk takes its links along. `position` keeps the order the sites were given in.
 */
@Entity('risk_sites')
@Index('IDX_risk_sites_site', ['siteId'])
export class RiskSiteEntity {
  @PrimaryColumn('varchar') riskId!: string;
  @PrimaryColumn('varchar') siteId!: string;
  @Column('integer') position!: number;
}
