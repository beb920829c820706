import { Language } from '@tryggplan/shared/domain';

interface FolderTexts {
  personalTitle: string;
  preparedFor: string;
  emergencyNumbers: string;
  email: string;
  threatenedHeading: string;
  threatenedSteps: string[];
  scheduleHeading: string;
  time: string;
  what: string;
  where: string;
  mapNumber: string;
  accommodationHeading: string;
  assemblyHeading: string;
  adviceHeading: string;
  threatHeading: string;
  mapHeading: string;
  mapKey: string;
  mapOverview: string;
  offMap: string;
  qrHeading: string;
  qrText: string;
  moreContacts: string;
  /** Under a heading whose text is written only in the other language. */
  onlyInOtherLanguage: string;
  /** Before a contact's note written only in the other language. */
  inOtherLanguage: string;
}

/**
 * The folder's fixed texts; the event's own advice, threat summary and contact notes come from the
 * coordinator, in each language when written (else in the other, marked by the last two texts here).
 */
export const FOLDER_TEXTS: Record<Language, FolderTexts> = {
  sv: {
    personalTitle: 'Personlig säkerhetsfolder',
    preparedFor: 'Till',
    emergencyNumbers: 'Nödnummer och kontakter',
    email: 'E-post',
    threatenedHeading: 'Om du blir hotad, trakasserad eller angripen',
    threatenedSteps: [
      'Ta dig i säkerhet: gå till en plats med andra människor eller till närmaste återsamlingsplats.',
      'Ring 112 om det pågår eller om någon är skadad.',
      'Kontakta säkerhetssamordnaren på plats så snart du kan.',
      'Skriv ner vad som hände: när, var, vad som sades och gjordes, vilka som såg det.',
      'Spara meddelanden, mejl, bilder och länkar – radera ingenting.',
      'Anmäl till polisen (114 14) och säg att du är förtroendevald. Alla brott polisanmäls.',
    ],
    scheduleHeading: 'Ditt program',
    time: 'Tid',
    what: 'Vad',
    where: 'Plats',
    mapNumber: 'karta',
    accommodationHeading: 'Ditt boende',
    assemblyHeading: 'Återsamlingsplatser',
    adviceHeading: 'Allmänna råd',
    threatHeading: 'Hotbild',
    mapHeading: 'Karta',
    mapKey: 'Platser på kartan',
    mapOverview: 'Översikt',
    offMap: 'utanför kartan, se översikten',
    qrHeading: 'Senaste versionen',
    qrText: 'Skanna koden för att öppna din personliga sida med den senaste versionen av foldern.',
    moreContacts: 'Fler kontakter',
    onlyInOtherLanguage: 'Finns bara på engelska.',
    inOtherLanguage: 'På engelska',
  },
  en: {
    personalTitle: 'Personal security briefing',
    preparedFor: 'For',
    emergencyNumbers: 'Emergency numbers and contacts',
    email: 'Email',
    threatenedHeading: 'If you are threatened, harassed or attacked',
    threatenedSteps: [
      'Get to safety: go to a place with other people or to the nearest assembly point.',
      'Call 112 if it is ongoing or if anyone is hurt.',
      'Tell the security coordinator on site as soon as you can.',
      'Write down what happened: when, where, what was said and done, who saw it.',
      'Keep messages, emails, pictures and links – delete nothing.',
      'Report it to the police (114 14) and say that you are an elected official. Every crime is reported.',
    ],
    scheduleHeading: 'Your schedule',
    time: 'Time',
    what: 'What',
    where: 'Place',
    mapNumber: 'map',
    accommodationHeading: 'Your accommodation',
    assemblyHeading: 'Assembly points',
    adviceHeading: 'General advice',
    threatHeading: 'Threat summary',
    mapHeading: 'Map',
    mapKey: 'Sites on the map',
    mapOverview: 'Overview',
    offMap: 'off the map, see the overview',
    qrHeading: 'Latest version',
    qrText: 'Scan the code to open your personal page with the latest version of this folder.',
    moreContacts: 'More contacts',
    onlyInOtherLanguage: 'Only available in Swedish.',
    inOtherLanguage: 'In Swedish',
  },
};
