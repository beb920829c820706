import type { TranslocoService } from '@jsverse/transloco';
import { FormErrorOptions, toFormErrors } from '../api/api-error';

/** What to tell the user about a failed request, in their language: the API's message or a general one. */
export function errorMessage(error: unknown, transloco: TranslocoService): string {
  return toFormErrors(error, { fallbackMessage: transloco.translate('errors.unexpected') }).message;
}

/** A form's error options with the general messages in the user's language, and its own `fields` etc. */
export function formErrorOptions<T extends Partial<FormErrorOptions>>(
  transloco: TranslocoService,
  own?: T,
): FormErrorOptions & { invalidMessage: string } & T {
  return {
    fallbackMessage: transloco.translate('errors.unexpected'),
    invalidMessage: transloco.translate('errors.checkFields'),
    ...(own as T),
  };
}
