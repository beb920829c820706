import { PRINTABLE_RANGES } from './printable-ranges';
import { asPrinted, printFontOf, printRuns, unprintableCharacters, UNPRINTABLE_MARK } from './printable-text';

describe('printable text', () => {
  it('draws Latin Extended, Greek, Cyrillic and Arabic names as they are', () => {
    for (const name of ['Åsa Öberg', 'Łukasz Żółć', 'Γιώργος', 'Ольга', 'محمد', 'Søren Ærø', 'Nguyễn']) {
      expect(unprintableCharacters(name)).toEqual([]);
      expect(asPrinted(name)).toBe(name);
    }
  });

  it('knows which font draws a character: the text font, Arabic or symbols', () => {
    expect(printFontOf('Ż'.codePointAt(0) as number)).toBe('NotoSans');
    expect(printFontOf('ω'.codePointAt(0) as number)).toBe('NotoSans');
    expect(printFontOf('م'.codePointAt(0) as number)).toBe('NotoSansArabic');
    expect(printFontOf('→'.codePointAt(0) as number)).toBe('DejaVuSans');
    expect(printFontOf('😀'.codePointAt(0) as number)).toBeUndefined();
  });

  it('replaces what no font draws by one mark per character, an emoji sequence included', () => {
    expect(unprintableCharacters('Anna 😀 Berg 👍🏽 😀')).toEqual(['😀', '👍🏽']);
    expect(asPrinted('Anna 😀 Berg 👨‍👩‍👧')).toBe(`Anna ${UNPRINTABLE_MARK} Berg ${UNPRINTABLE_MARK}`);
    expect(asPrinted('עמית')).toBe(UNPRINTABLE_MARK.repeat(4));
  });

  it('keeps line breaks and drops emoji presentation selectors from a symbol it can draw', () => {
    expect(asPrinted('Rad ett\nRad två\tslut')).toBe('Rad ett\nRad två\tslut');
    expect(unprintableCharacters('⚠️ Varning')).toEqual([]);
    expect(asPrinted('⚠️ Varning')).toBe('⚠ Varning');
  });

  it('splits text into runs of one font, right-to-left words in the order they are drawn', () => {
    expect(printRuns('Färdväg hotell → Almedalsscenen')).toEqual([
      { text: 'Färdväg hotell ', font: 'NotoSans' },
      { text: '→', font: 'DejaVuSans' },
      { text: ' Almedalsscenen', font: 'NotoSans' },
    ]);
    expect(printRuns('Till محمد علي, Region')).toEqual([
      { text: 'Till ', font: 'NotoSans' },
      { text: 'علي', font: 'NotoSansArabic' },
      { text: ' ', font: 'NotoSans' },
      { text: 'محمد', font: 'NotoSansArabic' },
      { text: ', Region', font: 'NotoSans' },
    ]);
  });

  it('has a sorted table of disjoint ranges', () => {
    PRINTABLE_RANGES.forEach(([first, last], index) => {
      expect(first).toBeLessThanOrEqual(last);
      if (index > 0) expect(first).toBeGreaterThan(PRINTABLE_RANGES[index - 1][1]);
    });
  });
});
