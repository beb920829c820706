import { StaffCreate, type PermitApplication } from '@tryggplan/shared/domain';

/** A day of the event week at a Stockholm wall-clock time. */
const at = (day: number, time: string) =>
  `2027-${day >= 27 ? '06' : '07'}-${String(day).padStart(2, '0')}T${time}:00+02:00`;

/** A shift of every day of the main programme (28 June – 2 July) at one post. */
const daily = (from: string, to: string, siteId: string) =>
  [28, 29, 30, 1, 2].map((day) => ({ startsAt: at(day, from), endsAt: at(day, to), siteId }));

/** The demo's security organisation; every name is made up, the numbers from PTS's range for fiction. */
export function demoStaff(sites: Record<string, string>): StaffCreate[] {
  const stage = sites['Almedalsscenen'];
  const tent = sites['Donners plats seminarietält'];
  return [
    {
      fullName: 'Kim Lindqvist',
      role: 'security-coordinator',
      organization: 'Region Gotland, säkerhetsenheten',
      phone: '+46701740605',
      email: 'sakerhet@demo.tryggplan.local',
      shifts: daily('08:00', '20:00', stage),
    },
    {
      fullName: 'Ove Vaktmästare',
      role: 'guard',
      organization: 'Gotlands Bevakning AB',
      phone: '+46701740610',
      shifts: daily('09:00', '17:00', stage),
    },
    {
      fullName: 'Leila Karimi',
      role: 'guard',
      organization: 'Gotlands Bevakning AB',
      phone: '+46701740611',
      shifts: daily('12:00', '20:00', tent),
    },
    {
      fullName: 'Sara Sjöberg',
      role: 'first-aid',
      organization: 'Röda Korset Gotland',
      phone: '+46701740612',
      shifts: daily('09:00', '18:00', stage),
    },
    {
      fullName: 'Johan Ek',
      role: 'liaison',
      organization: 'Region Gotland, säkerhetsenheten',
      phone: '+46701740613',
      shifts: daily('08:00', '16:00', tent),
    },
  ];
}

/** The demo's permit application: what the coordinator types; the appearances come from the plan. */
export const DEMO_PERMIT: Omit<PermitApplication, 'appearances' | 'evacuation'> = {
  organizer: {
    name: 'Region Gotland',
    organizationNumber: '212000-0803',
    address: 'Visborgsallén 19, 621 81 Visby',
  },
  responsible: { name: 'Kim Lindqvist', phone: '+46701740605', email: 'sakerhet@demo.tryggplan.local' },
  kind: 'public-gathering',
  expectedVisitors: 1500,
};
