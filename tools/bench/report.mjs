// How the bench prints one driver's figures, or SQLite's and PostgreSQL's side by side: the same Markdown
// tables and target lines, with a block of columns per driver and the ratio PostgreSQL/SQLite after them.
import { DRIVER_LABELS } from './server.mjs';

/** Every read on PostgreSQL keeps at least this share of its SQLite throughput (issue 13). */
export const READ_RATIO_TARGET = 0.5;

export const verdict = (ok) => (ok ? 'PASS' : 'MISS');
export const percent = (ratio) => `${(ratio * 100).toFixed(0)} %`;

/** The PostgreSQL/SQLite throughput of every read printed so far, for the summary at the end. */
const readRatios = [];

function ratioCell(name, base, other, target) {
  if (typeof base !== 'number' || typeof other !== 'number') return '';
  if (base === 0) return '—';
  const ratio = other / base;
  if (!target) return percent(ratio);
  readRatios.push({ name, ratio });
  return `${percent(ratio)} ${verdict(ratio >= READ_RATIO_TARGET)}`;
}

/**
 * A Markdown table. `results` holds one or two drivers' data (SQLite first); `rows(data)` gives each row's
 * `name`, its `cells` (one per column) and the numbers `ratios` compares, e.g. `{ key: 'rps', label: 'req/s',
 * target: true }`: with two drivers each column is printed once per driver, then the ratios.
 */
export function printTable(results, { head, columns, rows, ratios = [] }) {
  const both = results.length === 2;
  const tables = results.map((result) => rows(result.data));
  const header = [
    head,
    ...results.flatMap((result) =>
      both ? columns.map((column) => `${DRIVER_LABELS[result.driver]} ${column}`) : columns,
    ),
    ...(both
      ? ratios.map(
          (ratio) =>
            `${ratio.label} PostgreSQL/SQLite${ratio.target ? ` (target ≥ ${percent(READ_RATIO_TARGET)})` : ''}`,
        )
      : []),
  ];
  console.log(`| ${header.join(' | ')} |`);
  console.log(`| ${header.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  tables[0].forEach((first, i) => {
    const cells = [first.name, ...tables.flatMap((table) => table[i]?.cells ?? columns.map(() => ''))];
    if (both)
      for (const ratio of ratios)
        cells.push(ratioCell(first.name, first[ratio.key], tables[1][i]?.[ratio.key], ratio.target));
    console.log(`| ${cells.join(' | ')} |`);
  });
}

/** The usual route table: req/s, p99 and errors, and with two drivers both ratios. */
export function printRouteTable(results, rows = (data) => data.rows) {
  printTable(results, {
    head: 'route',
    columns: ['req/s', 'p99 ms', 'errors'],
    rows: (data) => rows(data).map((r) => ({ ...r, cells: [r.rps, r.p99, r.errors] })),
    ratios: [
      { key: 'rps', label: 'req/s', target: true },
      { key: 'p99', label: 'p99' },
    ],
  });
}

/**
 * A figure against its target: `label: value (target …) PASS` for one driver; with two,
 * `label (target …): SQLite value PASS; PostgreSQL value PASS (PostgreSQL/SQLite 120 %)`.
 */
export function printCheck(results, { label, target, value, format, pass, ratio = true, lead = '' }) {
  const figures = results.map(
    (result) => `${format(value(result.data))} ${verdict(pass(value(result.data), result.data))}`,
  );
  if (results.length === 1) {
    const only = value(results[0].data);
    console.log(
      `${lead}${label}: ${format(only)} (target ${target}) ${verdict(pass(only, results[0].data))}`,
    );
    return;
  }
  const [base, other] = results.map((result) => value(result.data));
  const compared = ratio && base > 0 ? ` (PostgreSQL/SQLite ${percent(other / base)})` : '';
  console.log(
    `${lead}${label} (target ${target}): ${results.map((result, i) => `${DRIVER_LABELS[result.driver]} ${figures[i]}`).join('; ')}${compared}`,
  );
}

/** A line that is not held against a target: as for one driver, or each driver's text after its name. */
export function printNote(results, label, text) {
  if (results.length === 1) console.log(`${label}${text(results[0].data)}`);
  else
    console.log(
      `${label}${results.map((result) => `${DRIVER_LABELS[result.driver]} ${text(result.data)}`).join('; ')}`,
    );
}

/** The issue's target over every read of the run: at least half of SQLite's throughput on PostgreSQL. */
export function printReadRatioSummary() {
  if (readRatios.length === 0) return;
  const misses = readRatios.filter((read) => read.ratio < READ_RATIO_TARGET);
  console.log(
    `\nPostgreSQL/SQLite throughput of every read (target ≥ ${percent(READ_RATIO_TARGET)} each): ${readRatios.length - misses.length} of ${readRatios.length} PASS, lowest ${percent(Math.min(...readRatios.map((read) => read.ratio)))} ${verdict(misses.length === 0)}`,
  );
  for (const miss of misses) console.log(`  MISS: ${miss.name} at ${percent(miss.ratio)}`);
}
