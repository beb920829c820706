import { asPrinted, unprintableCharacters } from '@tryggplan/shared/domain';

/** How a name will look in the PDFs when their fonts can't draw all of it, for the "prints as" warning. */
export interface PrintedName {
  name: string;
  characters: string;
}

/** The name as the briefing folder prints it, or null when it prints as typed. */
export function printedName(name: string): PrintedName | null {
  const missing = unprintableCharacters(name.trim());
  return missing.length > 0 ? { name: asPrinted(name.trim()), characters: missing.join(' ') } : null;
}
