import { initialMapping, rowProblems } from './import-columns';

describe('import columns', () => {
  it('prefers the remembered choice, then the guess, then ignore', () => {
    expect(
      initialMapping(['Namn', 'Mobil', 'Kolumn X', 'Hotell'], { Hotell: 'notes', Mobil: 'nonsense' }),
    ).toEqual({ Namn: 'fullName', Mobil: 'phone', 'Kolumn X': 'ignore', Hotell: 'notes' });
  });

  it('turns API details into one line per row and field, duplicates marked', () => {
    expect(
      rowProblems([
        { field: 'rows[4].email', message: 'Finns redan: A.', code: 'duplicate', row: 4 },
        { field: 'rows[2].phone', message: 'Är inget giltigt telefonnummer.', code: 'invalid_phone', row: 2 },
        { field: 'mapping', message: 'Ogiltigt.' },
      ]),
    ).toEqual([
      { row: 0, field: 'mapping', message: 'Ogiltigt.', duplicate: false },
      { row: 2, field: 'phone', message: 'Är inget giltigt telefonnummer.', duplicate: false },
      { row: 4, field: 'email', message: 'Finns redan: A.', duplicate: true },
    ]);
  });
});
