import { MitigationDto } from '@tryggplan/shared/domain';
import { changeText } from './risk-change-text';
import { mitigationDue, stockholmToday } from './mitigation-due';

const m = (dueDate: string | null, status: MitigationDto['status']): MitigationDto => ({
  id: `${dueDate}-${status}`,
  description: 'Åtgärd',
  owner: '',
  dueDate,
  status,
});

describe('mitigationDue', () => {
  it('finds the next due date among mitigations not done and counts the overdue ones', () => {
    const due = mitigationDue(
      [
        m('2027-06-30', 'planned'),
        m('2027-06-01', 'done'),
        m('2027-06-10', 'in-progress'),
        m(null, 'planned'),
      ],
      '2027-06-15',
    );
    expect(due).toEqual({ next: '2027-06-10', overdue: 1 });
  });

  it('uses the Stockholm date: 23:30 UTC on 30 June is already 1 July there', () => {
    expect(stockholmToday(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
  });
});

describe('changeText', () => {
  it('words enum values, sites and mitigations for the history', () => {
    expect(changeText('category', 'fire', 'sv')).toBe('Brand');
    expect(changeText('siteIds', ['s1', 's2'], 'en', new Map([['s1', 'Almedalen']]))).toBe('Almedalen, s2');
    expect(changeText('mitigations', [{ description: 'Värdar', owner: 'Anna', status: 'done' }], 'en')).toBe(
      'Värdar · Anna · Done',
    );
    expect(changeText('residualLikelihood', null, 'sv')).toBe('–');
    expect(changeText('likelihood', 4, 'sv')).toBe('4');
  });
});
