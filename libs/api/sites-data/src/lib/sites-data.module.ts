import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { SitePlanEntity } from './site-plan.entity';
import { SiteEntity } from './site.entity';
import { SitesQueries } from './sites.queries';
import { SitesService } from './sites.service';

@Module({
  imports: [TypeOrmModule.forFeature([SiteEntity, SitePlanEntity]), AuditDataModule],
  providers: [SitesService, SitesQueries],
  exports: [TypeOrmModule, SitesService],
})
export class SitesDataModule {}
