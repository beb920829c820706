import { IncidentCreate, IncidentUpdate, RiskCategory } from '@tryggplan/shared/domain';

/** One fictional incident of the demo week, told as the coordinator logged and handled it. */
export interface DemoIncident {
  occurredAt: string;
  /** Minutes from what happened to when it was logged. */
  loggedAfter: number;
  input: Omit<IncidentCreate, 'occurredAt' | 'participantIds' | 'riskIds' | 'location'> & {
    site?: string;
    place?: string;
  };
  /** Names of demo participants involved. */
  people?: string[];
  /** The planned risk it realises, found by the category of the demo register. */
  risk?: RiskCategory;
  /** What happened to it afterwards, applied in order. */
  then?: Omit<IncidentUpdate, 'version'>[];
  ticked?: string[];
  notes?: string[];
}

export const DEMO_INCIDENTS: DemoIncident[] = [
  {
    occurredAt: '2027-06-28T10:40:00+02:00',
    loggedAfter: 6,
    input: {
      category: 'harassment',
      severity: 'medium',
      site: 'Almedalsscenen',
      description:
        'Upprepade glåpord och tillmälen från en man i publiken under utfrågningen. Han lämnade platsen när vakten gick fram.',
    },
    people: ['Anna Bergström'],
    risk: 'threats-harassment',
    then: [{ status: 'closed' }],
    ticked: ['safe', 'inform-coordinator', 'document', 'support'],
    notes: ['Vakten beskriver mannen: ca 50 år, grå jacka. Ingen tidigare kännedom.'],
  },
  {
    occurredAt: '2027-06-28T14:05:00+02:00',
    loggedAfter: 25,
    input: {
      category: 'threat',
      severity: 'high',
      place: 'Sociala medier (inlägg om Almedalen)',
      description:
        'Hotfullt inlägg riktat mot riksdagsledamoten med bild från morgonens tal och texten "vi ses i kväll".',
      isCrime: true,
    },
    people: ['Johan Lund'],
    risk: 'threats-harassment',
    then: [
      { status: 'in-progress' },
      {
        police: {
          status: 'reported',
          reportNumber: '5000-K812344-27',
          reportedAt: '2027-06-28T15:30:00+02:00',
        },
      },
    ],
    ticked: ['safe', 'inform-coordinator', 'document', 'police-report'],
    notes: ['Skärmbild sparad. Kvällens programpunkt flyttad inomhus.'],
  },
  {
    occurredAt: '2027-06-29T09:15:00+02:00',
    loggedAfter: 3,
    input: {
      category: 'crowding',
      severity: 'medium',
      site: 'Publikyta Almedalen',
      description:
        'Trängsel vid ingången när två seminarier slutade samtidigt. Vakterna öppnade den andra passagen.',
    },
    risk: 'crowding',
    then: [{ status: 'closed' }],
  },
  {
    occurredAt: '2027-06-29T13:30:00+02:00',
    loggedAfter: 10,
    input: {
      category: 'disruption-demonstration',
      severity: 'medium',
      site: 'Donners plats seminarietält',
      description:
        'Demonstration med megafon utanför tältet störde seminariet i tjugo minuter. Polisen på plats.',
    },
    risk: 'demonstration-disruption',
    then: [{ status: 'acknowledged' }],
  },
  {
    occurredAt: '2027-06-29T20:10:00+02:00',
    loggedAfter: 40,
    input: {
      category: 'theft',
      severity: 'low',
      place: 'Restaurang vid Stora torget',
      description: 'Medarbetarens väska med arbetsdator stulen från stolsryggen under middagen.',
      isCrime: true,
    },
    people: ['Per Nyström'],
    risk: 'theft',
    then: [{ status: 'in-progress' }],
    ticked: ['inform-coordinator', 'document'],
    notes: ['IT-avdelningen har spärrat datorn och kontot.'],
  },
  {
    occurredAt: '2027-06-30T11:00:00+02:00',
    loggedAfter: 2,
    input: {
      category: 'medical',
      severity: 'medium',
      site: 'Publikyta Almedalen',
      description: 'Person i publiken fick värmeslag. Sjukvården på plats tog hand om personen.',
    },
    risk: 'weather-heat',
    then: [{ status: 'closed' }],
  },
  {
    occurredAt: '2027-06-30T15:45:00+02:00',
    loggedAfter: 4,
    input: {
      category: 'suspicious',
      severity: 'high',
      site: 'Almedalsscenen',
      description:
        'Obevakad väska bakom scenen. Området spärrades av; polisen konstaterade att väskan tillhörde en tekniker.',
    },
    risk: 'attack',
    then: [{ status: 'closed' }],
    ticked: ['safe', 'call-112', 'inform-coordinator', 'follow-up'],
  },
  {
    occurredAt: '2027-07-01T10:00:00+02:00',
    loggedAfter: 0,
    input: {
      category: 'fire',
      severity: 'medium',
      site: 'Donners plats seminarietält',
      description:
        'Övning: utrymning av seminarietältet till återsamlingsplatsen på Strandgärdet. Tog sex minuter.',
      isExercise: true,
    },
    then: [{ status: 'closed' }],
  },
  {
    occurredAt: '2027-07-01T16:20:00+02:00',
    loggedAfter: 15,
    input: {
      category: 'harassment',
      severity: 'high',
      site: 'Boende A – hotell vid hamnen',
      description:
        'En person följde efter politikern från seminariet till hotellet och ställde sig sedan utanför entrén.',
      isCrime: true,
    },
    people: ['Fatima Haddad'],
    risk: 'threats-harassment',
    then: [
      { status: 'in-progress' },
      {
        police: {
          status: 'reported',
          reportNumber: '5000-K815902-27',
          reportedAt: '2027-07-01T17:05:00+02:00',
        },
      },
      { status: 'closed' },
    ],
    ticked: [
      'safe',
      'call-112',
      'inform-coordinator',
      'document',
      'police-report',
      'support',
      'follow-up',
      'inform-partners',
    ],
  },
  {
    occurredAt: '2027-07-01T22:30:00+02:00',
    loggedAfter: 50,
    input: {
      category: 'information-security',
      severity: 'high',
      place: 'Öppet forum på nätet',
      description:
        'Namn på hotellet där delegationen bor publicerat i ett forum, med uppmaning att "hälsa på".',
      isCrime: true,
    },
    people: ['Fatima Haddad', 'Karin Sjöberg'],
    risk: 'information-security',
    then: [{ status: 'in-progress' }],
    ticked: ['inform-coordinator', 'document'],
    notes: ['Byte av boende för två personer utreds.'],
  },
  {
    occurredAt: '2027-07-02T09:00:00+02:00',
    loggedAfter: 5,
    input: {
      category: 'violence',
      severity: 'critical',
      place: 'Valstugan vid Donners plats',
      description:
        'En medarbetare blev knuffad och fick en broschyrställning över sig. Lindrigt skadad, omplåstrad av sjukvården.',
      isCrime: true,
    },
    people: ['Per Nyström'],
    risk: 'violence',
    then: [
      { status: 'in-progress' },
      {
        police: {
          status: 'reported',
          reportNumber: '5000-K817421-27',
          reportedAt: '2027-07-02T09:40:00+02:00',
        },
      },
    ],
    ticked: ['safe', 'call-112', 'inform-coordinator', 'document', 'police-report'],
  },
  {
    occurredAt: '2027-07-02T13:00:00+02:00',
    loggedAfter: 0,
    input: {
      category: 'threat',
      severity: 'high',
      site: 'Regionens mötesrum, Strandgatan',
      description:
        'Övning: hotfull person vid utfrågningen, larmkedja och skydd av talaren tränades med vaktbolaget.',
      isExercise: true,
    },
    then: [{ status: 'closed' }],
  },
];
