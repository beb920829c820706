import { PartnerIncidentDto, PartnerIncidentEntryDto } from '@tryggplan/shared/domain';
import { incidentDomId, incidentPlace, newestFirst, policeState, withEntry } from './shared-incidents-model';

const entry = (id: string): PartnerIncidentEntryDto => ({
  id,
  kind: 'note',
  body: `Notering ${id}`,
  createdAt: '2027-06-28T09:00:00.000Z',
  createdBy: 'Polisen',
  struck: false,
});

const incident = (id: string, entries: PartnerIncidentEntryDto[] = []) =>
  ({ id, number: 1, entries }) as PartnerIncidentDto;

describe('incidentPlace', () => {
  it('names the site and the written place once each', () => {
    expect(incidentPlace({ siteName: 'Almedalsscenen', place: 'Bakom scenen', point: null })).toBe(
      'Almedalsscenen · Bakom scenen',
    );
    expect(incidentPlace({ siteName: 'Almedalsscenen', place: ' Almedalsscenen ', point: null })).toBe(
      'Almedalsscenen',
    );
    expect(incidentPlace({ siteName: null, place: 'Stora torget', point: { lat: 1, lng: 2 } })).toBe(
      'Stora torget',
    );
  });

  it('falls back to the map point, and to nothing', () => {
    expect(incidentPlace({ siteName: null, place: '', point: { lat: 57.640123456, lng: 18.291 } })).toBe(
      '57.64012, 18.29100',
    );
    expect(incidentPlace({ siteName: null, place: '  ', point: null })).toBe('');
  });
});

describe('policeState', () => {
  const police = (status: PartnerIncidentDto['police']['status']) => ({ status, reportNumber: '' });

  it('tells a crime waiting for its report from a reported one and one with a reason', () => {
    expect(policeState({ isCrime: true, police: police('not-reported') })).toBe('unreported');
    expect(policeState({ isCrime: true, police: police('reported') })).toBe('reported');
    expect(policeState({ isCrime: true, police: police('not-required') })).toBe('not-required');
  });

  it('says nothing about no crime, unless it was reported all the same', () => {
    expect(policeState({ isCrime: false, police: police('not-reported') })).toBe('none');
    expect(policeState({ isCrime: false, police: police('not-required') })).toBe('none');
    expect(policeState({ isCrime: false, police: police('reported') })).toBe('reported');
  });
});

describe('newestFirst', () => {
  it('puts the last logged incident on top, whenever it happened', () => {
    const list = [incident('a'), incident('b'), incident('c')].map((item, index) => ({
      ...item,
      number: [2, 10, 1][index],
    }));
    expect(newestFirst(list).map((item) => item.number)).toEqual([10, 2, 1]);
    expect(list.map((item) => item.number)).toEqual([2, 10, 1]);
  });
});

describe('withEntry', () => {
  it('appends the entry to its incident only, once', () => {
    const list = [incident('a', [entry('1')]), incident('b')];
    const once = withEntry(list, 'a', entry('2'));
    expect(once[0].entries.map((known) => known.id)).toEqual(['1', '2']);
    expect(once[1]).toBe(list[1]);
    expect(withEntry(once, 'a', entry('2'))[0].entries).toHaveLength(2);
    expect(list[0].entries).toHaveLength(1);
  });
});

describe('incidentDomId', () => {
  it('keeps ids usable in the DOM', () => {
    expect(incidentDomId({ id: 'a1-b_2' })).toBe('incident-a1-b_2');
    expect(incidentDomId({ id: 'a b:"c' })).toBe('incident-a_b__c');
  });
});
