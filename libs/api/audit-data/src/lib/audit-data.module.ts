import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditQueries } from './audit.queries';
import { AuditService } from './audit.service';

/** The audit log's table and the one service every feature records through (global: every write audits). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntryEntity])],
  providers: [AuditService, AuditQueries],
  exports: [AuditService],
})
export class AuditDataModule {}
