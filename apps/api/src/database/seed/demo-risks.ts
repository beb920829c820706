import { RISK_TEMPLATES, RiskCreate, templateToRisk } from '@tryggplan/shared/domain';

interface DemoAssessment {
  template: string;
  owner: string;
  sites?: string[];
  residual?: [number, number];
  status?: RiskCreate['status'];
  done?: number;
  due?: string;
}

const ASSESSMENTS: DemoAssessment[] = [
  {
    template: 'threat-on-site',
    owner: 'Kim Lindqvist',
    sites: ['Almedalsscenen', 'Donners plats seminarietält'],
    residual: [3, 2],
    due: '2027-06-20',
  },
  { template: 'online-harassment', owner: 'Kommunikationsenheten', residual: [4, 2], done: 1 },
  {
    template: 'following-home',
    owner: 'Kim Lindqvist',
    sites: ['Boende A – hotell vid hamnen'],
    residual: [1, 4],
    due: '2027-06-15',
  },
  { template: 'assault', owner: 'Vaktbolaget', sites: ['Almedalsscenen'], residual: [1, 4] },
  {
    template: 'crowd-crush',
    owner: 'Arrangören',
    sites: ['Publikyta Almedalen', 'Utrymning Almedalen – Strandgärdet'],
    residual: [2, 4],
    due: '2027-06-25',
  },
  { template: 'demonstration', owner: 'Polisen', sites: ['Donners plats seminarietält'], residual: [3, 1] },
  {
    template: 'attack-crowd',
    owner: 'Polisen',
    sites: ['Publikyta Almedalen', 'Återsamlingsplats Strandgärdet'],
    status: 'accepted',
  },
  {
    template: 'fire-tent',
    owner: 'Arrangören',
    sites: ['Donners plats seminarietält'],
    residual: [1, 4],
    done: 2,
    status: 'mitigated',
  },
  { template: 'heat', owner: 'Kim Lindqvist', residual: [2, 2] },
  { template: 'medical', owner: 'Kim Lindqvist', sites: ['Visby lasarett'], residual: [3, 2] },
  { template: 'theft-devices', owner: 'IT-avdelningen', residual: [2, 2], done: 1 },
  {
    template: 'doxxing',
    owner: 'Säkerhetsenheten',
    sites: ['Boende A – hotell vid hamnen'],
    residual: [2, 3],
    due: '2027-05-31',
  },
];

/** A realistic register for the demo event, built from the templates and linked to the demo sites. */
export function demoRisks(siteIds: Record<string, string>): RiskCreate[] {
  return ASSESSMENTS.map((a) => {
    const template = RISK_TEMPLATES.find((candidate) => candidate.id === a.template);
    if (!template) throw new Error(`unknown demo risk template ${a.template}`);
    const risk = templateToRisk(template, 'sv');
    return {
      ...risk,
      owner: a.owner,
      status: a.status ?? 'open',
      siteIds: (a.sites ?? []).map((name) => siteIds[name]).filter(Boolean),
      residualLikelihood: a.residual?.[0] ?? null,
      residualConsequence: a.residual?.[1] ?? null,
      mitigations: (risk.mitigations ?? []).map((m, index) => ({
        ...m,
        owner: a.owner,
        status:
          index < (a.done ?? 0)
            ? ('done' as const)
            : index === 0
              ? ('in-progress' as const)
              : ('planned' as const),
        dueDate: a.due ?? null,
      })),
    };
  });
}
