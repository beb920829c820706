// Issue 15 item 9: a participant's own page /p/:token opened on a phone. Chromium with a phone's viewport
// and its CPU slowed 4× (CDP Emulation.setCPUThrottlingRate) opens the page cold, a fresh browser profile
// each run: time to the page's heading, to the answer of the first tap (the language switch, which reads
// that language's texts), what the phone fetched before the heading, and when the page and its pocket
// folder are kept for offline use (the service worker controls the page and both are in its cache).
import { chromium } from '@playwright/test';
import { DRIVER_LABELS } from './server.mjs';

const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const CPU_SLOWDOWN = 4;
const OFFLINE_LIMIT_MS = 30_000;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

// Not "localhost": Angular's service worker fills its cache at once on localhost and 127.0.0.1 only, and
// waits for an idle moment anywhere else, as on a phone.
const PHONE_HOST = 'tryggplan.bench.test';
const phoneOrigin = (server) => `http://${PHONE_HOST}:${new URL(server.url).port}`;

async function post(server, headers, path, body) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** One person of the demo event with a schedule item and a personal link; answers the page's path. */
async function personalLink(server, { token, eventId }) {
  const headers = { authorization: `Bearer ${token}` };
  const person = await post(server, headers, `/api/events/${eventId}/participants`, {
    fullName: 'Bänk Mätsson',
  });
  await post(server, headers, `/api/events/${eventId}/participants/${person.id}/schedule`, {
    title: 'Tal i parken',
    startsAt: '2027-06-29T10:00:00+02:00',
    endsAt: '2027-06-29T11:00:00+02:00',
    isPublic: true,
  });
  const link = await post(server, headers, `/api/events/${eventId}/participants/${person.id}/link`);
  return new URL(link.url).pathname;
}

/** Whether the page and the A6 folder in Swedish are in the service worker's caches, with it in control. */
function keptOffline(page, path) {
  return page.evaluate(async (ownPath) => {
    if (!navigator.serviceWorker?.controller) return false;
    const folder = `/api${ownPath}/briefing.pdf?format=a6&lang=sv`;
    const kept = globalThis.caches;
    return !!(await kept.match(`/api${ownPath}`)) && !!(await kept.match(folder));
  }, path);
}

async function openOnce(browser, url, path) {
  const context = await browser.newContext({ ...PHONE, locale: 'sv-SE', serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: 'Bänk Mätsson' }).waitFor({ timeout: 60_000 });
    const heading = Date.now() - started;
    // what the phone fetched until the heading showed (not what it kept for offline use after it)
    const fetched = await page.evaluate(() => {
      const shown = performance.now();
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.responseEnd <= shown && entry.initiatorType !== 'fetch')
        .map((entry) => ({ name: new URL(entry.name).pathname, bytes: entry.encodedBodySize }));
    });
    const files = fetched.filter((entry) => !entry.name.startsWith('/api/'));
    const scripts = files.filter((entry) => entry.name.endsWith('.js'));
    const tapped = Date.now();
    await page.getByRole('button', { name: 'English' }).tap();
    await page
      .getByRole('heading', { level: 2, name: 'If you are threatened, harassed or attacked' })
      .waitFor({
        timeout: 60_000,
      });
    const firstTap = Date.now() - tapped;
    let offline = null;
    while (Date.now() - started < heading + OFFLINE_LIMIT_MS) {
      if (await keptOffline(page, path)) {
        offline = Date.now() - started;
        break;
      }
      await page.waitForTimeout(100);
    }
    return {
      heading,
      firstTap,
      offline,
      scripts: scripts.length,
      scriptKb: scripts.reduce((sum, entry) => sum + entry.bytes, 0) / 1024,
      files: files.length,
      texts: files.filter((entry) => entry.name.startsWith('/i18n/')).length,
      leaflet: files.some((entry) => /leaflet|geoman/.test(entry.name)),
    };
  } finally {
    await context.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

export async function measureParticipantPage(server, context) {
  const path = await personalLink(server, context);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      `--host-resolver-rules=MAP ${PHONE_HOST} 127.0.0.1`,
      `--unsafely-treat-insecure-origin-as-secure=${phoneOrigin(server)}`,
    ],
  });
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await openOnce(browser, `${phoneOrigin(server)}${path}`, path));
    const offline = runs.map((run) => run.offline);
    return {
      heading: median(runs.map((run) => run.heading)),
      firstTap: median(runs.map((run) => run.firstTap)),
      offline: offline.includes(null) ? null : median(offline),
      keptRuns: offline.filter((value) => value !== null).length,
      runs: runs.length,
      ...runs[0],
    };
  } finally {
    await browser.close();
  }
}

export function printParticipantPage(results) {
  console.log(`\n## Participant's own page on a phone (issue 15 item 9; CPU ${CPU_SLOWDOWN}× slower)\n`);
  console.log(
    '| Driver | To heading | First tap | Kept offline | JS before heading | Files | Texts | Leaflet |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const { driver, data } of results) {
    const offline =
      data.offline === null
        ? `not within ${OFFLINE_LIMIT_MS / 1000} s of the heading in ${data.runs - data.keptRuns} of ${data.runs} runs`
        : `${data.offline} ms`;
    console.log(
      `| ${DRIVER_LABELS[driver]} | ${data.heading} ms | ${data.firstTap} ms | ${offline} | ${data.scripts} files, ${data.scriptKb.toFixed(0)} KB | ${data.files} | ${data.texts} | ${data.leaflet ? 'yes' : 'no'} |`,
    );
  }
  console.log(
    `\nMedians of ${results[0]?.data.runs ?? RUNS} cold opens (a fresh browser profile each, loopback); "first tap" is the language switch to English, which reads that language's texts.`,
  );
}
