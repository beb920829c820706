import { ParticipantCreate, ScheduleItemCreate } from '@tryggplan/shared/domain';

/** A dozen fictional people of the region at Almedalsveckan; every name and number is made up. */
interface DemoPerson {
  person: Omit<ParticipantCreate, 'accommodationSiteId'>;
  schedule: (Omit<ScheduleItemCreate, 'siteId'> & { site?: string })[];
}

/** A day of the event week (27–30 June, 1–2 July 2027) at a Stockholm wall-clock time. */
const at = (day: number, time: string) =>
  `2027-${day >= 27 ? '06' : '07'}-${String(day).padStart(2, '0')}T${time}:00+02:00`;
const ACCOMMODATION = 'Boende A – hotell vid hamnen';

function item(title: string, day: number, from: string, to: string, site: string, isPublic = true) {
  return { title, startsAt: at(day, from), endsAt: at(day, to), site, isPublic };
}

const PEOPLE: DemoPerson[] = [
  {
    person: {
      fullName: 'Anna Bergström',
      role: 'elected-official',
      organization: 'Regionstyrelsen',
      email: 'anna.bergstrom@demo.tryggplan.local',
      phone: '+46701234501',
      protectionLevel: 'high',
      emergencyContact: { name: 'Erik Bergström', phone: '+46701234601' },
    },
    schedule: [
      item('Tal på Almedalsscenen', 29, '13:00', '13:30', 'Almedalsscenen'),
      item('Seminarium om vården på Gotland', 29, '15:00', '16:00', 'Donners plats seminarietält'),
      item('Intern avstämning', 30, '09:00', '10:00', 'Regionens mötesrum, Strandgatan', false),
    ],
  },
  {
    person: {
      fullName: 'Johan Lund',
      role: 'elected-official',
      organization: 'Regionfullmäktige',
      email: 'johan.lund@demo.tryggplan.local',
      phone: '+46701234502',
      protectionLevel: 'elevated',
    },
    schedule: [
      item('Paneldebatt om kollektivtrafik', 30, '11:00', '12:00', 'Donners plats seminarietält'),
      item('Mingel med besökare', 30, '11:45', '12:30', 'Almedalsscenen'),
    ],
  },
  {
    person: {
      fullName: 'Fatima Haddad',
      role: 'elected-official',
      organization: 'Regionstyrelsen',
      email: 'fatima.haddad@demo.tryggplan.local',
      phone: '+46701234503',
      protectionLevel: 'high',
      emergencyContact: { name: 'Samir Haddad', phone: '+46701234603' },
    },
    schedule: [
      item('Samtal om trygghet i länet', 28, '14:00', '15:00', 'Donners plats seminarietält'),
      item('Tal på Almedalsscenen', 1, '12:00', '12:20', 'Almedalsscenen'),
    ],
  },
  {
    person: {
      fullName: 'Per Nyström',
      role: 'elected-official',
      organization: 'Hälso- och sjukvårdsnämnden',
      email: 'per.nystrom@demo.tryggplan.local',
      phone: '+46701234504',
      protectionLevel: 'normal',
    },
    schedule: [item('Besök på lasarettet', 29, '09:00', '10:30', 'Visby lasarett', false)],
  },
  {
    person: {
      fullName: 'Karin Sjöberg',
      role: 'elected-official',
      organization: 'Regionfullmäktige',
      email: 'karin.sjoberg@demo.tryggplan.local',
      phone: '+46701234505',
      protectionLevel: 'elevated',
    },
    schedule: [item('Seminarium om klimatanpassning', 1, '10:00', '11:00', 'Donners plats seminarietält')],
  },
  {
    person: {
      fullName: 'Lars Ek',
      role: 'staff',
      organization: 'Regionstyrelsens förvaltning',
      email: 'lars.ek@demo.tryggplan.local',
      phone: '+46701234506',
      protectionLevel: 'normal',
    },
    schedule: [item('Förberedelse av scenen', 29, '11:00', '13:00', 'Almedalsscenen', false)],
  },
  {
    person: {
      fullName: 'Maria Holm',
      role: 'staff',
      organization: 'Kommunikationsenheten',
      email: 'maria.holm@demo.tryggplan.local',
      phone: '+46701234507',
      protectionLevel: 'normal',
    },
    schedule: [item('Pressträff', 29, '16:15', '16:45', 'Regionens mötesrum, Strandgatan')],
  },
  {
    person: {
      fullName: 'Ahmed Yusuf',
      role: 'staff',
      organization: 'Säkerhetsenheten',
      email: 'ahmed.yusuf@demo.tryggplan.local',
      phone: '+46701234508',
      protectionLevel: 'normal',
    },
    schedule: [item('Genomgång med polisen', 28, '08:00', '09:00', 'Polisstationen Visby', false)],
  },
  {
    person: {
      fullName: 'Sofia Lindgren',
      role: 'staff',
      organization: 'Regionstyrelsens förvaltning',
      email: 'sofia.lindgren@demo.tryggplan.local',
      phone: '+46701234509',
      protectionLevel: 'normal',
    },
    schedule: [item('Ankomst med färjan', 27, '10:00', '10:30', 'Visby hamn, färjeterminalen', false)],
  },
  {
    person: {
      fullName: 'Oskar Wik',
      role: 'staff',
      organization: 'Kommunikationsenheten',
      email: 'oskar.wik@demo.tryggplan.local',
      phone: '+46701234510',
      protectionLevel: 'normal',
    },
    schedule: [item('Filmning av talet', 29, '12:45', '13:45', 'Almedalsscenen', false)],
  },
  {
    person: {
      fullName: 'Helena Strand',
      role: 'guest',
      organization: 'Gästföreläsare',
      email: 'helena.strand@demo.tryggplan.local',
      phone: '+46701234511',
      protectionLevel: 'elevated',
    },
    schedule: [
      item('Föreläsning om hot mot förtroendevalda', 30, '14:00', '15:00', 'Donners plats seminarietält'),
    ],
  },
  {
    person: {
      fullName: 'Viktor Åberg',
      role: 'guest',
      organization: 'Ungdomsrådet',
      email: 'viktor.aberg@demo.tryggplan.local',
      phone: '+46701234512',
      protectionLevel: 'normal',
    },
    schedule: [item('Ungdomsdialog', 1, '13:00', '14:00', 'Almedalsscenen')],
  },
];

/** The demo participants, staying at the harbour hotel from the first to the last day. */
export function demoParticipants(siteIds: Record<string, string>): {
  person: ParticipantCreate;
  schedule: ScheduleItemCreate[];
}[] {
  return PEOPLE.map(({ person, schedule }) => ({
    person: {
      ...person,
      accommodationSiteId: siteIds[ACCOMMODATION],
      arrivalAt: at(27, '10:30'),
      departureAt: '2027-07-02T18:00:00+02:00',
    },
    schedule: schedule.map(({ site, ...rest }) => ({ ...rest, siteId: site ? siteIds[site] : undefined })),
  }));
}
