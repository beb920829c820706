import { TranslocoService } from '@jsverse/transloco';

/** The texts every form of this feature shows for failed requests and invalid input. */
export function errorOptions(transloco: TranslocoService, fields?: readonly string[]) {
  return {
    fallbackMessage: transloco.translate('errors.unexpected'),
    invalidMessage: transloco.translate('errors.checkFields'),
    fields,
  };
}
