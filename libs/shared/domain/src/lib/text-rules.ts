/** Characters no person types: C0 and C1 controls (NUL, escape, line breaks...) and DEL. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same, less tab, line feed and carriage return, which multi-line text keeps. */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Embedding, override and isolate characters: they make a name read differently than it sorts and matches. */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function hasControlCharacter(text: string, allowLineBreaks: boolean): boolean {
  return (allowLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL).test(text);
}

export function hasBidiControl(text: string): boolean {
  return BIDI_CONTROL.test(text);
}
