import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { neutraliseCell, toExcelCsv, toXlsx } from './spreadsheet';

const ATTACK = `Anna\n=cmd|' /C calc'!A0`;
const readCsv = (csv: string): string[][] =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter: ';', record_delimiter: '\r\n' });

describe('spreadsheet export', () => {
  it('neutralises a formula at the start of every line of a cell, not only the first', () => {
    expect(neutraliseCell(ATTACK)).toBe(`Anna\n'=cmd|' /C calc'!A0`);
    expect(neutraliseCell('Anna\r@SUM(A1)')).toBe("Anna\r'@SUM(A1)");
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell(null)).toBe('');
  });

  it('quotes every cell with a line feed, carriage return, quote or semicolon, so no line starts a live formula', () => {
    const csv = toExcelCsv(
      ['name', 'organization'],
      [
        ['Anna', ATTACK],
        ['Bo', 'Bo\r+46 70 174 06 05'],
        ['Cia "C"', 'A;B'],
      ],
    );
    expect(readCsv(csv)).toEqual([
      ['name', 'organization'],
      ['Anna', `Anna\n'=cmd|' /C calc'!A0`],
      ['Bo', "Bo\r'+46 70 174 06 05"],
      ['Cia "C"', 'A;B'],
    ]);
    expect(csv).toContain(`"Anna\n'=cmd|' /C calc'!A0"`);
    expect(csv).toContain(`"Bo\r'+46 70 174 06 05"`);
    for (const line of csv.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t]/);
  });

  it('writes the same neutralised text into XLSX cells', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx('Sheet', ['organization'], [[ATTACK]])) as unknown as ArrayBuffer);
    expect(book.worksheets[0].getCell('A2').value).toBe(`Anna\n'=cmd|' /C calc'!A0`);
  });
});
