#!/usr/bin/env node
// `npm run bench`: builds, starts the app on loopback and prints the performance figures of the issues.
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchFolders } from './folders.mjs';
import { startServer } from './server.mjs';
import { benchUploadBombs } from './upload-bombs.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// `npm run bench -- --only=uploads,risks` runs those sections only (foundation, risks, partners,
// participants, folders, uploads, map, bundle).
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section) => !ONLY || ONLY.includes(section);

function load(url, headers = {}) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers }, (error, result) =>
      error ? reject(error) : resolve(result),
    ),
  );
}

function row(name, result) {
  return {
    name,
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

function initialBundle() {
  const dir = 'dist/apps/web/browser';
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const js = files.filter((file) => file.endsWith('.js'));
  const raw = js.reduce((sum, file) => sum + readFileSync(join(dir, file)).length, 0);
  const gzip = js.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);
  const lazy = readdirSync(dir).filter((file) => file.endsWith('.js') && !js.includes(file));
  const leafletInitial = js.some((file) =>
    readFileSync(join(dir, file), 'utf8').includes('leaflet-container'),
  );
  return { files: js, raw, gzip, lazyChunks: lazy.length, leafletInitial };
}

/** An event with a 1,000-risk register, imported as CSV; answers its id and the import time. */
async function createRiskEvent(server, headers, name) {
  const created = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    }),
  });
  const eventId = (await created.json()).id;
  const categories = ['crowding', 'fire', 'violence', 'theft', 'threats-harassment'];
  const lines = ['title;description;category;likelihood;consequence;owner;mitigations'];
  for (let i = 0; i < 1000; i += 1) {
    lines.push(
      `Risk ${i};Scenario ${i} med å ä ö;${categories[i % 5]};${(i % 5) + 1};${((i * 7) % 5) + 1};Ägare ${i % 20};Åtgärd A | Åtgärd B`,
    );
  }
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'risks.csv');
  const started = performance.now();
  const imported = await fetch(`${server.url}/api/events/${eventId}/risks/import?dryRun=false`, {
    method: 'POST',
    headers,
    body: form,
  });
  const importMs = performance.now() - started;
  if (imported.status !== 201)
    throw new Error(`risk import failed: ${imported.status} ${await imported.text()}`);
  return { eventId, importMs };
}

async function benchRisks(server, token) {
  const headers = { authorization: `Bearer ${token}` };
  const { eventId, importMs } = await createRiskEvent(server, headers, 'Bench');
  const health = row('GET /api/health', await load(`${server.url}/api/health`));
  const list = row(
    'GET /api/events/:eventId/risks (1,000 risks, first page of 100)',
    await load(`${server.url}/api/events/${eventId}/risks`, headers),
  );
  const matrix = row(
    'GET /api/events/:eventId/risk-matrix (1,000 risks)',
    await load(`${server.url}/api/events/${eventId}/risk-matrix`, headers),
  );
  console.log('\n## Risk register (issue 3)\n');
  console.log('| route | req/s | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of [health, list, matrix]) console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`);
  console.log(`\nregister list p99: ${list.p99} ms (target < 100 ms) ${list.p99 < 100 ? 'PASS' : 'MISS'}`);
  console.log(
    `import of 1,000-row CSV: ${importMs.toFixed(0)} ms (target < 2000 ms) ${importMs < 2000 ? 'PASS' : 'MISS'}`,
  );
}

async function benchPartners(server, token) {
  const auth = { authorization: `Bearer ${token}` };
  const headers = { ...auth, 'content-type': 'application/json' };
  const { eventId } = await createRiskEvent(server, auth, 'Bench partners');
  const organizations = await (await fetch(`${server.url}/api/organizations`, { headers })).json();
  const police = organizations.items.find((organization) => organization.kind === 'police');
  const shared = await fetch(`${server.url}/api/events/${eventId}/shares`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      organizationId: police.id,
      scope: ['risks', 'map'],
      expiresAt: new Date(Date.now() + 86400_000).toISOString(),
    }),
  });
  const shareId = (await shared.json()).id;
  const started = performance.now();
  const published = await fetch(`${server.url}/api/events/${eventId}/risk-plan/revisions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ note: 'Bench' }),
  });
  const publishMs = performance.now() - started;
  if (published.status !== 201)
    throw new Error(`publish failed: ${published.status} ${await published.text()}`);
  const partnerToken = await server.login('polisen@demo.tryggplan.local');
  const health = row('GET /api/health', await load(`${server.url}/api/health`));
  const read = row(
    'GET /api/shared/:shareId/revisions/:revision (partner, 1,000 risks, first 50 in the answer)',
    await load(`${server.url}/api/shared/${shareId}/revisions/1`, {
      authorization: `Bearer ${partnerToken}`,
    }),
  );
  const page = row(
    'GET /api/shared/:shareId/revisions/:revision/risks (partner, a page of 100 risks)',
    await load(`${server.url}/api/shared/${shareId}/revisions/1/risks?offset=100&limit=100`, {
      authorization: `Bearer ${partnerToken}`,
    }),
  );
  console.log('\n## Partners (issue 7)\n');
  console.log('| route | req/s | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of [health, read, page]) console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`);
  console.log(
    `\npublish of a 1,000-risk plan: ${publishMs.toFixed(0)} ms (target < 1000 ms) ${publishMs < 1000 ? 'PASS' : 'MISS'}`,
  );
  console.log(`partner read p99: ${read.p99} ms (target < 100 ms) ${read.p99 < 100 ? 'PASS' : 'MISS'}`);
}

/** Peak resident memory of a process so far (Linux); null elsewhere. */
function peakRssBytes(pid) {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmHWM:'));
    return line ? Number(line.replace(/\D/g, '')) * 1024 : null;
  } catch {
    return null;
  }
}

async function benchParticipants(server, token) {
  const headers = { authorization: `Bearer ${token}` };
  const created = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Bench participants',
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    }),
  });
  const eventId = (await created.json()).id;
  const roles = ['Förtroendevald', 'Tjänsteperson', 'Gäst'];
  const levels = ['Normal', 'Förhöjd', 'Hög'];
  const lines = ['Namn;Roll;Organisation;E-post;Telefon;Skyddsnivå;Ankomst;Anteckningar'];
  for (let i = 0; i < 5000; i += 1) {
    lines.push(
      `Deltagare ${i} Åström;${roles[i % 3]};Förvaltning ${i % 40};person${i}@region.example;070-${1000000 + i};${levels[i % 3]};2027-06-28 ${String(8 + (i % 10)).padStart(2, '0')}:00;Anteckning ${i}`,
    );
  }
  const form = new FormData();
  form.append('file', new Blob([lines.join('\n')], { type: 'text/csv' }), 'participants.csv');
  const rssBefore = peakRssBytes(server.pid);
  const started = performance.now();
  const imported = await fetch(`${server.url}/api/events/${eventId}/participants/import?dryRun=false`, {
    method: 'POST',
    headers,
    body: form,
  });
  const importMs = performance.now() - started;
  if (imported.status !== 201)
    throw new Error(`participant import failed: ${imported.status} ${await imported.text()}`);
  const rssAfter = peakRssBytes(server.pid);
  const health = row('GET /api/health', await load(`${server.url}/api/health`));
  const list = row(
    'GET /api/events/:eventId/participants (5,000 participants, first page of 100)',
    await load(`${server.url}/api/events/${eventId}/participants`, headers),
  );
  console.log('\n## Participants (issue 4)\n');
  console.log('| route | req/s | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of [health, list]) console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`);
  console.log(`\nparticipant list p99: ${list.p99} ms (target < 150 ms) ${list.p99 < 150 ? 'PASS' : 'MISS'}`);
  console.log(
    `import of 5,000-row CSV: ${importMs.toFixed(0)} ms (target < 3000 ms) ${importMs < 3000 ? 'PASS' : 'MISS'}`,
  );
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    rssAfter === null
      ? 'server peak memory: not measurable on this platform'
      : `server peak memory (RSS high-water mark) after the import: ${mb(rssAfter)} (before: ${mb(rssBefore)})`,
  );
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/nx', ['run-many', '-t', 'build', '-p', 'api', 'web'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = await startServer();
try {
  const token = await server.login('samordnare@demo.tryggplan.local');
  const events = await (
    await fetch(`${server.url}/api/events`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  const eventId = events.items[0].id;

  console.log(`\n# Tryggplan benchmark (${CONNECTIONS} connections, ${DURATION} s each, loopback)\n`);
  if (runs('foundation')) await benchFoundation(server, token, eventId);
  if (runs('risks')) await benchRisks(server, token);
  if (runs('partners')) await benchPartners(server, token);
  if (runs('participants')) await benchParticipants(server, token);
  if (runs('folders')) await benchFolders(server, token, eventId);
  if (runs('uploads')) await benchUploadBombs(server, token, load, row);
  if (runs('map')) printMapRender();
  if (runs('bundle')) printBundle();
} finally {
  server.stop();
}

async function benchFoundation(server, token, eventId) {
  const health = row('GET /api/health', await load(`${server.url}/api/health`));
  const event = row(
    'GET /api/events/:eventId (authenticated)',
    await load(`${server.url}/api/events/${eventId}`, {
      authorization: `Bearer ${token}`,
    }),
  );
  console.log('## Foundation (issue 2)\n');
  console.log('| route | req/s | p99 ms | errors |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const r of [health, event]) console.log(`| ${r.name} | ${r.rps} | ${r.p99} | ${r.errors} |`);
  const ratio = event.rps / health.rps;
  console.log(
    `\nevent read / health throughput: ${(ratio * 100).toFixed(0)} % (target ≥ 50 %) ${ratio >= 0.5 ? 'PASS' : 'MISS'}`,
  );
}

/** Written by the browser test apps/web-e2e/src/maps.spec.ts; measured there, not here. */
function printMapRender() {
  const file = 'tmp/bench/map-render.json';
  console.log('\n## Map (issue 5)\n');
  if (!existsSync(file)) {
    console.log('2,000 sites on screen: not measured — run the browser tests');
    return;
  }
  const { pageToSitesMs, drawMs, measuredAt } = JSON.parse(readFileSync(file, 'utf8'));
  console.log(
    `2,000 sites on screen: ${drawMs} ms to draw (target < 1000 ms) ${drawMs < 1000 ? 'PASS' : 'MISS'}; ${pageToSitesMs} ms from opening the page (browser test of ${measuredAt})`,
  );
}

function printBundle() {
  if (!existsSync('dist/apps/web/browser/index.html')) {
    console.log('\ninitial JavaScript: web app not built');
    process.exitCode = 1;
    return;
  }
  const bundle = initialBundle();
  console.log(
    `\ninitial JavaScript: ${kb(bundle.raw)} raw, ${kb(bundle.gzip)} gzip (target ≤ 200 KB gzip) ${bundle.gzip <= 200 * 1024 ? 'PASS' : 'MISS'}`,
  );
  console.log(
    `  files: ${bundle.files.join(', ')}; lazy chunks: ${bundle.lazyChunks}; Leaflet in initial bundle: ${bundle.leafletInitial ? 'yes' : 'no'}`,
  );
}
