import { HttpErrorResponse } from '@angular/common/http';
import { formErrorsFromDetails, toFormErrors } from './api-error';

const fallbackMessage = 'Något gick fel.';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/events' });
}

describe('toFormErrors', () => {
  it('puts each detail beside its field and keeps the top message', () => {
    const errors = toFormErrors(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Uppgifterna är inte giltiga.',
        details: [
          { field: 'name', message: 'Måste anges.', code: 'required' },
          { field: 'endsAt', message: 'Slutet får inte ligga före starten.', code: 'end_before_start' },
        ],
      }),
      { fallbackMessage },
    );
    expect(errors).toEqual({
      status: 400,
      message: 'Uppgifterna är inte giltiga.',
      fields: { name: 'Måste anges.', endsAt: 'Slutet får inte ligga före starten.' },
      other: [],
    });
  });

  it('joins several messages for one field', () => {
    const errors = toFormErrors(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ogiltigt.',
        details: [
          { field: 'password', message: 'För kort.' },
          { field: 'password', message: 'För enkelt.' },
        ],
      }),
      { fallbackMessage },
    );
    expect(errors.fields['password']).toBe('För kort. För enkelt.');
  });

  it('lists details for fields the form does not show instead of dropping them', () => {
    const errors = toFormErrors(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ogiltigt.',
        details: [
          { field: 'name', message: 'Måste anges.' },
          { field: 'colour', message: 'Okänt fält.' },
        ],
      }),
      { fallbackMessage, fields: ['name'] },
    );
    expect(errors.fields).toEqual({ name: 'Måste anges.' });
    expect(errors.other).toEqual(['colour: Okänt fält.']);
  });

  it('renames API fields to the form fields', () => {
    const errors = toFormErrors(
      httpError(400, {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Ogiltigt.',
        details: [{ field: 'contacts.0.email', message: 'Är ingen giltig e-postadress.' }],
      }),
      { fallbackMessage, fields: ['coordinatorEmail'], rename: { 'contacts.0.email': 'coordinatorEmail' } },
    );
    expect(errors.fields).toEqual({ coordinatorEmail: 'Är ingen giltig e-postadress.' });
  });

  it('uses the message of errors without details (401, 409)', () => {
    const errors = toFormErrors(
      httpError(409, { statusCode: 409, error: 'Conflict', message: 'Någon annan har ändrat detta.' }),
      { fallbackMessage },
    );
    expect(errors).toEqual({ status: 409, message: 'Någon annan har ändrat detta.', fields: {}, other: [] });
  });

  it('reads an error body that arrived as text', () => {
    const errors = toFormErrors(
      httpError(404, JSON.stringify({ statusCode: 404, error: 'Not Found', message: 'Hittades inte.' })),
      { fallbackMessage },
    );
    expect(errors.message).toBe('Hittades inte.');
  });

  it('falls back when the answer is not the API error shape', () => {
    expect(toFormErrors(httpError(0, new ProgressEvent('error')), { fallbackMessage })).toEqual({
      status: 0,
      message: fallbackMessage,
      fields: {},
      other: [],
    });
    expect(toFormErrors(httpError(502, '<html>Bad gateway</html>'), { fallbackMessage }).message).toBe(
      fallbackMessage,
    );
    expect(toFormErrors(new Error('boom'), { fallbackMessage }).status).toBe(0);
  });
});

describe('formErrorsFromDetails', () => {
  it('shows details found in the browser like those of a 400', () => {
    expect(
      formErrorsFromDetails([{ field: 'name', message: 'Måste anges.' }], {
        fallbackMessage,
        invalidMessage: 'Kontrollera fälten.',
        fields: ['name'],
      }),
    ).toEqual({ status: 400, message: 'Kontrollera fälten.', fields: { name: 'Måste anges.' }, other: [] });
  });
});
