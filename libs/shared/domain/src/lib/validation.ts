import { z } from 'zod';
import { Language } from './language';
import { hasBidiControl, hasControlCharacter } from './text-rules';
import { DATE_BOUNDS, isWithinDateBounds } from './time';
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

const withinDateBounds = {
  params: { code: 'date_out_of_range', min: DATE_BOUNDS.min, max: DATE_BOUNDS.max },
};

/** Control characters are refused; multi-line text keeps tab and line breaks, one line keeps none. */
function withoutControls(text: z.ZodString, allowLineBreaks: boolean): z.ZodString {
  return text.refine((value) => !hasControlCharacter(value, allowLineBreaks), {
    params: { code: 'control_character' },
  });
}

/** Building blocks shared by the schemas of every domain; every date and timestamp lies within DATE_BOUNDS. */
export const isoDateTime = z.iso
  .datetime({ offset: true, abort: true })
  .refine(isWithinDateBounds, withinDateBounds);
export const isoDate = z.iso.date({ abort: true }).refine(isWithinDateBounds, withinDateBounds);
/** Free text that may span lines: descriptions, notes, comments. */
export const trimmedText = (min: number, max: number) =>
  withoutControls(z.string().trim().min(min).max(max), true);
export const optionalText = (max: number) => trimmedText(0, max);
/** One line: names, titles, places; a text-direction override would make a name read unlike it matches. */
export const lineText = (min: number, max: number) =>
  withoutControls(z.string().trim().min(min).max(max), false).refine((value) => !hasBidiControl(value), {
    params: { code: 'bidi_control' },
  });
export const optionalLineText = (max: number) => lineText(0, max);
export const versionField = z.int().min(1);
export const timezoneField = z.string().refine(isValidTimezone, { params: { code: 'invalid_timezone' } });
