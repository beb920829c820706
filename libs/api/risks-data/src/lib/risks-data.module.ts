import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { RiskChangeEntity } from './risk-change.entity';
import { RiskEntity } from './risk.entity';
import { RiskSiteEntity } from './risk-site.entity';
import { RisksQueries } from './risks.queries';
import { RisksService } from './risks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RiskEntity, RiskChangeEntity, RiskSiteEntity]),
    SitesDataModule,
    AuditDataModule,
  ],
  providers: [RisksService, RisksQueries],
  exports: [RisksService],
})
export class RisksDataModule {}
