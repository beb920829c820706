import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { printRuns, TEXT_FONT } from '@tryggplan/shared/domain';

type Inline = string | Record<string, unknown>;
type Node = Record<string, unknown>;

/** The keys of a pdfmake node that hold further content. */
const CONTAINERS = ['stack', 'columns', 'ol', 'ul'] as const;

/** A string as inline runs, each with the given style: a run in the text font stays a plain string when there is none. */
function runsOf(text: string, style: Node = {}): Inline[] {
  const plain = Object.keys(style).length === 0;
  return printRuns(text).map((run) => {
    if (run.font === TEXT_FONT) return plain ? run.text : { ...style, text: run.text };
    return { ...style, text: run.text, font: run.font };
  });
}

/** An inline item split into runs; each run keeps the item's own style, which pdfmake loses in nested arrays. */
function inlineRuns(item: unknown): unknown[] {
  if (typeof item === 'string') return runsOf(item);
  if (!item || typeof item !== 'object' || Array.isArray(item)) return [item];
  const { text, ...style } = item as Node;
  if (typeof text === 'string') return runsOf(text, style);
  return [{ ...style, text: inlineText(text) }];
}

function inlineText(text: unknown): unknown {
  if (typeof text === 'string') {
    const runs = runsOf(text);
    return runs.length === 1 && typeof runs[0] === 'string' ? runs[0] : runs;
  }
  return Array.isArray(text) ? text.flatMap(inlineRuns) : text;
}

function content(node: unknown): unknown {
  if (typeof node === 'string') {
    const text = inlineText(node);
    return typeof text === 'string' ? text : { text };
  }
  if (Array.isArray(node)) return node.map(content);
  if (typeof node === 'function') return (...args: unknown[]) => content(node(...args));
  if (!node || typeof node !== 'object') return node;
  const source = node as Node;
  const out: Node = { ...source };
  if ('text' in source) out['text'] = inlineText(source['text']);
  for (const key of CONTAINERS) if (key in source) out[key] = content(source[key]);
  const table = source['table'] as { body?: unknown[][] } | undefined;
  if (table?.body) out['table'] = { ...table, body: table.body.map((row) => row.map(content)) };
  return out;
}

/**
 * A document whose every text is split into runs of the font that can draw it (Noto Sans, Arabic
 * or symbols), with the characters none can draw replaced as `asPrinted` tells the web app.
 */
export function inPrintFonts(doc: TDocumentDefinitions): TDocumentDefinitions {
  return {
    ...doc,
    defaultStyle: { font: TEXT_FONT, ...doc.defaultStyle },
    content: content(doc.content) as Content,
    ...(doc.header ? { header: content(doc.header) as TDocumentDefinitions['header'] } : {}),
    ...(doc.footer ? { footer: content(doc.footer) as TDocumentDefinitions['footer'] } : {}),
    ...(doc.background ? { background: content(doc.background) as TDocumentDefinitions['background'] } : {}),
  };
}
