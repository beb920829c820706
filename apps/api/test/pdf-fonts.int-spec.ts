import { PdfRenderer } from '@tryggplan/api/briefing';
import { pdfText } from './pdf-text';

describe('PDF fonts', () => {
  const pdf = new PdfRenderer();
  const textOf = async (line: string) =>
    pdfText(await pdf.render({ content: [line, { text: line, bold: true }] }));

  it('prints names within and beyond the common letters, each document with only its own text', async () => {
    const first = await textOf('Åsa Öberg – Almedalen 112');
    const beyond = await textOf('Łucja Øvrebø – Ærø');
    const second = await textOf('Björn Ärlemark – Almedalen 114 14');
    expect(first).toContain('Åsa Öberg – Almedalen 112');
    expect(beyond).toContain('Łucja Øvrebø – Ærø');
    expect(second).toContain('Björn Ärlemark – Almedalen 114 14');
    expect(second).not.toContain('Åsa');
    expect(beyond).not.toContain('Björn');
  });
});
