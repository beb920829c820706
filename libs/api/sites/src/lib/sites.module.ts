import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SitePlanController } from './site-plan.controller';
import { SitePlanEntity } from './site-plan.entity';
import { SitePlanService } from './site-plan.service';
import { SiteEntity } from './site.entity';
import { SitesController } from './sites.controller';
import { SitesService } from './sites.service';

@Module({
  imports: [TypeOrmModule.forFeature([SiteEntity, SitePlanEntity])],
  controllers: [SitesController, SitePlanController],
  providers: [SitesService, SitePlanService],
  exports: [SitesService],
})
export class SitesModule {}
