import { PdfRenderer } from '@tryggplan/api/pdf';
import { buildBriefingFolder, FolderData } from '@tryggplan/shared/briefing';
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

  const personalFolder = (fullName: string): FolderData => ({
    format: 'a6',
    lang: 'sv',
    generatedAt: '2027-06-20T10:30:00.000Z',
    event: {
      name: 'Almedalsveckan',
      startsAt: '2027-06-27T06:00:00.000Z',
      endsAt: '2027-07-02T20:00:00.000Z',
      timezone: 'Europe/Stockholm',
      locationName: 'Visby',
      contacts: [],
      briefingAdvice: '',
      threatSummary: '',
    },
    sites: [
      {
        id: 'r1',
        kind: 'route',
        name: 'Färdväg hotell → Almedalsscenen',
        address: '',
        geometry: {
          type: 'LineString',
          coordinates: [
            [18.289, 57.641],
            [18.293, 57.645],
          ],
        },
      },
    ],
    person: { fullName, organization: 'Region Gotland', accommodationSiteId: null, schedule: [] },
  });

  it('prints Latin Extended, Greek, Cyrillic and Arabic names and the arrow in a personal folder', async () => {
    for (const name of ['Łukasz Żółć', 'Γιώργος', 'Ольга', 'محمد']) {
      const bytes = await pdf.render(buildBriefingFolder(personalFolder(name)));
      const text = pdfText(bytes);
      // A right-to-left word is drawn, and so read back here, last letter first.
      expect(text).toContain(/[\u0600-\u06FF]/.test(name) ? [...name].reverse().join('') : name);
      expect(text).toContain('Färdväg hotell →');
      expect(text).toContain('Almedalsscenen');
      expect(bytes.length).toBeLessThan(100_000);
    }
  });

  it('prints the replacement mark for a character no font draws, never a blank', async () => {
    const text = pdfText(await pdf.render(buildBriefingFolder(personalFolder('Anna 😀 Berg'))));
    expect(text).toContain('Anna \uFFFD Berg');
  });
});
