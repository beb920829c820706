// Issue 16's print map figure: an A3 print map of an event with 2,000 sites, p50/p99 against 2 s.
import { printCheck, printNote } from './report.mjs';

const SITES = 2000;
const RUNS = 9;
const TEN_MB = 10 * 1024 * 1024;
const KINDS = ['venue', 'stage', 'first-aid', 'police', 'meeting-point', 'assembly-point', 'hazard'];

/** A fresh event with 2,000 point sites spread over central Visby, imported as GeoJSON. */
async function crowdedEvent(server, headers) {
  const created = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench print map',
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    }),
  });
  const eventId = (await created.json()).id;
  let seed = 11;
  const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
  const features = Array.from({ length: SITES }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [18.28 + random() * 0.03, 57.633 + random() * 0.012] },
    properties: { kind: KINDS[i % KINDS.length], name: `Plats ${i + 1} Östra kajen` },
  }));
  const imported = await fetch(`${server.url}/api/events/${eventId}/sites/import`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/geo+json' },
    body: JSON.stringify({ type: 'FeatureCollection', features }),
  });
  if (imported.status !== 201)
    throw new Error(`site import failed: ${imported.status} ${await imported.text()}`);
  return eventId;
}

async function printMap(server, headers, eventId) {
  const started = performance.now();
  const res = await fetch(
    `${server.url}/api/events/${eventId}/print-map.pdf?paper=a3&orientation=landscape&lang=sv`,
    { headers },
  );
  const bytes = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`print-map.pdf: ${res.status} ${bytes.toString()}`);
  return { ms, bytes };
}

export async function measurePrintMap(server, { token }) {
  const headers = { authorization: `Bearer ${token}` };
  const eventId = await crowdedEvent(server, headers);
  // the first print loads the fonts: timed apart
  const first = await printMap(server, headers, eventId);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push((await printMap(server, headers, eventId)).ms);
  runs.sort((a, b) => a - b);
  return {
    firstMs: Math.round(first.ms),
    p50: Math.round(runs[Math.floor(RUNS / 2)]),
    p99: Math.round(runs[Math.min(RUNS - 1, Math.ceil(RUNS * 0.99) - 1)]),
    bytes: first.bytes.length,
  };
}

export function printPrintMap(results) {
  console.log('\n## Print map (issue 16)\n');
  printCheck(results, {
    label: `A3 print map of ${SITES.toLocaleString('en')} sites, p50 of ${RUNS}`,
    target: '< 2 s',
    value: (d) => d.p50,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 2000,
  });
  printCheck(results, {
    label: `the same, p99 of ${RUNS}`,
    target: '< 2 s',
    value: (d) => d.p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 2000,
  });
  printCheck(results, {
    label: 'its PDF',
    target: '< 10 MB',
    value: (d) => d.bytes,
    format: (bytes) => `${(bytes / 1024).toFixed(1)} KB`,
    pass: (bytes) => bytes < TEN_MB,
  });
  printNote(results, 'first print after the start (fonts loaded): ', (d) => `${d.firstMs} ms`);
}
