import type { SharedChanges } from './shared-changes';
import type { Request, Response } from 'express';
import { gunzipSync } from 'node:zlib';
import { EventAnswerCache, readyAnswer, sendAnswer } from './event-answers';

/** The database's change number, as another instance or process would move it. */
const database = { value: 0 };
const shared = { current: async () => database.value } as Pick<SharedChanges, 'current'>;

describe('EventAnswerCache', () => {
  it('drops every kept answer when another process moves the shared change number', async () => {
    const cache = new EventAnswerCache<number>(shared);
    const make = jest.fn(() => 1);
    await cache.get('e', 'page', make);
    database.value += 1;
    await cache.get('e', 'page', make);
    expect(make).toHaveBeenCalledTimes(2);
  });

  it('makes an answer once per event, key and write', async () => {
    const cache = new EventAnswerCache<number>(shared);
    const make = jest.fn(() => 42);
    expect(await cache.get('e1', 'page 1', make)).toBe(42);
    expect(await cache.get('e1', 'page 1', make)).toBe(42);
    expect(make).toHaveBeenCalledTimes(1);
    await cache.get('e1', 'page 2', make);
    await cache.get('e2', 'page 1', make);
    expect(make).toHaveBeenCalledTimes(3);
    cache.invalidate('e1');
    await cache.get('e1', 'page 1', make);
    await cache.get('e2', 'page 1', make);
    expect(make).toHaveBeenCalledTimes(4);
  });

  it('forgets the oldest answer beyond its capacity', async () => {
    const cache = new EventAnswerCache<number>(shared, 2);
    const make = jest.fn(() => 1);
    await cache.get('e', '1', make);
    await cache.get('e', '2', make);
    await cache.get('e', '3', make);
    await cache.get('e', '1', make);
    expect(make).toHaveBeenCalledTimes(4);
  });
});

describe('sendAnswer', () => {
  const answer = readyAnswer(Buffer.from('{"items":'), Buffer.from('[1,2]}'));
  function send(headers: Record<string, string>) {
    const sent: { status?: number; headers: Record<string, string>; body?: Buffer } = { headers: {} };
    const res = {
      setHeader: (name: string, value: string) => (sent.headers[name.toLowerCase()] = value),
      status(code: number) {
        sent.status = code;
        return this;
      },
      type(value: string) {
        sent.headers['content-type'] = value;
        return this;
      },
      end: (body?: Buffer) => (sent.body = body),
    };
    const req = {
      headers,
      acceptsEncodings: (...encodings: string[]) =>
        (headers['accept-encoding'] ?? '').includes('gzip') ? encodings[0] : 'identity',
    };
    sendAnswer(req as unknown as Request, res as unknown as Response, answer);
    return sent;
  }

  it('sends the joined JSON with its ETag, gzipped only to clients that take it', () => {
    const plain = send({});
    expect(plain.status).toBe(200);
    expect(plain.body?.toString()).toBe('{"items":[1,2]}');
    expect(plain.headers['etag']).toBe(answer.etag);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = send({ 'accept-encoding': 'gzip, deflate' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.body as Buffer).toString()).toBe('{"items":[1,2]}');
  });

  it('answers 304 with no body when the client already has this answer', () => {
    const again = send({ 'if-none-match': answer.etag });
    expect(again.status).toBe(304);
    expect(again.body).toBeUndefined();
    expect(readyAnswer(Buffer.from('{}')).etag).not.toBe(answer.etag);
  });
});
