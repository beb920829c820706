import type { DynamicContent, StyleDictionary } from 'pdfmake/interfaces';
import { Language } from '@tryggplan/shared/domain';
import { BRIEFING_TEXTS } from './texts';

export const BRIEFING_STYLES: StyleDictionary = {
  kicker: { fontSize: 10, bold: true, color: '#8a1c1c', characterSpacing: 1 },
  h1: { fontSize: 24, bold: true, margin: [0, 4, 0, 4] },
  h2: { fontSize: 15, bold: true, margin: [0, 12, 0, 6] },
  subtitle: { fontSize: 13, color: '#333333' },
  small: { fontSize: 9, color: '#444444' },
  label: { fontSize: 9, color: '#444444' },
  phone: { fontSize: 14, bold: true },
  emergencyNumber: { fontSize: 22, bold: true, color: '#8a1c1c' },
  emergencyText: { fontSize: 12, margin: [0, 6, 0, 0] },
  tableHeader: { bold: true, fontSize: 10 },
};

export function pageFooter(lang: Language): DynamicContent {
  const t = BRIEFING_TEXTS[lang];
  return (currentPage, pageCount) => ({
    text: `${t.page} ${currentPage} ${t.of} ${pageCount}`,
    alignment: 'center',
    fontSize: 9,
    margin: [0, 20, 0, 0],
  });
}
