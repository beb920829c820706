/** Follows every `LIKE ?` built from user input: `\` makes the next %, _ or \ a plain character. */
export const LIKE_ESCAPE = "ESCAPE '\\'";

/** The text with LIKE's wildcards taken literally, so that a search for "%" finds a "%", not everyone. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** A pattern for `LIKE ? ESCAPE '\'` that matches the text anywhere. */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/** A pattern for `LIKE ? ESCAPE '\'` that matches values starting with the text. */
export function likeStartsWith(text: string): string {
  return `${escapeLike(text)}%`;
}
