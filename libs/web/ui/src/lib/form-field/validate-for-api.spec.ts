import { eventCreateSchema, loginSchema } from '@tryggplan/shared/domain';
import { validateForApi } from './validate-for-api';

const options = { fallbackMessage: 'Fel.', invalidMessage: 'Check the fields.' };

describe('validateForApi', () => {
  it('checks a body with the API schema and words the messages in the UI language', () => {
    const errors = validateForApi(
      eventCreateSchema,
      { name: '', startsAt: '2027-06-28T10:00:00+02:00' },
      'en',
      {
        ...options,
        fields: ['name', 'startsAt', 'endsAt'],
      },
    );
    expect(errors?.status).toBe(400);
    expect(errors?.message).toBe('Check the fields.');
    expect(errors?.fields['name']).toBe('Must have at least 1 characters.');
    expect(errors?.fields['endsAt']).toBe('Is required.');
    expect(errors?.fields['startsAt']).toBeUndefined();
  });

  it('words the same messages in Swedish', () => {
    const errors = validateForApi(loginSchema, { email: '', password: 'x' }, 'sv', options);
    expect(errors?.fields).toEqual({ email: 'Måste ha minst 1 tecken.' });
  });

  it('answers null for a valid body', () => {
    expect(
      validateForApi(
        eventCreateSchema,
        { name: 'Almedalen', startsAt: '2027-06-28T10:00:00+02:00', endsAt: '2027-07-02T18:00:00+02:00' },
        'sv',
        options,
      ),
    ).toBeNull();
  });
});
