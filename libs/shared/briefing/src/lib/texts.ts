import { Language } from '@tryggplan/shared/domain';

export const BRIEFING_TEXTS = {
  sv: {
    folderTitle: 'Säkerhetsfolder',
    validAsOf: 'Gäller från',
    emergencyHeading: 'Vid nödsituation',
    emergency112: 'Akut fara för liv, hälsa eller egendom',
    police11414: 'Polisen, ej akut: anmäl brott, tips',
    healthcare1177: 'Sjukvårdsrådgivning',
    contactsHeading: 'Kontakter',
    noContacts: 'Inga kontakter angivna ännu.',
    sitesHeading: 'Platser',
    noSites: 'Inga platser angivna ännu.',
    siteName: 'Plats',
    siteKind: 'Typ',
    siteAddress: 'Adress',
    page: 'Sida',
    of: 'av',
    confidential: 'Hanteras varsamt – innehåller uppgifter om säkerhetsarbetet.',
  },
  en: {
    folderTitle: 'Security briefing',
    validAsOf: 'Valid as of',
    emergencyHeading: 'In an emergency',
    emergency112: 'Immediate danger to life, health or property',
    police11414: 'Police, non-emergency: report a crime, tips',
    healthcare1177: 'Healthcare advice',
    contactsHeading: 'Contacts',
    noContacts: 'No contacts given yet.',
    sitesHeading: 'Sites',
    noSites: 'No sites given yet.',
    siteName: 'Site',
    siteKind: 'Kind',
    siteAddress: 'Address',
    page: 'Page',
    of: 'of',
    confidential: 'Handle with care – contains details of the security arrangements.',
  },
} satisfies Record<Language, Record<string, string>>;

export type BriefingTexts = (typeof BRIEFING_TEXTS)['sv'];
