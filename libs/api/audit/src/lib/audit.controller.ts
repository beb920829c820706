import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditService } from '@tryggplan/api/audit-data';
import { AdminOnly, ValidQuery } from '@tryggplan/api/core';
import { pageQuerySchema } from '@tryggplan/shared/domain';
import { z } from 'zod';

const auditQuerySchema = pageQuerySchema.extend({
  eventId: z.string().max(64).optional(),
  subject: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
});

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @AdminOnly()
  list(@ValidQuery(auditQuerySchema) query: z.output<typeof auditQuerySchema>) {
    return this.audit.list(query);
  }
}
