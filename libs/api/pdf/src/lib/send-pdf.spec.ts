import { fileSlug, pdfFileName } from './send-pdf';

describe('file names of folders', () => {
  it('keeps the letters of Nordic and other names, without accents', () => {
    expect(fileSlug('Åsa Öberg')).toBe('asa-oberg');
    expect(fileSlug('Łucja Øvrebø')).toBe('lucja-ovrebo');
    expect(fileSlug('Ærø Straße')).toBe('aero-strasse');
    expect(fileSlug('José Núñez-Þórsson')).toBe('jose-nunez-thorsson');
  });

  it('leaves only letters, digits and dashes, and a name when nothing is left', () => {
    expect(fileSlug('  "Almedalen" / 2027: plan\n')).toBe('almedalen-2027-plan');
    expect(fileSlug('«»')).toBe('briefing');
    expect(pdfFileName('Almedalsveckan (demo)', 'sv', 'a6')).toBe('almedalsveckan-demo-a6-sv.pdf');
  });
});
