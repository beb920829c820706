import { eventCreateSchema, eventUpdateSchema } from './event';
import { participantCreateSchema, scheduleItemCreateSchema } from './participant';
import { organizationCreateSchema, shareCreateSchema } from './partner';
import { riskCreateSchema } from './risk';
import { siteCreateSchema } from './site';
import { neutraliseFormulas } from './spreadsheet-formula';
import { DATE_BOUNDS, isWithinDateBounds } from './time';
import { userCreateSchema } from './user';
import { validate } from './validation';

const event = {
  name: 'Almedalen',
  startsAt: '2027-06-27T08:00:00+02:00',
  endsAt: '2027-07-02T22:00:00+02:00',
};
const risk = { title: 'Hot', category: 'violence', likelihood: 2, consequence: 3 };
const codesOf = (result: ReturnType<typeof validate>) =>
  result.ok ? [] : result.details.map((detail) => `${detail.field}:${detail.code}`);

describe('date bounds', () => {
  it('holds 2000-01-01 to 2100-12-31, the day as written', () => {
    expect(DATE_BOUNDS).toEqual({ min: '2000-01-01', max: '2100-12-31' });
    expect(isWithinDateBounds('2000-01-01T00:00:00+02:00')).toBe(true);
    expect(isWithinDateBounds('2100-12-31')).toBe(true);
    expect(isWithinDateBounds('1999-12-31T23:59:59Z')).toBe(false);
    expect(isWithinDateBounds('2101-01-01')).toBe(false);
    expect(isWithinDateBounds('0000-01-01T00:00:00.000Z')).toBe(false);
    expect(isWithinDateBounds('-000001-01-01T00:00:00.000Z')).toBe(false);
  });

  it('refuses a year 0000 event start or end with a message naming the bounds, in sv and en', () => {
    const result = validate(eventUpdateSchema, { endsAt: '0000-01-01T00:00:00Z', version: 1 }, 'sv');
    expect(result).toEqual({
      ok: false,
      details: [
        {
          field: 'endsAt',
          code: 'date_out_of_range',
          message: 'Måste ligga mellan 2000-01-01 och 2100-12-31.',
        },
      ],
    });
    const english = validate(eventCreateSchema, { ...event, startsAt: '1999-12-31T23:00:00Z' }, 'en');
    expect(english.ok === false && english.details).toEqual([
      { field: 'startsAt', code: 'date_out_of_range', message: 'Must be between 2000-01-01 and 2100-12-31.' },
    ]);
  });

  it('bounds arrivals, departures, schedule items, due dates and share expiry alike', () => {
    const far = '9999-12-31T23:00:00Z';
    expect(
      codesOf(validate(participantCreateSchema, { fullName: 'A', arrivalAt: far, departureAt: far }, 'en')),
    ).toEqual(['arrivalAt:date_out_of_range', 'departureAt:date_out_of_range']);
    expect(
      codesOf(
        validate(
          scheduleItemCreateSchema,
          { title: 'T', startsAt: '1999-01-01T10:00:00Z', endsAt: far },
          'en',
        ),
      ),
    ).toEqual(['startsAt:date_out_of_range', 'endsAt:date_out_of_range']);
    expect(
      codesOf(
        validate(
          riskCreateSchema,
          { ...risk, mitigations: [{ description: 'M', dueDate: '0000-01-01' }] },
          'en',
        ),
      ),
    ).toEqual(['mitigations.0.dueDate:date_out_of_range']);
    expect(
      codesOf(validate(shareCreateSchema, { organizationId: 'o', scope: ['risks'], expiresAt: far }, 'en')),
    ).toEqual(['expiresAt:date_out_of_range']);
  });

  it('words a malformed date once, as before', () => {
    expect(codesOf(validate(eventCreateSchema, { ...event, endsAt: 'soon' }, 'en'))).toEqual([
      'endsAt:invalid_datetime',
    ]);
  });
});

describe('control and text-direction characters', () => {
  it('refuses any control character and any bidi override or isolate in names and titles', () => {
    for (const bad of ['Anna\nLind', 'Anna\rLind', 'Anna\tLind', 'An\u0000na', 'An\u001bna', 'An\u0085na']) {
      expect(codesOf(validate(participantCreateSchema, { fullName: bad }, 'en'))).toEqual([
        'fullName:control_character',
      ]);
    }
    for (const bad of ['\u202Egpj.exe', 'A\u202Ab', 'A\u2066b\u2069', 'A\u2068b']) {
      expect(codesOf(validate(riskCreateSchema, { ...risk, title: bad }, 'en'))).toEqual([
        'title:bidi_control',
      ]);
    }
    expect(
      codesOf(validate(participantCreateSchema, { fullName: 'A', organization: 'Anna\n=cmd' }, 'en')),
    ).toEqual(['organization:control_character']);
    expect(codesOf(validate(eventCreateSchema, { ...event, name: 'Alm\u0000edalen' }, 'en'))).toEqual([
      'name:control_character',
    ]);
    expect(
      codesOf(validate(organizationCreateSchema, { name: 'Polisen\u202E', kind: 'police' }, 'en')),
    ).toEqual(['name:bidi_control']);
    expect(
      codesOf(
        validate(userCreateSchema, { email: 'a@b.se', displayName: 'A\nB', role: 'coordinator' }, 'en'),
      ),
    ).toEqual(['displayName:control_character']);
    const site = {
      kind: 'venue',
      name: 'Scen\u2067',
      geometry: { type: 'Point', coordinates: [18.29, 57.64] },
    };
    expect(codesOf(validate(siteCreateSchema, site, 'en'))).toEqual(['name:bidi_control']);
  });

  it('keeps tab and line breaks in multi-line text but refuses NUL and other controls there', () => {
    expect(
      validate(participantCreateSchema, { fullName: 'A', notes: 'rad 1\r\nrad 2\n\tindrag' }, 'en').ok,
    ).toBe(true);
    expect(codesOf(validate(riskCreateSchema, { ...risk, description: 'a\u0000b' }, 'en'))).toEqual([
      'description:control_character',
    ]);
  });

  it('words both rules in Swedish and English', () => {
    const sv = validate(participantCreateSchema, { fullName: 'A\u0000' }, 'sv');
    const en = validate(participantCreateSchema, { fullName: 'A\u202E' }, 'en');
    expect(sv.ok === false && sv.details[0].message).toMatch(/^Får inte innehålla styrtecken/);
    expect(en.ok === false && en.details[0].message).toMatch(/^Must not contain characters that override/);
  });
});

describe('neutraliseFormulas', () => {
  it('puts an apostrophe before every line a spreadsheet would run as a formula', () => {
    expect(neutraliseFormulas(`Anna\n=cmd|' /C calc'!A0`)).toBe(`Anna\n'=cmd|' /C calc'!A0`);
    expect(neutraliseFormulas('Anna\r+1\r\n-2\n@SUM(A1)\n\tx')).toBe("Anna\r'+1\r\n'-2\n'@SUM(A1)\n'\tx");
    expect(neutraliseFormulas('=1')).toBe("'=1");
    expect(neutraliseFormulas('\r=1')).toBe("'\r'=1");
    expect(neutraliseFormulas('\uFF1D1')).toBe("'\uFF1D1");
    expect(neutraliseFormulas('Anna Lind\nSkövde 1-2')).toBe('Anna Lind\nSkövde 1-2');
  });
});
