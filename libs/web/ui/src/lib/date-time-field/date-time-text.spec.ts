import { formatDateTimeValue, isDateTimeValue, parseDateTimeText } from './date-time-text';

describe('parseDateTimeText', () => {
  it.each([
    ['2027-06-29', '2027-06-29'],
    ['2027-6-9', '2027-06-09'],
    ['20270629', '2027-06-29'],
    ['29/6 2027', '2027-06-29'],
    ['29/6/2027', '2027-06-29'],
    ['29.6.27', '2027-06-29'],
    ['29 Jun 2027', '2027-06-29'],
    ['29 juni 2027', '2027-06-29'],
    ['1 okt 2027', '2027-10-01'],
    ['Jun 29, 2027', '2027-06-29'],
  ])('reads the day %s', (text, value) => {
    expect(parseDateTimeText(text, 'date')).toBe(value);
  });

  it.each([
    ['2027-06-29 14:30', '2027-06-29T14:30'],
    ['2027-06-29T14:30', '2027-06-29T14:30'],
    ['2027-06-29 1430', '2027-06-29T14:30'],
    ['202706291430', '2027-06-29T14:30'],
    ['29/6 2027 9.05', '2027-06-29T09:05'],
    ['29 Jun 2027 14:30', '2027-06-29T14:30'],
    ['29 juni 2027 kl. 14.30', '2027-06-29T14:30'],
    ['29 Jun 2027, 2:30 pm', '2027-06-29T14:30'],
    ['  2027-06-29   08  ', '2027-06-29T08:00'],
  ])('reads the date and time %s', (text, value) => {
    expect(parseDateTimeText(text, 'datetime')).toBe(value);
  });

  it.each([
    ['14:30', '14:30'],
    ['1430', '14:30'],
    ['930', '09:30'],
    ['14.30', '14:30'],
    ['14', '14:00'],
    ['kl 7', '07:00'],
    ['12 am', '00:00'],
    ['12:15 pm', '12:15'],
  ])('reads the time %s', (text, value) => {
    expect(parseDateTimeText(text, 'time')).toBe(value);
  });

  it('refuses what is not a real date or time', () => {
    for (const text of ['', 'imorgon', '2027-02-30', '31/4 2027', '2027-13-01', '29 Jux 2027']) {
      expect(parseDateTimeText(text, 'date')).toBeNull();
    }
    for (const text of ['2027-06-29', '2027-06-29 24:00', '2027-06-29 14:60', '2027-06-29 14:30 extra']) {
      expect(parseDateTimeText(text, 'datetime')).toBeNull();
    }
    for (const text of ['25:00', '13 pm', '14:3', 'lunch'])
      expect(parseDateTimeText(text, 'time')).toBeNull();
    expect(parseDateTimeText('2027-06-29 14:30', 'date')).toBeNull();
  });

  it('knows leap years', () => {
    expect(parseDateTimeText('2028-02-29', 'date')).toBe('2028-02-29');
    expect(parseDateTimeText('2027-02-29', 'date')).toBeNull();
  });
});

describe('formatDateTimeValue', () => {
  it('shows Swedish values year first on a 24-hour clock', () => {
    expect(formatDateTimeValue('2027-06-29T14:30', 'datetime', 'sv')).toBe('2027-06-29 14:30');
    expect(formatDateTimeValue('2027-06-29', 'date', 'sv')).toBe('2027-06-29');
    expect(formatDateTimeValue('14:30', 'time', 'sv')).toBe('14:30');
  });

  it('shows English values with the month named, on a 24-hour clock', () => {
    expect(formatDateTimeValue('2027-06-29T14:30', 'datetime', 'en')).toBe('29 Jun 2027 14:30');
    expect(formatDateTimeValue('2027-01-05', 'date', 'en')).toBe('5 Jan 2027');
    expect(formatDateTimeValue('09:05', 'time', 'en')).toBe('09:05');
  });

  it('reads back what it shows', () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const value of ['2027-06-29T14:30', '2027-12-31T00:00', '2000-01-01T23:59']) {
        expect(parseDateTimeText(formatDateTimeValue(value, 'datetime', lang), 'datetime')).toBe(value);
      }
      expect(parseDateTimeText(formatDateTimeValue('2027-09-01', 'date', lang), 'date')).toBe('2027-09-01');
    }
  });

  it('shows a value it cannot read as it is', () => {
    expect(formatDateTimeValue('snart', 'datetime', 'en')).toBe('snart');
    expect(formatDateTimeValue('', 'date', 'sv')).toBe('');
  });
});

describe('isDateTimeValue', () => {
  it('accepts only complete, real values in the forms’ format', () => {
    expect(isDateTimeValue('2027-06-29T14:30', 'datetime')).toBe(true);
    expect(isDateTimeValue('2027-06-29 14:30', 'datetime')).toBe(false);
    expect(isDateTimeValue('2027-06-31', 'date')).toBe(false);
    expect(isDateTimeValue('23:59', 'time')).toBe(true);
    expect(isDateTimeValue('24:00', 'time')).toBe(false);
  });
});
