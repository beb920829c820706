import { HttpErrorResponse } from '@angular/common/http';
import type { TranslocoService } from '@jsverse/transloco';
import { errorMessage, formErrorOptions } from './error-messages';

const transloco = { translate: (key: string) => `«${key}»` } as unknown as TranslocoService;

describe('error messages in the user’s language', () => {
  it('shows the API’s own message, and the general one when the answer is not the API’s', () => {
    const api = new HttpErrorResponse({
      status: 409,
      error: { statusCode: 409, error: 'Conflict', message: 'Någon annan har ändrat.' },
    });
    expect(errorMessage(api, transloco)).toBe('Någon annan har ändrat.');
    expect(errorMessage(new HttpErrorResponse({ status: 0, error: 'offline' }), transloco)).toBe(
      '«errors.unexpected»',
    );
  });

  it('gives a form the general messages beside its own options', () => {
    expect(formErrorOptions(transloco)).toEqual({
      fallbackMessage: '«errors.unexpected»',
      invalidMessage: '«errors.checkFields»',
    });
    expect(formErrorOptions(transloco, { fields: ['name'] })).toEqual({
      fallbackMessage: '«errors.unexpected»',
      invalidMessage: '«errors.checkFields»',
      fields: ['name'],
    });
  });
});
