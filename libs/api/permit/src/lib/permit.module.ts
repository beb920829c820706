import { Module } from '@nestjs/common';
import { PdfModule } from '@tryggplan/api/pdf';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { PermitDataModule } from '@tryggplan/api/permit-data';
import { PermitController } from './permit.controller';
import { PermitPackService } from './permit-pack.service';

@Module({
  imports: [PermitDataModule, RisksDataModule, PdfModule],
  controllers: [PermitController],
  providers: [PermitPackService],
})
export class PermitModule {}
