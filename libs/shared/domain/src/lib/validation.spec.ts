import { eventCreateSchema } from './event';
import { siteCreateSchema } from './site';
import { validate } from './validation';
import { validationMessage } from './validation-messages';

const event = {
  name: 'Almedalsveckan',
  startsAt: '2027-06-27T08:00:00+02:00',
  endsAt: '2027-07-02T22:00:00+02:00',
};

describe('validate', () => {
  it('accepts a valid event', () => {
    expect(validate(eventCreateSchema, event, 'sv')).toEqual({ ok: true, value: event });
  });

  it('words each problem in the chosen language and names the field', () => {
    const result = validate(eventCreateSchema, { ...event, name: '', extra: 1 }, 'en');
    expect(result).toEqual({
      ok: false,
      details: [
        { field: 'name', code: 'too_short', message: 'Must have at least 1 characters.' },
        { field: 'extra', code: 'unknown_field', message: 'Unknown field.' },
      ],
    });
    const sv = validate(eventCreateSchema, { ...event, name: '' }, 'sv');
    expect(sv.ok === false && sv.details[0].message).toBe('Måste ha minst 1 tecken.');
  });

  it('tells a missing field from a wrongly typed one', () => {
    const result = validate(
      eventCreateSchema,
      { startsAt: event.startsAt, endsAt: event.endsAt, name: 5 },
      'sv',
    );
    expect(result.ok === false && result.details[0]).toMatchObject({ field: 'name', code: 'invalid_type' });
    const missing = validate(eventCreateSchema, { startsAt: event.startsAt, endsAt: event.endsAt }, 'sv');
    expect(missing.ok === false && missing.details[0]).toMatchObject({ field: 'name', code: 'required' });
  });

  it('rejects an end before the start', () => {
    const result = validate(eventCreateSchema, { ...event, endsAt: '2027-06-01T00:00:00Z' }, 'sv');
    expect(result.ok === false && result.details[0]).toMatchObject({
      field: 'endsAt',
      code: 'end_before_start',
    });
  });

  it('checks that a site kind has the right geometry and closed polygon rings', () => {
    const zoneAsPoint = validate(
      siteCreateSchema,
      { kind: 'zone', name: 'Zon', geometry: { type: 'Point', coordinates: [18, 57] } },
      'en',
    );
    expect(zoneAsPoint.ok === false && zoneAsPoint.details[0].message).toBe(
      'Kind zone needs a Polygon geometry.',
    );
    const openRing = validate(
      siteCreateSchema,
      {
        kind: 'zone',
        name: 'Zon',
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [18, 57],
              [18.1, 57],
              [18.1, 57.1],
              [18, 57.2],
            ],
          ],
        },
      },
      'sv',
    );
    expect(openRing.ok === false && openRing.details[0]).toMatchObject({ code: 'ring_not_closed' });
  });

  it('fills message parameters', () => {
    expect(validationMessage('too_long', 'sv', { maximum: 200 })).toBe('Får ha högst 200 tecken.');
  });
});
