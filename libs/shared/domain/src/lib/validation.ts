import { z } from 'zod';
import { Language } from './language';
import { MessageParams, ValidationCode, validationMessage } from './validation-messages';

export interface ValidationDetail {
  field: string;
  code: ValidationCode;
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; details: ValidationDetail[] };

function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function fieldName(path: PropertyKey[]): string {
  return path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue, input: unknown): { code: ValidationCode; params: MessageParams } {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { code: 'required', params: {} };
      if (issue.expected === 'int') return { code: 'not_integer', params: {} };
      return { code: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small':
      return issue.origin === 'string'
        ? { code: 'too_short', params: { minimum: Number(issue.minimum) } }
        : { code: 'too_small', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'too_long', params: { maximum: Number(issue.maximum) } }
        : { code: 'too_big', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'invalid_email', params: {} };
      if (issue.format === 'datetime') return { code: 'invalid_datetime', params: {} };
      if (issue.format === 'date') return { code: 'invalid_date', params: {} };
      return { code: 'invalid_value', params: {} };
    case 'invalid_value':
      return { code: 'invalid_choice', params: { options: issue.values.map(String).join(', ') } };
    case 'custom': {
      const params = (issue.params ?? {}) as MessageParams & { code?: ValidationCode };
      return { code: params.code ?? 'invalid_value', params };
    }
    default:
      return { code: 'invalid_value', params: {} };
  }
}

/** Turns a Zod error into one detail per bad field, worded in the caller's language. */
export function toValidationDetails(error: z.ZodError, input: unknown, lang: Language): ValidationDetail[] {
  const details: ValidationDetail[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = fieldName([...issue.path, key]);
        details.push({ field, code: 'unknown_field', message: validationMessage('unknown_field', lang) });
      }
      continue;
    }
    const { code, params } = describe(issue, input);
    details.push({ field: fieldName(issue.path), code, message: validationMessage(code, lang, params) });
  }
  return details;
}

export function validate<T extends z.ZodType>(
  schema: T,
  input: unknown,
  lang: Language,
): ValidationResult<z.output<T>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, details: toValidationDetails(result.error, input, lang) };
}

export function isValidTimezone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Building blocks shared by the schemas of every domain. */
export const isoDateTime = z.iso.datetime({ offset: true });
export const trimmedText = (min: number, max: number) => z.string().trim().min(min).max(max);
export const optionalText = (max: number) => z.string().trim().max(max);
export const versionField = z.int().min(1);
export const timezoneField = z.string().refine(isValidTimezone, { params: { code: 'invalid_timezone' } });
