import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ParticipantCheckInDto } from '@tryggplan/shared/domain';
import { linkKey } from '../offline/link-store';
import { CHECK_IN_STORE_KEY, CheckInOutbox } from './check-in-outbox';

const TOKEN = 'a-personal-link-token-for-the-test';
const url = (checkInId: string) => `/api/p/${TOKEN}/check-ins/${checkInId}`;
const answered = (id: string, status: 'ok' | 'need-help'): ParticipantCheckInDto => ({
  id,
  message: '',
  messageEn: '',
  createdAt: '2027-06-29T08:00:00Z',
  answer: { status, note: '', answeredAt: '2027-06-29T08:01:00Z' },
});
const stored = () => JSON.parse(localStorage.getItem(CHECK_IN_STORE_KEY) ?? '{}')[linkKey(TOKEN)];
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('the offline check-in answers', () => {
  let http: HttpTestingController;
  let online: jest.SpyInstance<boolean, []>;

  beforeEach(() => {
    localStorage.clear();
    online = jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    online.mockRestore();
  });

  it('keeps the answer on the phone while offline, without the link itself', async () => {
    const outbox = TestBed.inject(CheckInOutbox);
    online.mockReturnValue(false);
    outbox.put(TOKEN, 'c1', { status: 'need-help', note: 'Bakom kiosken' });
    const result = await outbox.flush(TOKEN);
    http.expectNone(url('c1'));
    expect(result.waiting).toEqual(['c1']);
    expect(stored()).toEqual({ c1: { status: 'need-help', note: 'Bakom kiosken' } });
    expect(localStorage.getItem(CHECK_IN_STORE_KEY)).not.toContain(TOKEN);
  });

  it('sends it once back online and forgets it when the server has it (201 or 200)', async () => {
    const outbox = TestBed.inject(CheckInOutbox);
    outbox.put(TOKEN, 'c1', { status: 'ok' });
    outbox.put(TOKEN, 'c2', { status: 'need-help' });
    const flushing = outbox.flush(TOKEN);
    // a second flush while one runs shares it: nothing is sent twice
    expect(outbox.flush(TOKEN)).toBe(flushing);
    http
      .expectOne({ method: 'POST', url: url('c1') })
      .flush(answered('c1', 'ok'), { status: 201, statusText: 'Created' });
    await settle();
    http
      .expectOne({ method: 'POST', url: url('c2') })
      .flush(answered('c2', 'need-help'), { status: 200, statusText: 'OK' });
    const result = await flushing;
    expect(result.sent.map((checkIn) => checkIn.id)).toEqual(['c1', 'c2']);
    expect(stored()).toEqual({});
  });

  it('keeps it when the network fails, and drops one the server refuses', async () => {
    const outbox = TestBed.inject(CheckInOutbox);
    outbox.put(TOKEN, 'c1', { status: 'ok' });
    let flushing = outbox.flush(TOKEN);
    http.expectOne(url('c1')).flush('', { status: 504, statusText: 'Gateway Timeout' });
    expect((await flushing).waiting).toEqual(['c1']);
    expect(stored()).toEqual({ c1: { status: 'ok' } });

    flushing = outbox.flush(TOKEN);
    http
      .expectOne(url('c1'))
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'Finns inte.' },
        { status: 404, statusText: 'Not Found' },
      );
    expect((await flushing).refused.map((item) => item.checkInId)).toEqual(['c1']);
    expect(stored()).toEqual({});
  });
});
