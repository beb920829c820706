import { dirname, join } from 'node:path';
import PDF_FONTS from './pdf-fonts.json';

const STYLES = ['normal', 'bold', 'italics', 'bolditalics'] as const;

/** Each font family's four styles by path, found in the font packages (dependencies, never fetched). */
export const FONT_FILES: Record<string, Record<string, string>> = Object.fromEntries(
  Object.entries(PDF_FONTS).map(([family, files]) => {
    const dir = dirname(require.resolve(`${files.package}/package.json`));
    return [family, Object.fromEntries(STYLES.map((style) => [style, join(dir, files[style])]))];
  }),
);

/** Every font file a PDF may read. */
export const FONT_PATHS = new Set(Object.values(FONT_FILES).flatMap((files) => Object.values(files)));
