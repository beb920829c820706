import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AuthDataModule } from '@tryggplan/api/auth-data';
import { RisksDataModule } from '@tryggplan/api/risks-data';
import { RiskLibraryService } from './risk-library.service';
import { RisksController } from './risks.controller';

@Module({
  imports: [RisksDataModule, AuthDataModule, AuditDataModule],
  controllers: [RisksController],
  providers: [RiskLibraryService],
})
export class RisksModule {}
