import { HttpErrorResponse } from '@angular/common/http';
// Types only: the domain's values (zod schemas) must stay out of the first bundle, which loads core.
import type { ApiError } from '@tryggplan/shared/domain';

/** What a form shows after a failed request: one top message, messages beside fields, and the rest. */
export interface FormErrors {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  message: string;
  /** Message per form field, keyed by the form's own field name. */
  fields: Record<string, string>;
  /** Details about fields the form does not show, as "field: message", so nothing is hidden. */
  other: string[];
}

export interface FormErrorOptions {
  /** Shown when the answer is not in the API's error shape (network error, proxy page). */
  fallbackMessage: string;
  /** The fields the form shows; details for any other field go to `other`. Omit to accept every field. */
  fields?: readonly string[];
  /** API field name → form field name, e.g. `contacts.0.name` → `coordinatorName`. */
  rename?: Readonly<Record<string, string>>;
}

export function isApiError(value: unknown): value is ApiError {
  if (value === null || typeof value !== 'object') return false;
  const candidate = value as Partial<ApiError>;
  return (
    typeof candidate.statusCode === 'number' &&
    typeof candidate.message === 'string' &&
    (candidate.details === undefined || Array.isArray(candidate.details))
  );
}

/** Turns an API error (`{statusCode, error, message, details?}`) into the messages a form shows. */
export function toFormErrors(error: unknown, options: FormErrorOptions): FormErrors {
  const body = error instanceof HttpErrorResponse ? parseBody(error.error) : error;
  const status = error instanceof HttpErrorResponse ? error.status : isApiError(body) ? body.statusCode : 0;
  if (!isApiError(body)) return { status, message: options.fallbackMessage, fields: {}, other: [] };

  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const detail of body.details ?? []) {
    if (!detail || typeof detail.message !== 'string') continue;
    const field = options.rename?.[detail.field] ?? detail.field;
    if (options.fields && !options.fields.includes(field)) {
      other.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
      continue;
    }
    fields[field] = fields[field] ? `${fields[field]} ${detail.message}` : detail.message;
  }
  return { status, message: body.message || options.fallbackMessage, fields, other };
}

/** Details found in the browser (same shape as the API's) as the messages of a form. */
export function formErrorsFromDetails(
  details: NonNullable<ApiError['details']>,
  options: FormErrorOptions & { invalidMessage: string },
): FormErrors {
  return toFormErrors(
    { statusCode: 400, error: 'Bad Request', message: options.invalidMessage, details },
    options,
  );
}

/** The API answers JSON; a text body (responseType text) is parsed here so its shape is still seen. */
function parseBody(body: unknown): unknown {
  if (typeof body !== 'string') return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
