import { HttpStatus } from '@nestjs/common';
import { apiMessage, ApiMessageCode, Language } from '@tryggplan/shared/domain';
import { ApiHttpException } from './errors';
import { WorkerBudgetError } from './worker-runner';

/** 413 whose message and detail name the limit that was passed. */
export function uploadTooLarge(code: ApiMessageCode, field: string, lang: Language): ApiHttpException {
  return new ApiHttpException(HttpStatus.PAYLOAD_TOO_LARGE, code, [
    { field, message: apiMessage(code, lang) },
  ]);
}

/** A file whose reading ran out of its time or memory is refused as too large, not as a server error. */
export function budgetRefusal(error: unknown, lang: Language): ApiHttpException | undefined {
  if (!(error instanceof WorkerBudgetError)) return undefined;
  return uploadTooLarge(error.budget === 'time' ? 'upload_too_slow' : 'upload_too_much_memory', 'file', lang);
}
