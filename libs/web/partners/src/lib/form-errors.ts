import { TranslocoService } from '@jsverse/transloco';
import { formErrorOptions } from '@tryggplan/web/core';

/** The error options of this feature's forms: the shared messages and the fields the form shows. */
export function errorOptions(transloco: TranslocoService, fields?: readonly string[]) {
  return formErrorOptions(transloco, { fields });
}
