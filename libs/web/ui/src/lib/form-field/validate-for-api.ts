import { Language, validate } from '@tryggplan/shared/domain';
import { FormErrorOptions, FormErrors, formErrorsFromDetails } from '@tryggplan/web/core';
import type { z } from 'zod';

/**
 * Checks a request body in the browser with the same zod schema the API uses, so the messages
 * (and their wording in sv/en) match the server's; null when the body is valid.
 */
export function validateForApi(
  schema: z.ZodType,
  body: unknown,
  lang: Language,
  options: FormErrorOptions & { invalidMessage: string },
): FormErrors | null {
  const result = validate(schema, body, lang);
  return result.ok ? null : formErrorsFromDetails(result.details, options);
}
