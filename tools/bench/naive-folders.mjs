// The naive baseline for the folder ZIP (issue 6): the same folders built the plain way — pdfmake as shipped
// (its fonts parsed again for every document), one folder after another on one thread, every PDF held in
// memory and zipped at the end. It runs in the bench's own process against data read from the API.
import archiver from 'archiver';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

async function getJson(url, headers) {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** What the server would put in each folder, read through the coordinator's API. */
async function folderInputs(server, headers, eventId, format, lang) {
  const api = `${server.url}/api/events/${eventId}`;
  const event = await getJson(api, headers);
  const sitesAnswer = await getJson(`${api}/sites`, headers);
  const sites = (Array.isArray(sitesAnswer) ? sitesAnswer : sitesAnswer.items).map(
    ({ id, kind, name, address, geometry }) => ({ id, kind, name, address, geometry }),
  );
  const people = [];
  for (let offset = 0; ; offset += 500) {
    const page = await getJson(`${api}/participants?limit=500&offset=${offset}`, headers);
    people.push(...page.items);
    if (people.length >= page.total || page.items.length === 0) break;
  }
  const schedules = new Map();
  for (const { participantId, title, startsAt, endsAt, siteId } of await getJson(`${api}/schedule`, headers))
    schedules.set(participantId, [
      ...(schedules.get(participantId) ?? []),
      { title, startsAt, endsAt, siteId },
    ]);
  const base = {
    format,
    lang,
    generatedAt: new Date().toISOString(),
    event: {
      name: event.name,
      startsAt: event.startsAt,
      endsAt: event.endsAt,
      timezone: event.timezone,
      locationName: event.locationName,
      contacts: event.contacts,
      briefingAdvice: event.briefingAdvice,
      threatSummary: event.threatSummary,
    },
    sites,
  };
  return people.map((person) => ({
    ...base,
    person: {
      fullName: person.fullName,
      organization: person.organization,
      accommodationSiteId: person.accommodationSiteId,
      schedule: schedules.get(person.id) ?? [],
    },
  }));
}

function zipInMemory(pdfs) {
  return new Promise((resolve, reject) => {
    const zip = archiver('zip', { store: true });
    const chunks = [];
    zip.on('data', (chunk) => chunks.push(chunk));
    zip.on('end', () => resolve(Buffer.concat(chunks)));
    zip.on('error', reject);
    pdfs.forEach((pdf, i) => zip.append(pdf, { name: `${i}.pdf` }));
    void zip.finalize();
  });
}

/** Renders every participant's folder the naive way; answers the count and the time it took. */
export async function naiveFolderZip(server, headers, eventId, format = 'a6', lang = 'sv') {
  const inputs = await folderInputs(server, headers, eventId, format, lang);
  const {
    buildBriefingFolder,
    inPrintFonts,
  } = require('../../dist/apps/api/libs/shared/briefing/src/index.js');
  const pdfmake = require('pdfmake');
  // The same font files as the API, only by plain pdfmake.
  const {
    FONT_FILES: fonts,
    FONT_PATHS: paths,
  } = require('../../dist/apps/api/libs/api/pdf/src/lib/pdf-font-files.js');
  pdfmake.setFonts(fonts);
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => paths.has(path));
  const started = performance.now();
  const pdfs = [];
  for (const data of inputs)
    pdfs.push(await pdfmake.createPdf(inPrintFonts(buildBriefingFolder(data))).getBuffer());
  const zip = await zipInMemory(pdfs);
  return { count: inputs.length, ms: performance.now() - started, bytes: zip.length };
}
