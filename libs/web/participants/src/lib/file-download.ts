import { Language, neutraliseFormulas } from '@tryggplan/shared/domain';
import { PersonalLink } from './participants-api';

/** Offers data made in the browser as a file download. */
export function saveFile(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function csvCell(value: string): string {
  // Any line of a cell that starts with = + - @ would run as a formula in a spreadsheet.
  const safe = neutraliseFormulas(value);
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Name, link and expiry per person, as a semicolon CSV with BOM that Excel in Sweden opens as is. */
export function linksAsCsv(
  links: PersonalLink[],
  names: Map<string, string>,
  header: string[],
  lang: Language,
): string {
  const rows = links
    .map((link) => [names.get(link.participantId) ?? link.participantId, link.url, link.expiresAt])
    .sort((a, b) => a[0].localeCompare(b[0], lang));
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
