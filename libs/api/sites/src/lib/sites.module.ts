import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { SitePlanController } from './site-plan.controller';
import { SitePlanService } from './site-plan.service';
import { SitesController } from './sites.controller';

@Module({
  imports: [SitesDataModule, AuditDataModule],
  controllers: [SitesController, SitePlanController],
  providers: [SitePlanService],
})
export class SitesModule {}
