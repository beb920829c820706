// Issue 16's figure: the police permit pack of the demo event, its time and the size of its largest PDF.
import JSZip from 'jszip';
import { printCheck, printNote } from './report.mjs';

const RUNS = 5;
const TEN_MB = 10 * 1024 * 1024;

async function pack(server, headers, eventId) {
  const started = performance.now();
  const res = await fetch(`${server.url}/api/events/${eventId}/permit-pack.zip?lang=sv`, { headers });
  const bytes = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`permit-pack.zip: ${res.status} ${bytes.toString()}`);
  return { ms, bytes };
}

export async function measurePermit(server, { token, eventId }) {
  const headers = { authorization: `Bearer ${token}` };
  // the first pack loads the fonts: timed apart
  const first = await pack(server, headers, eventId);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push((await pack(server, headers, eventId)).ms);
  const zip = await JSZip.loadAsync(first.bytes);
  const sizes = await Promise.all(
    Object.values(zip.files)
      .filter((file) => !file.dir)
      .map(async (file) => (await file.async('nodebuffer')).length),
  );
  runs.sort((a, b) => a - b);
  return {
    firstMs: Math.round(first.ms),
    medianMs: Math.round(runs[Math.floor(RUNS / 2)]),
    files: sizes.length,
    largest: Math.max(...sizes),
  };
}

export function printPermit(results) {
  console.log('\n## Permit pack (issue 16)\n');
  printCheck(results, {
    label: `permit pack of the demo event, median of ${RUNS}`,
    target: '< 3 s',
    value: (d) => d.medianMs,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 3000,
  });
  printCheck(results, {
    label: 'its largest PDF',
    target: '< 10 MB',
    value: (d) => d.largest,
    format: (bytes) => `${(bytes / 1024).toFixed(1)} KB`,
    pass: (bytes, d) => bytes < TEN_MB && d.files === 5,
  });
  printNote(results, 'first pack after the start (fonts loaded): ', (d) => `${d.firstMs} ms`);
}
