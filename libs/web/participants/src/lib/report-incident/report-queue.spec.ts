import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import type { ParticipantIncidentDto, ParticipantReport } from '@tryggplan/shared/domain';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportIncident } from './report-incident';
import { linkKey, newClientId, REPORT_STORE_KEY, ReportQueue } from './report-queue';

const I18N = join(__dirname, '../../../../../../apps/web/public/i18n');
const swedish = Object.assign(
  {},
  ...['core', 'participants', 'incidents'].map((part) =>
    JSON.parse(readFileSync(join(I18N, part, 'sv.json'), 'utf8')),
  ),
);

const TOKEN = 'a-personal-link-token-for-the-test';
const URL = `/api/p/${TOKEN}/incidents`;

const report = (clientId: string, description = 'En man följde efter mig.'): ParticipantReport => ({
  clientId,
  description,
  mayCall: true,
});
const answer = (number: number, description = 'En man följde efter mig.'): ParticipantIncidentDto => ({
  id: `i${number}`,
  number,
  description,
  occurredAt: '2027-06-29T08:00:00Z',
  reportedAt: '2027-06-29T08:01:00Z',
  place: '',
  status: 'reported',
});
const stored = () => JSON.parse(localStorage.getItem(REPORT_STORE_KEY) ?? '{}')[linkKey(TOKEN)];

describe('the offline report queue', () => {
  let http: HttpTestingController;
  let online: jest.SpyInstance<boolean, []>;

  beforeEach(async () => {
    localStorage.clear();
    online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    await TestBed.configureTestingModule({
      imports: [
        TranslocoTestingModule.forRoot({
          langs: { sv: swedish },
          translocoConfig: { availableLangs: ['sv'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    online.mockRestore();
  });

  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };

  it('makes client ids the API takes, a new one each time', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newClientId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('keeps a report on the phone and sends nothing while offline', async () => {
    const queue = TestBed.inject(ReportQueue);
    online.mockReturnValue(false);
    queue.enqueue(TOKEN, report('client-one-0001'));
    const result = await queue.flush(TOKEN);
    http.expectNone(URL);
    expect(result.waiting.map((item) => item.clientId)).toEqual(['client-one-0001']);
    expect(stored().pending).toEqual([report('client-one-0001')]);
    // the link itself is not what the storage keeps
    expect(localStorage.getItem(REPORT_STORE_KEY)).not.toContain(TOKEN);
  });

  it('removes each report once the server answers 201 or 200, oldest first', async () => {
    const queue = TestBed.inject(ReportQueue);
    queue.enqueue(TOKEN, report('client-one-0001', 'Första'));
    queue.enqueue(TOKEN, report('client-two-0002', 'Andra'));
    const flushing = queue.flush(TOKEN);
    const first = http.expectOne({ method: 'POST', url: URL });
    expect(first.request.body).toEqual(report('client-one-0001', 'Första'));
    first.flush(answer(7, 'Första'), { status: 201, statusText: 'Created' });
    await settle();
    expect(stored().pending.map((item: ParticipantReport) => item.clientId)).toEqual(['client-two-0002']);
    // a replay of a report the server already has answers 200: it is taken all the same
    http.expectOne({ method: 'POST', url: URL }).flush(answer(8, 'Andra'), { status: 200, statusText: 'OK' });
    const result = await flushing;
    expect(result.sent.map((sent) => sent.incident.number)).toEqual([7, 8]);
    expect(stored()).toEqual({ pending: [], reported: true });
    expect(queue.hasReported(TOKEN)).toBe(true);
  });

  it('keeps the report when the network or the server fails, and drops one the server refuses', async () => {
    const queue = TestBed.inject(ReportQueue);
    queue.enqueue(TOKEN, report('client-one-0001'));
    let flushing = queue.flush(TOKEN);
    // what the service worker answers for a request it cannot send
    http.expectOne(URL).flush('', { status: 504, statusText: 'Gateway Timeout' });
    expect((await flushing).waiting).toHaveLength(1);
    expect(stored().pending).toHaveLength(1);

    queue.enqueue(TOKEN, report('client-bad-0002', ' '));
    flushing = queue.flush(TOKEN);
    http.expectOne(URL).flush(answer(3), { status: 201, statusText: 'Created' });
    await settle();
    http
      .expectOne(URL)
      .flush(
        { statusCode: 400, error: 'Bad Request', message: 'Ogiltigt.', details: [] },
        { status: 400, statusText: 'Bad Request' },
      );
    const result = await flushing;
    expect(result.refused.map((item) => item.report.clientId)).toEqual(['client-bad-0002']);
    expect(stored().pending).toEqual([]);
  });

  it('sends one flush at a time, so a second call does not send the report twice', async () => {
    const queue = TestBed.inject(ReportQueue);
    queue.enqueue(TOKEN, report('client-one-0001'));
    const [a, b] = [queue.flush(TOKEN), queue.flush(TOKEN)];
    http.expectOne(URL).flush(answer(1), { status: 201, statusText: 'Created' });
    expect(await a).toBe(await b);
  });

  describe('on the page', () => {
    async function render() {
      const fixture = TestBed.createComponent(ReportIncident);
      fixture.componentRef.setInput('token', TOKEN);
      fixture.detectChanges();
      await fixture.whenStable();
      return fixture;
    }

    it('says the report is saved while offline, sends it once when back online, and then forgets it', async () => {
      const fixture = await render();
      const element = fixture.nativeElement as HTMLElement;
      // nothing sent before, so the list of own reports waits to be asked for
      http.expectNone(URL);
      online.mockReturnValue(false);
      const what = element.querySelector<HTMLTextAreaElement>('#report-description')!;
      what.value = 'Någon filmade mig och ropade mitt namn.';
      what.dispatchEvent(new Event('input'));
      element.querySelector<HTMLInputElement>('#report-place')!.value = 'Donners plats';
      element.querySelector<HTMLInputElement>('#report-place')!.dispatchEvent(new Event('input'));
      element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await settle();
      fixture.detectChanges();
      http.expectNone(URL);
      expect(element.textContent).toContain('Sparad – skickas när du har nätet igen.');
      expect(element.textContent).toContain('Väntar på nätet');
      const waiting = stored().pending as ParticipantReport[];
      expect(waiting).toHaveLength(1);
      expect(waiting[0]).toMatchObject({
        description: 'Någon filmade mig och ropade mitt namn.',
        place: 'Donners plats',
        mayCall: false,
      });
      expect(waiting[0].clientId).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
      expect(waiting[0].occurredAt).toEqual(expect.any(String));

      online.mockReturnValue(true);
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
      const sent = http.expectOne({ method: 'POST', url: URL });
      expect(sent.request.body.clientId).toBe(waiting[0].clientId);
      sent.flush(answer(12, 'Någon filmade mig och ropade mitt namn.'), {
        status: 201,
        statusText: 'Created',
      });
      await settle();
      http
        .expectOne({ method: 'GET', url: URL })
        .flush([answer(12, 'Någon filmade mig och ropade mitt namn.')]);
      await settle();
      fixture.detectChanges();
      expect(stored()).toEqual({ pending: [], reported: true });
      expect(element.textContent).toContain('H-12 · Rapporterad');

      // online again later: nothing is waiting, so nothing is sent; the list is read again
      window.dispatchEvent(new Event('online'));
      http.expectNone({ method: 'POST', url: URL });
      http.expectOne({ method: 'GET', url: URL }).flush([answer(12)]);
      await settle();
    });

    it('sends what was left waiting when the page opens again', async () => {
      TestBed.inject(ReportQueue).enqueue(TOKEN, report('client-left-0001'));
      const fixture = await render();
      http.expectOne({ method: 'GET', url: URL }).flush([]);
      http.expectOne({ method: 'POST', url: URL }).flush(answer(4), { status: 200, statusText: 'OK' });
      await settle();
      http.expectOne({ method: 'GET', url: URL }).flush([answer(4)]);
      await settle();
      fixture.detectChanges();
      expect(stored().pending).toEqual([]);
      expect((fixture.nativeElement as HTMLElement).textContent).toContain('Rapporten har kommit fram (H-4)');
    });

    it('names a missing description beside the field and queues nothing', async () => {
      const fixture = await render();
      const element = fixture.nativeElement as HTMLElement;
      element.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
      await settle();
      fixture.detectChanges();
      expect(element.querySelector('#report-description')?.getAttribute('aria-invalid')).toBe('true');
      expect(element.querySelector('#report-description-error')?.textContent).toContain(
        'Måste ha minst 1 tecken',
      );
      expect(stored()).toBeUndefined();
      http.expectNone(URL);
    });
  });
});
