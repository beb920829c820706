import { Module } from '@nestjs/common';
import { AuditDataModule } from '@tryggplan/api/audit-data';
import { AuditController } from './audit.controller';

@Module({
  imports: [AuditDataModule],
  controllers: [AuditController],
})
export class AuditModule {}
