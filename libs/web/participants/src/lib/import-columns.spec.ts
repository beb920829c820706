import { csvHeaders, decodeCsv, initialMapping, rowProblems } from './import-columns';

function bytes(values: number[]): ArrayBuffer {
  return new Uint8Array(values).buffer;
}

describe('import columns', () => {
  it('reads UTF-8 with a BOM and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('\uFEFFNamn;Skyddsnivå\n');
    expect(decodeCsv(utf8.buffer as ArrayBuffer)).toBe('Namn;Skyddsnivå\n');
    // "Skyddsnivå" with å as the single byte 0xE5
    const latin = [...'Skyddsniv'].map((c) => c.charCodeAt(0)).concat(0xe5);
    expect(decodeCsv(bytes(latin))).toBe('Skyddsnivå');
  });

  it('splits the header row on semicolons or commas and honours quotes', () => {
    expect(csvHeaders('Namn;E-post;Telefon\r\nA;b@c.se;070\r\n')).toEqual(['Namn', 'E-post', 'Telefon']);
    expect(csvHeaders('name,email,"notes, more"\nA,b,c')).toEqual(['name', 'email', 'notes, more']);
    expect(csvHeaders('"Anhörigs ""telefon""";Namn')).toEqual(['Anhörigs "telefon"', 'Namn']);
  });

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
