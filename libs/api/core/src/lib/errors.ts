import { HttpException, HttpStatus } from '@nestjs/common';
import { ApiError, ApiMessageCode } from '@tryggplan/shared/domain';

export type ErrorDetail = NonNullable<ApiError['details']>[number];

/** An error whose message the exception filter words in the caller's language. */
export class ApiHttpException extends HttpException {
  constructor(
    statusCode: number,
    readonly messageCode: ApiMessageCode,
    readonly details?: ErrorDetail[],
  ) {
    super(messageCode, statusCode);
  }
}

export const invalidInput = (details: ErrorDetail[]) =>
  new ApiHttpException(HttpStatus.BAD_REQUEST, 'invalid_input', details);
export const notFound = () => new ApiHttpException(HttpStatus.NOT_FOUND, 'not_found');
export const forbidden = () => new ApiHttpException(HttpStatus.FORBIDDEN, 'forbidden');
export const unauthorized = (code: ApiMessageCode = 'not_logged_in') =>
  new ApiHttpException(HttpStatus.UNAUTHORIZED, code);
export const conflict = (code: ApiMessageCode = 'stale_version', details?: ErrorDetail[]) =>
  new ApiHttpException(HttpStatus.CONFLICT, code, details);
