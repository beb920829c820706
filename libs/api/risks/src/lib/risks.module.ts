import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '@tryggplan/api/auth';
import { SitesModule } from '@tryggplan/api/sites';
import { RiskChangeEntity } from './risk-change.entity';
import { RiskLibraryService } from './risk-library.service';
import { RiskEntity } from './risk.entity';
import { RisksController } from './risks.controller';
import { RiskSiteEntity } from './risk-site.entity';
import { RisksQueries } from './risks.queries';
import { RisksService } from './risks.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RiskEntity, RiskChangeEntity, RiskSiteEntity]),
    SitesModule,
    AuthModule,
  ],
  controllers: [RisksController],
  providers: [RisksService, RisksQueries, RiskLibraryService],
  exports: [RisksService],
})
export class RisksModule {}
