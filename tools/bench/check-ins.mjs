// Issue 17's figures: a check-in to 1,000 participants created, and the coordinator's answers view
// of those 1,000 people read under load.
import { printCheck, printRouteTable } from './report.mjs';

const PEOPLE = 1000;
const WRITERS = 20;
const CREATES = 5;

async function post(server, headers, path, body) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (res.status !== 201) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** An event with PEOPLE participants, made WRITERS at a time; half of them have answered a first check-in. */
async function crowdedEvent(server, headers) {
  const event = await post(server, headers, '/api/events', {
    name: 'Bench check-ins',
    startsAt: '2027-06-27T08:00:00+02:00',
    endsAt: '2027-07-02T22:00:00+02:00',
  });
  let next = 0;
  const worker = async () => {
    while (next < PEOPLE) {
      const i = (next += 1);
      await post(server, headers, `/api/events/${event.id}/participants`, { fullName: `Benchperson ${i}` });
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, worker));
  return event.id;
}

export async function measureCheckIns(server, { token }, load, row) {
  const headers = { authorization: `Bearer ${token}` };
  const eventId = await crowdedEvent(server, headers);
  const createMs = [];
  let checkIn;
  for (let i = 0; i < CREATES; i++) {
    const started = performance.now();
    checkIn = await post(server, headers, `/api/events/${eventId}/check-ins`, {
      target: { kind: 'all' },
      message: 'Bench: är du OK?',
    });
    createMs.push(performance.now() - started);
  }
  if (checkIn.counts.noAnswer !== PEOPLE) throw new Error(`check-in went to ${checkIn.counts.noAnswer}`);
  const view = row(
    `GET /api/events/:eventId/check-ins/:checkInId (${PEOPLE.toLocaleString('en')} people)`,
    await load(`${server.url}/api/events/${eventId}/check-ins/${checkIn.id}`, headers, 10),
  );
  return { rows: [view], createMax: Math.round(Math.max(...createMs)) };
}

export function printCheckIns(results) {
  console.log('\n## Check-ins (issue 17)\n');
  printRouteTable(results);
  printCheck(results, {
    lead: '\n',
    label: `a check-in to ${PEOPLE.toLocaleString('en')} participants created (slowest of ${CREATES})`,
    target: '< 5 s',
    value: (d) => d.createMax,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 5000,
  });
  printCheck(results, {
    label: `the answers view of ${PEOPLE.toLocaleString('en')} people, p99`,
    target: '< 100 ms',
    value: (d) => d.rows[0].p99,
    format: (ms) => `${ms} ms`,
    pass: (ms) => ms < 100,
  });
}
