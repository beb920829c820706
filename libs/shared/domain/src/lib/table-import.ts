import { Language, LANGUAGES, Translated } from './language';

/** A label without its explanation in brackets: "Guard (ordningsvakt)" → "guard". */
const bare = (label: string) =>
  label
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .toLowerCase();

/**
 * The code a spreadsheet cell means: the code itself, or its label in either language (also without the
 * label's explanation in brackets), case-insensitive; otherwise the cell as it is, for the schema to refuse.
 */
export function codeOfLabel<T extends string>(value: string, labels: Record<T, Translated>): string {
  const wanted = value.trim().toLowerCase();
  const match = (Object.keys(labels) as T[]).find(
    (code) =>
      code === wanted ||
      LANGUAGES.some(
        (lang) => labels[code][lang].toLowerCase() === wanted || bare(labels[code][lang]) === wanted,
      ),
  );
  return match ?? value.trim();
}

/**
 * How an import reads its column headers: the field's own name, its label in either language, or an alias
 * (all case-insensitive); undefined for a column it does not know.
 */
export function columnGuesser<F extends string>(
  fields: readonly F[],
  labels: Record<F, Translated>,
  aliases: Record<string, F> = {},
): (header: string) => F | undefined {
  const labelled: Record<string, F> = Object.fromEntries(
    fields.flatMap((field) => LANGUAGES.map((lang) => [labels[field][lang].toLowerCase(), field])),
  );
  return (header) => {
    const key = header.trim();
    if ((fields as readonly string[]).includes(key)) return key as F;
    return labelled[key.toLowerCase()] ?? aliases[key.toLowerCase()];
  };
}

/** The headers of an import's template in one language, in the order of its fields. */
export function columnHeaders<F extends string>(
  fields: readonly F[],
  labels: Record<F, Translated>,
  lang: Language,
): string[] {
  return fields.map((field) => labels[field][lang]);
}
