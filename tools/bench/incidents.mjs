// Issue 14's figures: logging incidents with 20 writers at once, a new incident reaching 500 open
// boards over Server-Sent Events, and the board of an event with 2,000 incidents.
import autocannon from 'autocannon';
import { request } from 'node:http';
import { printCheck, printRouteTable } from './report.mjs';

const WRITERS = 20;
const SUBSCRIBERS = 500;
const BOARD_SIZE = 2000;

const quickIncident = (i) => ({
  category: ['harassment', 'threat', 'theft', 'crowding'][i % 4],
  severity: ['low', 'medium', 'high', 'critical'][i % 4],
  location: { place: `Bench-plats ${i}` },
  description: `Benchhändelse nummer ${i}`,
});

const p99 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)];
};

async function newEvent(server, headers, name) {
  const res = await fetch(`${server.url}/api/events`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      name,
      startsAt: '2027-06-27T08:00:00+02:00',
      endsAt: '2027-07-02T22:00:00+02:00',
    }),
  });
  if (!res.ok) throw new Error(`event: ${res.status} ${await res.text()}`);
  return (await res.json()).id;
}

function writers(server, headers, eventId, duration) {
  return new Promise((resolve, reject) =>
    autocannon(
      {
        url: `${server.url}/api/events/${eventId}/incidents`,
        method: 'POST',
        connections: WRITERS,
        duration,
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(quickIncident(1)),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

/** Fills an event with incidents, WRITERS at a time. */
async function fill(server, headers, eventId, count) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = (next += 1);
      const res = await fetch(`${server.url}/api/events/${eventId}/incidents`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify(quickIncident(i)),
      });
      if (res.status !== 201) throw new Error(`incident: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, worker));
}

/** One open board: resolves once its stream said `ready`; `created` resolves at the first new incident. */
function subscribe(server, token, eventId) {
  const { hostname, port } = new URL(server.url);
  return new Promise((ready, fail) => {
    let resolveCreated;
    const created = new Promise((resolve) => (resolveCreated = resolve));
    const req = request(
      {
        hostname,
        port,
        path: `/api/events/${eventId}/stream`,
        headers: { authorization: `Bearer ${token}` },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) return fail(new Error(`stream: ${res.statusCode}`));
        let buffer = '';
        res.on('data', (chunk) => {
          buffer += chunk.toString();
          if (buffer.includes('event: ready')) ready({ created, close: () => req.destroy() });
          if (buffer.includes('event: incident.created')) resolveCreated(performance.now());
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

export async function measureIncidents(server, { token }, load, row) {
  const headers = { authorization: `Bearer ${token}` };

  // a short run first, on an event of its own: the pool's connections and the code paths warm up
  // as they would in a server that has been up a while, and the measured run starts from there
  await writers(server, headers, await newEvent(server, headers, 'Bench incidents (warm-up)'), 2);
  const writeEvent = await newEvent(server, headers, 'Bench incidents (writers)');
  const written = await writers(server, headers, writeEvent, 5);
  const create = row(`POST /api/events/:eventId/incidents (${WRITERS} writers)`, written);

  const streamEvent = await newEvent(server, headers, 'Bench incidents (stream)');
  const boards = [];
  for (let i = 0; i < SUBSCRIBERS; i += 50) {
    boards.push(
      ...(await Promise.all(Array.from({ length: 50 }, () => subscribe(server, token, streamEvent)))),
    );
  }
  const sentAt = performance.now();
  await fetch(`${server.url}/api/events/${streamEvent}/incidents`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(quickIncident(0)),
  });
  const arrivals = await Promise.all(boards.map((board) => board.created));
  for (const board of boards) board.close();
  const reach = arrivals.map((at) => at - sentAt);

  const boardEvent = await newEvent(server, headers, 'Bench incidents (board)');
  await fill(server, headers, boardEvent, BOARD_SIZE);
  const board = row(
    `GET /api/events/:eventId/incidents (${BOARD_SIZE.toLocaleString('en')} incidents, first page of 100)`,
    await load(`${server.url}/api/events/${boardEvent}/incidents`, headers),
  );
  return {
    rows: [create, board],
    reachP99: Math.round(p99(reach)),
    reachMax: Math.round(Math.max(...reach)),
  };
}

export function printIncidents(results) {
  console.log('\n## Incidents (issue 14)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: `creating an incident with ${WRITERS} writers at once, p99`,
    target: '< 100 ms',
    value: (d) => d.rows[0].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 100,
  });
  printCheck(results, {
    label: `a new incident reaching ${SUBSCRIBERS} open boards (Server-Sent Events), p99`,
    target: '< 500 ms',
    value: (d) => d.reachP99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 500,
  });
  printCheck(results, {
    label: `the board with ${BOARD_SIZE.toLocaleString('en')} incidents, p99`,
    target: '< 100 ms',
    value: (d) => d.rows[1].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 100,
  });
}
