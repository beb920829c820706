import { z } from 'zod';
import { Language, Translated } from './language';
import { e164Phone } from './participant';
import { isoDateTime, lineText, optionalLineText, optionalText } from './validation';

/**
 * The police permit (tillstånd enligt ordningslagen): a public gathering (allmän sammankomst, e.g. a
 * speech or a demonstration) or a public event (offentlig tillställning, e.g. a concert or a fair).
 */
export const PERMIT_KINDS = ['public-gathering', 'public-event'] as const;
export type PermitKind = (typeof PERMIT_KINDS)[number];

export const PERMIT_KIND_LABELS: Record<PermitKind, Translated> = {
  'public-gathering': { sv: 'Allmän sammankomst', en: 'Public gathering (allmän sammankomst)' },
  'public-event': { sv: 'Offentlig tillställning', en: 'Public event (offentlig tillställning)' },
};

/** The most appearances one application bundles: every public item of a busy week, with room to spare. */
export const MAX_PERMIT_APPEARANCES = 200;
export const MAX_EXPECTED_VISITORS = 1_000_000;

/** Whether ten digits pass the Luhn check that every Swedish organisation number carries. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let value = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    if (value > 9) value -= 9;
    sum += value;
  }
  return sum % 10 === 0;
}

/**
 * A Swedish organisation number, written NNNNNN-NNNN (the dash may be left out when typed); empty while
 * the application is a draft. Stored with the dash.
 */
export const organizationNumber = z
  .string()
  .trim()
  .max(20)
  .transform((value, ctx) => {
    if (value === '') return '';
    const match = /^(\d{6})-?(\d{4})$/.exec(value);
    if (!match || !luhnValid(match[1] + match[2])) {
      ctx.addIssue({ code: 'custom', params: { code: 'invalid_organization_number' } });
      return z.NEVER;
    }
    return `${match[1]}-${match[2]}`;
  });

const id = z.string().min(1).max(64);

/** One appearance of the bundle: what is said, when and where. */
export const permitAppearanceSchema = z
  .strictObject({
    title: lineText(1, 200),
    topic: optionalLineText(300),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    siteId: id.nullable(),
    place: optionalLineText(200),
  })
  .superRefine((value, ctx) => {
    if (Date.parse(value.endsAt) <= Date.parse(value.startsAt)) {
      ctx.addIssue({ code: 'custom', path: ['endsAt'], params: { code: 'end_before_start' } });
    }
  });
export type PermitAppearance = z.output<typeof permitAppearanceSchema>;

const permitFields = {
  organizer: z.strictObject({
    name: optionalLineText(200),
    organizationNumber,
    address: optionalLineText(300),
  }),
  responsible: z.strictObject({
    name: optionalLineText(200),
    phone: e164Phone.nullable(),
    email: z.email().max(254).nullable(),
  }),
  kind: z.enum(PERMIT_KINDS).nullable(),
  appearances: z.array(permitAppearanceSchema).max(MAX_PERMIT_APPEARANCES),
  expectedVisitors: z.int().min(1).max(MAX_EXPECTED_VISITORS).nullable(),
  evacuation: optionalText(4000),
};

/** The application as the coordinator fills it: a draft may be saved with anything still empty. */
export const permitApplicationSchema = z.strictObject(permitFields);
export type PermitApplication = z.output<typeof permitApplicationSchema>;

/** `PUT`: the whole application and the version read (0 while nothing is saved yet). */
export const permitApplicationUpdateSchema = z.strictObject({
  ...permitFields,
  version: z.int().min(0),
});
export type PermitApplicationUpdate = z.output<typeof permitApplicationUpdateSchema>;

/** What the plan itself contributes to the application: counted from the staff, the sites and the risks. */
export interface PermitContext {
  guards: number;
  firstAid: number;
  venues: number;
  evacuationRoutes: number;
  assemblyPoints: number;
  risks: number;
}

export interface PermitSiteRef {
  id: string;
  name: string;
}

/** One thing the application still lacks: the field it concerns and what to do, in both languages. */
export interface PermitMissingItem {
  field: string;
  label: Translated;
}

/** A missing item as the API answers it: worded in the caller's language. */
export interface PermitMissingDto {
  field: string;
  message: string;
}

export interface PermitApplicationDto extends PermitApplication {
  eventId: string;
  /** 0 while the application is a draft made from the plan and not yet saved. */
  version: number;
  updatedAt: string | null;
  context: PermitContext;
  /** The sites an appearance may take place at (venues first), and the evacuation sites of the maps. */
  sites: (PermitSiteRef & { kind: string })[];
  missing: PermitMissingDto[];
}

const FIXED_LABELS: Record<string, Translated> = {
  'organizer.name': { sv: 'Arrangörens namn', en: "The organiser's name" },
  'organizer.organizationNumber': {
    sv: 'Arrangörens organisationsnummer',
    en: "The organiser's organisation number",
  },
  'organizer.address': { sv: 'Arrangörens adress', en: "The organiser's address" },
  'responsible.name': { sv: 'Ansvarig persons namn', en: 'The name of the person responsible' },
  'responsible.phone': {
    sv: 'Ansvarig persons telefonnummer',
    en: 'The phone number of the person responsible',
  },
  kind: { sv: 'Typ av ansökan', en: 'The kind of application' },
  appearances: { sv: 'Minst ett framträdande', en: 'At least one appearance' },
  expectedVisitors: { sv: 'Förväntat antal besökare', en: 'The expected number of visitors' },
  'staff.guards': {
    sv: 'Ordningsvakter i säkerhetsorganisationen',
    en: 'Guards (ordningsvakter) in the security organisation',
  },
  'staff.firstAid': {
    sv: 'Första hjälpen i säkerhetsorganisationen',
    en: 'First aid in the security organisation',
  },
  'sites.venue': {
    sv: 'Minst en arena på kartan (situationsplanen)',
    en: 'At least one venue on the map (the site plan)',
  },
  'sites.evacuationRoute': {
    sv: 'Minst en utrymningsväg på kartan',
    en: 'At least one evacuation route on the map',
  },
  'sites.assemblyPoint': {
    sv: 'Minst en återsamlingsplats på kartan',
    en: 'At least one assembly point on the map',
  },
  risks: {
    sv: 'Minst en risk i riskregistret (riskanalysen)',
    en: 'At least one risk in the risk register (the risk analysis)',
  },
};

/** The label of a missing item, also for the numbered appearance fields ("appearances.2.place"). */
export function permitMissingLabel(field: string): Translated {
  const fixed = FIXED_LABELS[field];
  if (fixed) return fixed;
  const appearance = /^appearances\.(\d+)\.place$/.exec(field);
  if (appearance) {
    const number = Number(appearance[1]) + 1;
    return {
      sv: `Plats för framträdande ${number}`,
      en: `The place of appearance ${number}`,
    };
  }
  return { sv: field, en: field };
}

/**
 * What the application still lacks before the police pack can be made, in the order of the form: the
 * pack is never made half empty, so each of its five documents has its part here.
 */
export function permitChecklist(application: PermitApplication, context: PermitContext): PermitMissingItem[] {
  const fields: string[] = [];
  const blank = (value: string | null | undefined) => !value || value.trim() === '';
  if (blank(application.organizer.name)) fields.push('organizer.name');
  if (blank(application.organizer.organizationNumber)) fields.push('organizer.organizationNumber');
  if (blank(application.organizer.address)) fields.push('organizer.address');
  if (blank(application.responsible.name)) fields.push('responsible.name');
  if (blank(application.responsible.phone)) fields.push('responsible.phone');
  if (!application.kind) fields.push('kind');
  if (application.appearances.length === 0) fields.push('appearances');
  application.appearances.forEach((appearance, index) => {
    if (!appearance.siteId && blank(appearance.place)) fields.push(`appearances.${index}.place`);
  });
  if (!application.expectedVisitors) fields.push('expectedVisitors');
  if (context.guards === 0) fields.push('staff.guards');
  if (context.firstAid === 0) fields.push('staff.firstAid');
  if (context.venues === 0) fields.push('sites.venue');
  if (context.evacuationRoutes === 0) fields.push('sites.evacuationRoute');
  if (context.assemblyPoints === 0) fields.push('sites.assemblyPoint');
  if (context.risks === 0) fields.push('risks');
  return fields.map((field) => ({ field, label: permitMissingLabel(field) }));
}

/** An application with nothing filled in: the start of a draft. */
export function emptyPermitApplication(): PermitApplication {
  return {
    organizer: { name: '', organizationNumber: '', address: '' },
    responsible: { name: '', phone: null, email: null },
    kind: null,
    appearances: [],
    expectedVisitors: null,
    evacuation: '',
  };
}

/** The numbered documents of the pack, in their order, with their file names (no spaces, no å ä ö). */
export const PERMIT_PACK_DOCUMENTS = [
  'application',
  'site-plan',
  'risk-analysis',
  'security-organisation',
  'evacuation-map',
] as const;
export type PermitPackDocument = (typeof PERMIT_PACK_DOCUMENTS)[number];

export const PERMIT_PACK_DOCUMENT_LABELS: Record<PermitPackDocument, Translated> = {
  application: { sv: 'Ansökan', en: 'Application' },
  'site-plan': { sv: 'Situationsplan', en: 'Site plan' },
  'risk-analysis': { sv: 'Riskanalys', en: 'Risk analysis' },
  'security-organisation': { sv: 'Säkerhetsorganisation', en: 'Security organisation' },
  'evacuation-map': {
    sv: 'Utrymnings- och beredskapskarta',
    en: 'Evacuation and preparedness map',
  },
};

export const PERMIT_PACK_FILE_NAMES: Record<PermitPackDocument, Translated> = {
  application: { sv: 'ansokan', en: 'application' },
  'site-plan': { sv: 'situationsplan', en: 'site-plan' },
  'risk-analysis': { sv: 'riskanalys', en: 'risk-analysis' },
  'security-organisation': { sv: 'sakerhetsorganisation', en: 'security-organisation' },
  'evacuation-map': { sv: 'utrymnings-och-beredskapskarta', en: 'evacuation-and-preparedness-map' },
};

/** The police e-service takes attachments of at most 10 MB each. */
export const PERMIT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The draft's evacuation text, from the evacuation routes and assembly points drawn on the map. */
export function evacuationSummary(routes: string[], assemblyPoints: string[], lang: Language): string {
  const words = {
    sv: { routes: 'Utrymningsvägar', points: 'Återsamlingsplatser' },
    en: { routes: 'Evacuation routes', points: 'Assembly points' },
  }[lang];
  return [
    routes.length ? `${words.routes}: ${routes.join(', ')}.` : '',
    assemblyPoints.length ? `${words.points}: ${assemblyPoints.join(', ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The ZIP's name after the event's: "almedalen-2027-tillstandsansokan-sv.zip". */
export const PERMIT_PACK_ZIP_NAME: Translated = { sv: 'tillstandsansokan', en: 'permit-application' };

/** The live channel's word for a saved application; another coordinator's page reads it again. */
export const PERMIT_CHANGED = 'permit.changed';
