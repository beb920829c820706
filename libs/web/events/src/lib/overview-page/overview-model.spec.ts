import type { EventDto, MitigationDto, ParticipantDto, RiskDto } from '@tryggplan/shared/domain';
import { eventPhase, overviewModel, phaseMessage } from './overview-model';

const EVENT = {
  id: 'e-1',
  name: 'Almedalsveckan 2027',
  startsAt: '2027-06-28T08:00:00.000Z',
  endsAt: '2027-07-02T20:00:00.000Z',
  timezone: 'Europe/Stockholm',
  personalDataPurgeAt: '2027-10-02T20:00:00.000Z',
} as EventDto;

let ids = 0;
function risk(values: Partial<RiskDto>): RiskDto {
  ids += 1;
  return {
    id: `r-${ids}`,
    title: `Risk ${ids}`,
    status: 'open',
    level: 'medium',
    score: 9,
    mitigations: [],
    ...values,
  } as RiskDto;
}

function mitigation(values: Partial<MitigationDto>): MitigationDto {
  ids += 1;
  return { id: `m-${ids}`, description: 'Åtgärd', owner: '', dueDate: null, status: 'planned', ...values };
}

function person(fullName: string, linkExpiresAt: string | null): ParticipantDto {
  ids += 1;
  return { id: `p-${ids}`, fullName, linkExpiresAt } as ParticipantDto;
}

const NO_FEEDBACK = { comments: 0, decisions: 0, riskIds: {} };

describe('the overview: what needs the coordinator now', () => {
  it('counts the days to the start in Stockholm, then says under way and ended', () => {
    // 23:30 Stockholm on the 26th is already the 26th there (21:30 UTC): two days to go
    expect(eventPhase(EVENT, new Date('2027-06-26T21:30:00.000Z'))).toEqual({ kind: 'upcoming', days: 2 });
    // 00:30 Stockholm on the 27th, still the 26th in UTC: one day
    expect(eventPhase(EVENT, new Date('2027-06-26T22:30:00.000Z'))).toEqual({ kind: 'upcoming', days: 1 });
    expect(eventPhase(EVENT, new Date('2027-06-28T05:00:00.000Z'))).toEqual({ kind: 'upcoming', days: 0 });
    expect(eventPhase(EVENT, new Date('2027-06-28T08:00:00.000Z'))).toEqual({ kind: 'ongoing' });
    expect(eventPhase(EVENT, new Date('2027-07-02T20:00:00.000Z'))).toEqual({ kind: 'ongoing' });
    expect(eventPhase(EVENT, new Date('2027-07-02T20:00:01.000Z'))).toEqual({ kind: 'ended' });
  });

  it('puts the phase in words', () => {
    expect(phaseMessage({ kind: 'upcoming', days: 12 })).toEqual({
      key: 'workspace.overview.time.days',
      count: 12,
    });
    expect(phaseMessage({ kind: 'upcoming', days: 1 }).key).toBe('workspace.overview.time.tomorrow');
    expect(phaseMessage({ kind: 'upcoming', days: 0 }).key).toBe('workspace.overview.time.today');
    expect(phaseMessage({ kind: 'ongoing' }).key).toBe('workspace.overview.time.ongoing');
    expect(phaseMessage({ kind: 'ended' }).key).toBe('workspace.overview.time.ended');
  });

  it('lists open high and critical risks, critical and highest first, and nothing else', () => {
    const risks = [
      risk({ title: 'Trängsel', level: 'high', score: 12 }),
      risk({ title: 'Hot mot talare', level: 'critical', score: 20 }),
      risk({ title: 'Brand', level: 'high', score: 15 }),
      risk({ title: 'Stängd', level: 'critical', score: 25, status: 'closed' }),
      risk({ title: 'Hanterad', level: 'critical', score: 25, status: 'mitigated' }),
      risk({ title: 'Låg', level: 'low', score: 2 }),
    ];
    const model = overviewModel({
      event: EVENT,
      risks,
      participants: [],
      unread: NO_FEEDBACK,
      now: new Date('2027-06-01T10:00:00Z'),
    });
    expect(model.urgentRisks.map((item) => item.title)).toEqual(['Hot mot talare', 'Brand', 'Trängsel']);
  });

  it('lists mitigations past their date and not done, on risks not closed; the due day itself is in time', () => {
    const late = mitigation({ description: 'Beställ staket', dueDate: '2027-06-10' });
    const risks = [
      risk({
        title: 'Trängsel',
        mitigations: [
          late,
          mitigation({ description: 'I dag', dueDate: '2027-06-14' }),
          mitigation({ description: 'Klar', dueDate: '2027-06-01', status: 'done' }),
          mitigation({ description: 'Utan datum' }),
        ],
      }),
      risk({ title: 'Avslutad', status: 'closed', mitigations: [mitigation({ dueDate: '2027-06-01' })] }),
      risk({
        title: 'Brand',
        status: 'accepted',
        mitigations: [mitigation({ description: 'Släckare', dueDate: '2027-06-02', status: 'in-progress' })],
      }),
    ];
    // 00:30 on the 14th in Stockholm (22:30 UTC on the 13th)
    const model = overviewModel({
      event: EVENT,
      risks,
      participants: [],
      unread: NO_FEEDBACK,
      now: new Date('2027-06-13T22:30:00Z'),
    });
    expect(model.overdueMitigations.map((item) => [item.riskTitle, item.description, item.dueDate])).toEqual([
      ['Brand', 'Släckare', '2027-06-02'],
      ['Trängsel', 'Beställ staket', '2027-06-10'],
    ]);
    expect(model.overdueMitigations[1]).toMatchObject({ riskId: risks[0].id, mitigationId: late.id });
  });

  it('names the people without a valid personal link, by name, telling an expired one', () => {
    const now = new Date('2027-06-20T10:00:00Z');
    const model = overviewModel({
      event: EVENT,
      risks: [],
      participants: [
        person('Örjan Ek', null),
        person('Anna Berg', '2027-06-19T10:00:00Z'),
        person('Karin Lund', '2027-07-10T10:00:00Z'),
      ],
      unread: NO_FEEDBACK,
      now,
    });
    expect(model.participantsWithoutLink.map((item) => [item.fullName, item.expiredAt])).toEqual([
      ['Anna Berg', '2027-06-19T10:00:00Z'],
      ['Örjan Ek', null],
    ]);
  });

  it('carries the unread partner feedback and the purge date, and is empty when nothing waits', () => {
    const model = overviewModel({
      event: EVENT,
      risks: [risk({ level: 'low' })],
      participants: [person('Karin Lund', '2027-07-10T10:00:00Z')],
      unread: { comments: 3, decisions: 1, riskIds: { 'r-1': 3 } },
      now: new Date('2027-06-20T10:00:00Z'),
    });
    expect(model).toEqual({
      phase: { kind: 'upcoming', days: 8 },
      purgeAt: '2027-10-02T20:00:00.000Z',
      urgentRisks: [],
      overdueMitigations: [],
      participantsWithoutLink: [],
      unread: { comments: 3, decisions: 1 },
    });
  });
});
