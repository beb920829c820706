import { eventUpdateSchema, participantCreateSchema } from '@tryggplan/shared/domain';
import { validateForApi } from './validate-for-api';

const options = { fallbackMessage: 'Fel.', invalidMessage: 'Kontrollera fälten.' };

describe('validateForApi: the input rules the API words', () => {
  it('shows the date bounds on the field, as the API does', () => {
    const errors = validateForApi(eventUpdateSchema, { endsAt: '0000-01-01T00:00:00Z', version: 1 }, 'sv', {
      ...options,
      fields: ['endsAt'],
    });
    expect(errors?.fields['endsAt']).toBe('Måste ligga mellan 2000-01-01 och 2100-12-31.');
  });

  it('shows a refused control or text-direction character in a name', () => {
    const errors = validateForApi(
      participantCreateSchema,
      { fullName: 'Anna\u202E', organization: 'A\nB' },
      'en',
      { ...options, fields: ['fullName', 'organization'] },
    );
    expect(errors?.fields['fullName']).toMatch(
      /^Must not contain characters that override the text direction/,
    );
    expect(errors?.fields['organization']).toMatch(/^Must not contain control characters/);
  });
});
