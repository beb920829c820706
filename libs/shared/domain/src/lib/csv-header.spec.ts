import { csvDelimiter, csvHeaders, decodeCsvText } from './csv-header';

describe('CSV header row', () => {
  it('takes the semicolon when a header holds a comma (Namn;Ort, län is two columns)', () => {
    expect(csvDelimiter('Namn;Ort, län\nA;Visby, Gotland')).toBe(';');
    expect(csvHeaders('Namn;Ort, län\nA;Visby, Gotland')).toEqual(['Namn', 'Ort, län']);
  });

  it('takes the comma when the first line has more commas, and ignores separators inside quotes', () => {
    expect(csvDelimiter('name,email,"notes; more"\nA,b,c')).toBe(',');
    expect(csvHeaders('name,email,"notes, more"\nA,b,c')).toEqual(['name', 'email', 'notes, more']);
    expect(csvDelimiter('name\nA')).toBe(',');
  });

  it('reads quoted quotes and stops at the end of the first line', () => {
    expect(csvHeaders('"Anhörigs ""telefon""";Namn\r\nx;y')).toEqual(['Anhörigs "telefon"', 'Namn']);
  });

  it('decodes UTF-8 with a BOM and falls back to Windows-1252', () => {
    expect(decodeCsvText(new TextEncoder().encode('\uFEFFNamn;Skyddsnivå'))).toBe('Namn;Skyddsnivå');
    expect(decodeCsvText(Uint8Array.from([0x53, 0x6b, 0x79, 0x64, 0x64, 0x73, 0x6e, 0x69, 0x76, 0xe5]))).toBe(
      'Skyddsnivå',
    );
  });
});
