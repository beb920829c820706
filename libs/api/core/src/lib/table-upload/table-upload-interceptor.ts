import {
  CallHandler,
  ExecutionContext,
  mixin,
  NestInterceptor,
  PayloadTooLargeException,
  Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { requestLanguage } from '../request-language';
import { uploadTooLarge } from '../upload-refusals';
import { TABLE_LIMITS } from './table-limits';

/**
 * Multer for one table upload in the field `file`: it stops reading at TABLE_LIMITS.fileBytes, and
 * its bare 413 becomes one that names the limit.
 */
export function TableUploadInterceptor(): Type<NestInterceptor> {
  const Multer = FileInterceptor('file', { limits: { fileSize: TABLE_LIMITS.fileBytes, files: 1 } });
  class TableUpload extends Multer {
    override async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await super.intercept(context, next);
      } catch (error) {
        if (!(error instanceof PayloadTooLargeException)) throw error;
        const lang = requestLanguage(context.switchToHttp().getRequest<Request>());
        throw uploadTooLarge('upload_file_too_large', 'file', lang);
      }
    }
  }
  return mixin(TableUpload);
}
