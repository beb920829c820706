import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { UNPRINTABLE_MARK } from '@tryggplan/shared/domain';
import { inPrintFonts } from './print-fonts';

describe('inPrintFonts', () => {
  it('leaves text the text font draws as it is', () => {
    const doc: TDocumentDefinitions = { content: ['Åsa Öberg', { text: 'Almedalen', style: 'h1' }] };
    expect(inPrintFonts(doc).content).toEqual(doc.content);
  });

  it('gives symbols and Arabic their own font in every kind of node, each run keeping its style', () => {
    const doc: TDocumentDefinitions = {
      content: [
        'Hotell → Scen',
        { text: ['Till ', { text: 'محمد', style: 'person' }], margin: [0, 6, 0, 0] },
        { stack: [{ ol: ['Ring 112 → polisen'] }] },
        { table: { body: [['→', 'Scen']] } },
      ],
      footer: () => 'Sida 1 → 2',
    };
    const out = inPrintFonts(doc);
    const arrow = { text: '→', font: 'DejaVuSans' };
    expect(out.content).toEqual([
      { text: ['Hotell ', arrow, ' Scen'] },
      { text: ['Till ', { text: 'محمد', style: 'person', font: 'NotoSansArabic' }], margin: [0, 6, 0, 0] },
      { stack: [{ ol: [{ text: ['Ring 112 ', arrow, ' polisen'] }] }] },
      { table: { body: [[{ text: [arrow] }, 'Scen']] } },
    ]);
    expect((out.footer as () => unknown)()).toEqual({ text: ['Sida 1 ', arrow, ' 2'] });
  });

  it('prints the mark for what no font draws, leaving QR codes and SVG alone', () => {
    const doc: TDocumentDefinitions = {
      content: [{ text: 'Anna 😀', bold: true }, { qr: 'https://example.org/p/😀' }, { svg: '<svg/>' }],
    };
    expect(inPrintFonts(doc).content).toEqual([
      { text: `Anna ${UNPRINTABLE_MARK}`, bold: true },
      { qr: 'https://example.org/p/😀' },
      { svg: '<svg/>' },
    ]);
  });
});
