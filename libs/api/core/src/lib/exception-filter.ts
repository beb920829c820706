import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { ApiError, apiMessage, ApiMessageCode } from '@tryggplan/shared/domain';
import type { Request, Response } from 'express';
import { ApiHttpException } from './errors';
import { requestLanguage } from './request-language';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};

const CODE_BY_STATUS: Record<number, ApiMessageCode> = {
  400: 'invalid_input',
  401: 'not_logged_in',
  403: 'forbidden',
  404: 'not_found',
  409: 'stale_version',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'too_many_attempts',
};

interface BodyParserError {
  type?: string;
  status?: number;
  statusCode?: number;
}

/** The answer to an error in the one shape of shared/API.md, worded in the caller's language. */
export function apiErrorOf(exception: unknown, req: Request): ApiError {
  const { statusCode, code, details } = classify(exception);
  return {
    statusCode,
    error: REASONS[statusCode] ?? 'Error',
    message: apiMessage(code, requestLanguage(req)),
    ...(details && details.length > 0 ? { details } : {}),
  };
}

/** Every error leaves in the one shape of shared/API.md, worded in the caller's language. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const req = ctx.getRequest<Request>();
    const res = ctx.getResponse<Response>();
    const body = apiErrorOf(exception, req);
    if (body.statusCode >= 500) this.logger.error(exception);
    if (body.statusCode === HttpStatus.TOO_MANY_REQUESTS) this.setRetryAfter(res);
    res.status(body.statusCode).json(body);
  }

  /** The throttler names its header per limit (Retry-After-account); clients expect the standard one. */
  private setRetryAfter(res: Response): void {
    const waits = Object.entries(res.getHeaders())
      .filter(([name]) => name.toLowerCase().startsWith('retry-after'))
      .map(([, value]) => Number(value))
      .filter((value) => Number.isFinite(value) && value > 0);
    res.setHeader('Retry-After', String(Math.max(1, ...waits)));
  }
}

function classify(exception: unknown): {
  statusCode: number;
  code: ApiMessageCode;
  details?: ApiError['details'];
} {
  if (exception instanceof ApiHttpException) {
    return { statusCode: exception.getStatus(), code: exception.messageCode, details: exception.details };
  }
  if (exception instanceof ThrottlerException) {
    return { statusCode: HttpStatus.TOO_MANY_REQUESTS, code: 'too_many_attempts' };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    return { statusCode, code: CODE_BY_STATUS[statusCode] ?? 'internal_error' };
  }
  const parserError = exception as BodyParserError;
  if (parserError?.type === 'entity.too.large') return { statusCode: 413, code: 'payload_too_large' };
  if (parserError?.type === 'entity.parse.failed') return { statusCode: 400, code: 'invalid_json' };
  if (parserError?.type === 'encoding.unsupported' || parserError?.type === 'charset.unsupported') {
    return { statusCode: 415, code: 'unsupported_media_type' };
  }
  return { statusCode: HttpStatus.INTERNAL_SERVER_ERROR, code: 'internal_error' };
}
