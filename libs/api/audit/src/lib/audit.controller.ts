import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AdminOnly, ValidQuery } from '@tryggplan/api/core';
import { pageQuerySchema } from '@tryggplan/shared/domain';
import { z } from 'zod';
import { AuditService } from './audit.service';

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
