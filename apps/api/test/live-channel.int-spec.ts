import { JobLeases, LiveChannel, LiveEvent } from '@tryggplan/api/core';
import { createTestApp, TestApp } from './harness';

/** Resolves once the listener has heard `count` events. */
function collect(count: number): {
  events: LiveEvent[];
  done: Promise<LiveEvent[]>;
  listener: (e: LiveEvent) => void;
} {
  const events: LiveEvent[] = [];
  let resolve: (value: LiveEvent[]) => void = () => undefined;
  const done = new Promise<LiveEvent[]>((r) => (resolve = r));
  return {
    events,
    done,
    listener: (event) => {
      events.push(event);
      if (events.length === count) resolve(events);
    },
  };
}

describe('the live-event channel and job leases', () => {
  let t: TestApp;
  let live: LiveChannel;
  beforeAll(async () => {
    t = await createTestApp();
    live = t.app.get(LiveChannel);
  });
  afterAll(() => t.close());

  it('delivers what is published after subscribing, in order, once each, per event', async () => {
    const heard = collect(3);
    const stop = await live.subscribe('event-a', heard.listener);
    await live.publish('event-b', 'incident.created', { number: 1 });
    for (const number of [1, 2, 3]) await live.publish('event-a', 'incident.created', { number });
    const events = await heard.done;
    stop();
    expect(events.map((event) => event.data)).toEqual([{ number: 1 }, { number: 2 }, { number: 3 }]);
    expect(events.every((event) => event.eventId === 'event-a')).toBe(true);
    expect(events[0].seq).toBeLessThan(events[2].seq);
  });

  it('resumes after a given sequence number from the log (Last-Event-ID)', async () => {
    const first = await live.publish('event-c', 'note', { n: 1 });
    await live.publish('event-c', 'note', { n: 2 });
    await live.publish('event-c', 'note', { n: 3 });
    const heard = collect(2);
    const stop = await live.subscribe('event-c', heard.listener, first.seq);
    expect((await heard.done).map((event) => event.data)).toEqual([{ n: 2 }, { n: 3 }]);
    stop();
  });

  it('gives a job lease to one holder until it runs out', async () => {
    const leases = t.app.get(JobLeases);
    expect(await leases.take('test-job', 60_000)).toBe(true);
    // the same process asking again is another run of the job: refused too
    expect(await leases.take('test-job', 60_000)).toBe(false);
    expect(await leases.take('short-job', -1)).toBe(true);
    expect(await leases.take('short-job', 60_000)).toBe(true);
  });
});
