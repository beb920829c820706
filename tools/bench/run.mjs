#!/usr/bin/env node
// `npm run bench`: builds, starts the app on loopback and prints the performance figures of the issues, on SQLite
// and PostgreSQL side by side (`--db sqlite|postgres` for one of them; see docs/benchmarks.md).
import autocannon from 'autocannon';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureFolders, printFolders } from './folders.mjs';
import { measurePermit, printPermit } from './permit.mjs';
import { measurePrintMap, printPrintMap } from './print-map.mjs';
import { measureIncidents, printIncidents } from './incidents.mjs';
import { measureCheckIns, printCheckIns } from './check-ins.mjs';
import { measureParticipantPage, printParticipantPage } from './participant-page.mjs';
import { percent, printCheck, printNote, printReadRatioSummary, printRouteTable } from './report.mjs';
import {
  DRIVER_LABELS,
  benchServerUrl,
  cleanUpAll,
  printableUrl,
  probePostgres,
  startServer,
} from './server.mjs';
import { measureUploadBombs, printUploadBombs } from './upload-bombs.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 50;
// `npm run bench -- --only=uploads,risks` runs those sections only (foundation, risks, partners,
// participants, participant-page, folders, incidents, check-ins, permit, print-map, uploads, map, bundle).
const ONLY = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const runs = (section) => !ONLY || ONLY.includes(section);
// `--db sqlite` or `--db postgres` (also `--db=…`) runs on that driver only; without it the bench runs on
// SQLite, and on PostgreSQL beside it when the server at BENCH_DATABASE_URL answers.
const dbFlag = process.argv.findIndex((arg) => arg === '--db' || arg.startsWith('--db='));
const DB = dbFlag < 0 ? 'auto' : process.argv[dbFlag].slice('--db='.length) || process.argv[dbFlag + 1];
if (!['auto', 'sqlite', 'postgres'].includes(DB)) {
  console.error(`--db must be sqlite or postgres, not ${DB ?? 'nothing'}`);
  process.exit(2);
}

function load(url, headers = {}, connections = CONNECTIONS, duration = DURATION) {
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration, headers }, (error, result) =>
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

async function measureRisks(server, { token }) {
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
  return { rows: [health, list, matrix], importMs };
}

function printRisks(results) {
  console.log('\n## Risk register (issue 3)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: 'register list p99',
    target: '< 100 ms',
    value: (d) => d.rows[1].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 100,
  });
  printCheck(results, {
    label: 'import of 1,000-row CSV',
    target: '< 2000 ms',
    value: (d) => d.importMs,
    format: (ms) => `${ms.toFixed(0)} ms`,
    pass: (ms) => ms < 2000,
  });
}

async function measurePartners(server, { token }) {
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
  return { rows: [health, read, page], publishMs };
}

function printPartners(results) {
  console.log('\n## Partners (issue 7)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: 'publish of a 1,000-risk plan',
    target: '< 1000 ms',
    value: (d) => d.publishMs,
    format: (ms) => `${ms.toFixed(0)} ms`,
    pass: (ms) => ms < 1000,
  });
  printCheck(results, {
    label: 'partner read p99',
    target: '< 100 ms',
    value: (d) => d.rows[1].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 100,
  });
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

async function measureParticipants(server, { token }) {
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
  return { rows: [health, list], importMs, rssBefore, rssAfter };
}

function printParticipants(results) {
  console.log('\n## Participants (issue 4)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: 'participant list p99',
    target: '< 150 ms',
    value: (d) => d.rows[1].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 150,
  });
  printCheck(results, {
    label: 'import of 5,000-row CSV',
    target: '< 3000 ms',
    value: (d) => d.importMs,
    format: (ms) => `${ms.toFixed(0)} ms`,
    pass: (ms) => ms < 3000,
  });
  const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  if (results.every((result) => result.data.rssAfter === null))
    console.log('server peak memory: not measurable on this platform');
  else
    printNote(results, 'server peak memory (RSS high-water mark) after the import: ', (d) =>
      d.rssAfter === null ? 'not measurable' : `${mb(d.rssAfter)} (before: ${mb(d.rssBefore)})`,
    );
}

async function measureFoundation(server, { token, eventId }) {
  const headers = { authorization: `Bearer ${token}` };
  const health = row('GET /api/health', await load(`${server.url}/api/health`));
  const event = row(
    'GET /api/events/:eventId (authenticated)',
    await load(`${server.url}/api/events/${eventId}`, headers),
  );
  const instances =
    server.driver === 'postgres' ? await twoInstances(server, `/api/events/${eventId}`, headers) : null;
  return { rows: [health, event], ratio: event.rps / health.rps, instances };
}

/** Several load runs at once, as one figure: requests and errors summed, the worst p99. */
function summed(name, results) {
  const rows = results.map((result) => row(name, result));
  return {
    name,
    rps: rows.reduce((sum, r) => sum + r.rps, 0),
    p99: Math.max(...rows.map((r) => r.p99)),
    errors: rows.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * The event read with the load spread over two API processes on one PostgreSQL database, against the same
 * load (two runs of half the connections at once) on one process.
 */
async function twoInstances(server, path, headers) {
  const half = Math.floor(CONNECTIONS / 2);
  const second = await startServer({ driver: 'postgres', databaseUrl: server.databaseUrl });
  try {
    // The first process has just served the event read for a whole run; warm the new one's JIT likewise.
    await load(`${second.url}${path}`, headers, half, Math.min(DURATION, 3));
    const one = summed(
      `one instance (2 × ${half} connections on one API process)`,
      await Promise.all([
        load(`${server.url}${path}`, headers, half),
        load(`${server.url}${path}`, headers, CONNECTIONS - half),
      ]),
    );
    const two = summed(
      `two instances on one database (${half} connections on each)`,
      await Promise.all([
        load(`${server.url}${path}`, headers, half),
        load(`${second.url}${path}`, headers, CONNECTIONS - half),
      ]),
    );
    return { one, two };
  } finally {
    await second.stop();
  }
}

function printFoundation(results) {
  console.log('## Foundation (issue 2)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: 'event read / health throughput',
    target: '≥ 50 %',
    value: (d) => d.ratio,
    format: percent,
    pass: (ratio) => ratio >= 0.5,
    ratio: false,
  });
  const instances = results.find((result) => result.driver === 'postgres')?.data.instances;
  if (!instances) {
    console.log('\ntwo instances against one (event read): not measured, it needs PostgreSQL');
    return;
  }
  console.log(
    `\ntwo instances against one, GET /api/events/:eventId on PostgreSQL (${CONNECTIONS} connections in all: two load runs at once, summed; p99 of the worse run):\n`,
  );
  printRouteTable([{ driver: 'postgres', data: instances }], (d) => [d.one, d.two]);
  console.log(
    `\ntwo instances / one: ${(instances.two.rps / instances.one.rps).toFixed(2)}× the requests per second (reported, not a target: ${availableParallelism()} cores run both API processes, PostgreSQL and the load)`,
  );
}

const SECTIONS = [
  { name: 'foundation', measure: measureFoundation, print: printFoundation },
  { name: 'risks', measure: measureRisks, print: printRisks },
  { name: 'partners', measure: measurePartners, print: printPartners },
  { name: 'participants', measure: measureParticipants, print: printParticipants },
  { name: 'participant-page', measure: measureParticipantPage, print: printParticipantPage },
  {
    name: 'folders',
    measure: (server, { token, eventId }) => measureFolders(server, token, eventId),
    print: printFolders,
  },
  {
    name: 'incidents',
    measure: (server, context) => measureIncidents(server, context, load, row),
    print: printIncidents,
  },
  {
    name: 'check-ins',
    measure: (server, context) => measureCheckIns(server, context, load, row),
    print: printCheckIns,
  },
  { name: 'permit', measure: measurePermit, print: printPermit },
  { name: 'print-map', measure: measurePrintMap, print: printPrintMap },
  {
    name: 'uploads',
    measure: (server, { token }) => measureUploadBombs(server, token, load, row),
    print: printUploadBombs,
  },
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** The drivers this run measures, SQLite first; says plainly why PostgreSQL is left out. */
async function chooseDrivers() {
  if (DB === 'sqlite') return ['sqlite'];
  const probe = await probePostgres(benchServerUrl());
  if (probe.ok) return DB === 'postgres' ? ['postgres'] : ['sqlite', 'postgres'];
  const where = `PostgreSQL at ${printableUrl(benchServerUrl())} is not reachable (${probe.reason})`;
  if (DB === 'postgres') {
    console.error(`${where}; set BENCH_DATABASE_URL to a server the bench may create databases on.`);
    process.exit(1);
  }
  console.log(
    `${where}: printing SQLite only. Start PostgreSQL or set BENCH_DATABASE_URL to compare both drivers.`,
  );
  return ['sqlite'];
}

/** A running server of one driver, logged in as the demo coordinator, with the demo event's id. */
async function openServer(driver) {
  const server = await startServer({ driver });
  const token = await server.login('samordnare@demo.tryggplan.local');
  const events = await (
    await fetch(`${server.url}/api/events`, { headers: { authorization: `Bearer ${token}` } })
  ).json();
  return { driver, server, token, eventId: events.items[0].id };
}

// Ctrl-C or a kill: stop the servers and drop the bench's PostgreSQL databases before leaving.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.once(signal, () => {
    console.error(`\nbench: ${signal}: stopping the servers and dropping the bench databases`);
    cleanUpAll().finally(() => process.exit(130));
  });

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('node_modules/.bin/nx', ['run-many', '-t', 'build', '-p', 'api', 'web'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

try {
  const drivers = await chooseDrivers();
  const servers = [];
  for (const driver of drivers) {
    try {
      servers.push(await openServer(driver));
    } catch (error) {
      // Another driver can still be measured; the run fails at the end all the same.
      if (drivers.length === 1) throw error;
      console.log(
        `${DRIVER_LABELS[driver]}: the API did not start (${error.message}); printing the others only.`,
      );
      process.exitCode = 1;
    }
  }
  if (servers.length === 0) throw new Error('no server started');
  const on =
    servers.length === 2 ? 'SQLite and PostgreSQL side by side' : `on ${DRIVER_LABELS[servers[0].driver]}`;
  console.log(`\n# Tryggplan benchmark (${CONNECTIONS} connections, ${DURATION} s each, loopback, ${on})\n`);
  if (servers.some((s) => s.driver === 'postgres'))
    console.log(
      `PostgreSQL: ${printableUrl(benchServerUrl())}, a fresh tp_bench_* database per API start, dropped at the end\n`,
    );
  for (const section of SECTIONS) {
    if (!runs(section.name)) continue;
    const results = [];
    for (const { driver, server, ...context } of servers) {
      try {
        results.push({ driver, data: await section.measure(server, context) });
      } catch (error) {
        if (servers.length === 1) throw error;
        console.log(`${DRIVER_LABELS[driver]}: ${section.name} not measured (${error.message})`);
        process.exitCode = 1;
      }
    }
    if (results.length > 0) section.print(results);
  }
  if (runs('map')) printMapRender();
  if (runs('bundle')) printBundle();
  printReadRatioSummary();
} finally {
  await cleanUpAll();
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
