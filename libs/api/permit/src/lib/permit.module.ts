import { Module } from '@nestjs/common';
import { EventsDataModule } from '@tryggplan/api/events-data';
import { PdfModule } from '@tryggplan/api/pdf';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { PermitDataModule } from '@tryggplan/api/permit-data';
import { SitesDataModule } from '@tryggplan/api/sites-data';
import { PermitController } from './permit.controller';
import { PermitPackService } from './permit-pack.service';
import { PrintMapController } from './print-map.controller';
import { PrintMapService } from './print-map.service';

@Module({
  imports: [PermitDataModule, RisksDataModule, PdfModule, EventsDataModule, SitesDataModule],
  controllers: [PermitController, PrintMapController],
  providers: [PermitPackService, PrintMapService],
})
export class PermitModule {}
