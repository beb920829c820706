import { TestBed } from '@angular/core/testing';
import { FakeEventSource } from '../testing/partner-test-setup';
import { EVENT_SOURCE } from '@tryggplan/web/core';
import {
  parseSharedChange,
  SharedIncidentChange,
  SharedIncidentsLive,
  SharedLiveState,
} from './shared-incidents-live';

describe('SharedIncidentsLive', () => {
  beforeEach(() => {
    FakeEventSource.opened = [];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: EVENT_SOURCE,
          useValue: (url: string) => new FakeEventSource(url) as unknown as EventSource,
        },
      ],
    });
  });

  it('opens the share’s stream past the service worker and hands on the incident changes', () => {
    const changes: SharedIncidentChange[] = [];
    const states: SharedLiveState[] = [];
    const ready: boolean[] = [];
    const stop = TestBed.inject(SharedIncidentsLive).listen('s 1', {
      change: (change) => changes.push(change),
      ready: (resumed) => ready.push(resumed),
      state: (state) => states.push(state),
    });
    const [source] = FakeEventSource.opened;
    expect(source.url).toBe('/api/shared/s%201/incidents/stream?ngsw-bypass=true');

    source.emit('ready');
    source.emit('incident.created', { incidentId: 'i1', number: 12, at: '2027-06-28T10:00:00.000Z' });
    source.emit('incident.entry', { incidentId: 'i1', number: 12, at: '2027-06-28T10:01:00.000Z' });
    source.emit('incident.updated', { number: 3 });
    source.emit('error');
    source.emit('ready');
    expect(changes.map((change) => [change.type, change.incidentId, change.number])).toEqual([
      ['incident.created', 'i1', 12],
      ['incident.entry', 'i1', 12],
    ]);
    expect(ready).toEqual([false, true]);
    expect(states).toEqual(['connecting', 'live', 'reconnecting', 'live']);

    source.readyState = 2;
    source.emit('error');
    expect(states.at(-1)).toBe('closed');
    stop();
    expect(source.closed).toBe(true);
  });

  it('does nothing where the browser has no EventSource', () => {
    TestBed.overrideProvider(EVENT_SOURCE, { useValue: () => null });
    const stop = TestBed.inject(SharedIncidentsLive).listen('s1', { change: () => undefined });
    expect(() => stop()).not.toThrow();
  });
});

describe('parseSharedChange', () => {
  it('reads the incident and its number, and drops what names none', () => {
    expect(parseSharedChange('incident.updated', '{"incidentId":"i2","number":"4","at":"x"}')).toEqual({
      type: 'incident.updated',
      incidentId: 'i2',
      number: 4,
      at: 'x',
    });
    expect(parseSharedChange('incident.updated', '{"incidentId":"i2"}')?.number).toBe(0);
    expect(parseSharedChange('incident.updated', 'null')).toBeNull();
    expect(parseSharedChange('incident.updated', 'not json')).toBeNull();
  });
});
