import { Language, Translated } from './language';
import { RiskCategory, RiskCreate } from './risk';

export interface RiskTemplate {
  id: string;
  category: RiskCategory;
  likelihood: number;
  consequence: number;
  title: Translated;
  description: Translated;
  mitigations: Translated[];
}

const t = (sv: string, en: string): Translated => ({ sv, en });

/** Starting points for political and public events; the coordinator adapts each to the event. */
export const RISK_TEMPLATES: RiskTemplate[] = [
  {
    id: 'threat-on-site',
    category: 'threats-harassment',
    likelihood: 4,
    consequence: 3,
    title: t('Hot mot förtroendevald på plats', 'Threat against an elected official on site'),
    description: t(
      'En person uttalar hot mot en förtroendevald i samband med ett framträdande eller i folkmassan.',
      'Someone threatens an elected official during an appearance or in the crowd.',
    ),
    mitigations: [
      t(
        'Genomgång av agerande vid hot före evenemanget',
        'Briefing on how to act when threatened before the event',
      ),
      t(
        'Säkerhetssamordnare nåbar på telefon under hela veckan',
        'Security coordinator reachable by phone all week',
      ),
      t('Rutin för polisanmälan av varje hot', 'Procedure to report every threat to the police'),
    ],
  },
  {
    id: 'online-harassment',
    category: 'threats-harassment',
    likelihood: 5,
    consequence: 2,
    title: t('Näthat och trakasserier i sociala medier', 'Online hate and harassment on social media'),
    description: t(
      'Inlägg och direktmeddelanden med hat, hot eller trakasserier före och under evenemanget.',
      'Posts and direct messages with hate, threats or harassment before and during the event.',
    ),
    mitigations: [
      t(
        'Spara och dokumentera meddelanden (skärmdumpar med tid)',
        'Keep and document messages (timestamped screenshots)',
      ),
      t(
        'Kontaktväg till säkerhetsenheten för stöd och anmälan',
        'A way to reach the security unit for support and reporting',
      ),
    ],
  },
  {
    id: 'following-home',
    category: 'threats-harassment',
    likelihood: 2,
    consequence: 4,
    title: t('Förföljelse till boende', 'Being followed to the accommodation'),
    description: t(
      'En person följer efter en förtroendevald från ett framträdande till boendet.',
      'Someone follows an elected official from an appearance to the accommodation.',
    ),
    mitigations: [
      t('Variera färdvägar, gå inte ensam sent på kvällen', 'Vary routes, do not walk alone late at night'),
      t(
        'Boende bokat genom enheten, adress hålls intern',
        'Accommodation booked by the unit, address kept internal',
      ),
    ],
  },
  {
    id: 'assault',
    category: 'violence',
    likelihood: 2,
    consequence: 4,
    title: t('Fysiskt angrepp mot talare', 'Physical assault on a speaker'),
    description: t(
      'En person tar sig fram till scenen eller talaren och angriper fysiskt.',
      'Someone reaches the stage or the speaker and attacks physically.',
    ),
    mitigations: [
      t(
        'Avstånd och avspärrning mellan publik och scen',
        'Distance and a barrier between audience and stage',
      ),
      t(
        'Ordningsvakter vid scenen under framträdandet',
        'Security guards at the stage during the appearance',
      ),
      t('Utrymningsväg från scenen bestämd i förväg', 'An escape route from the stage agreed in advance'),
    ],
  },
  {
    id: 'crowd-crush',
    category: 'crowding',
    likelihood: 3,
    consequence: 4,
    title: t('Trängsel vid partiledartal', 'Crowd crush at party leader speeches'),
    description: t(
      'Stora folkmassor i parken vid kvällens tal ger risk för trängsel och att personer kläms.',
      'Large crowds in the park at evening speeches risk crushing.',
    ),
    mitigations: [
      t('Publikyta avgränsad med flera in- och utgångar', 'Audience area with several entrances and exits'),
      t(
        'Samordning med arrangör och polis om publikflöden',
        'Coordination with the organiser and the police on crowd flows',
      ),
    ],
  },
  {
    id: 'demonstration',
    category: 'demonstration-disruption',
    likelihood: 4,
    consequence: 2,
    title: t('Demonstration som stör framträdande', 'A demonstration disrupting an appearance'),
    description: t(
      'Aktivister stör ett seminarium eller tal med rop, banderoller eller blockad.',
      'Activists disrupt a seminar or speech with shouting, banners or a blockade.',
    ),
    mitigations: [
      t('Plan för att avbryta och lämna lokalen lugnt', 'A plan to stop and leave the venue calmly'),
      t('Kontakt med polisens evenemangsansvariga', "Contact with the police's event commander"),
    ],
  },
  {
    id: 'egg-liquid',
    category: 'demonstration-disruption',
    likelihood: 3,
    consequence: 2,
    title: t('Kastade föremål eller vätska', 'Thrown objects or liquids'),
    description: t(
      'Ägg, vätska eller färg kastas mot talare vid ett utomhusframträdande.',
      'Eggs, liquid or paint thrown at a speaker during an outdoor appearance.',
    ),
    mitigations: [
      t('Ombyte av kläder tillgängligt nära scenen', 'A change of clothes available near the stage'),
      t('Polisanmälan och dokumentation med foto', 'Police report and photographic documentation'),
    ],
  },
  {
    id: 'attack-crowd',
    category: 'attack',
    likelihood: 1,
    consequence: 5,
    title: t('Attack mot folkmassa', 'Attack on the crowd'),
    description: t(
      'Ett våldsdåd (till exempel med fordon eller vapen) riktas mot publiken.',
      'A violent attack (for example with a vehicle or weapons) is directed at the audience.',
    ),
    mitigations: [
      t(
        'Samlingsplats och utrymningsvägar kända av alla deltagare',
        'Assembly point and evacuation routes known to all participants',
      ),
      t(
        'Följ polisens information, Krisinformation.se och appen Polisen',
        'Follow police information and official crisis channels',
      ),
      t(
        'Kontrollrutin: alla deltagare hör av sig efter en händelse',
        'Check-in routine: every participant reports in after an incident',
      ),
    ],
  },
  {
    id: 'fire-tent',
    category: 'fire',
    likelihood: 2,
    consequence: 4,
    title: t('Brand i tält eller seminarielokal', 'Fire in a tent or seminar room'),
    description: t(
      'Brand i tält eller lokal med många besökare.',
      'Fire in a tent or room with many visitors.',
    ),
    mitigations: [
      t('Känna till nödutgångar i varje lokal', 'Know the emergency exits of every venue'),
      t('Samlingsplats utanför varje lokal', 'An assembly point outside each venue'),
    ],
  },
  {
    id: 'heat',
    category: 'weather-heat',
    likelihood: 3,
    consequence: 2,
    title: t('Värmebölja', 'Heatwave'),
    description: t(
      'Hög värme under långa dagar utomhus ger risk för uttorkning och värmeslag.',
      'High temperatures during long days outdoors risk dehydration and heat stroke.',
    ),
    mitigations: [
      t('Vatten, skugga och pauser i programmet', 'Water, shade and breaks in the schedule'),
      t('Information om 1177 och närmaste sjukvård', 'Information on 1177 and the nearest healthcare'),
    ],
  },
  {
    id: 'storm',
    category: 'weather-heat',
    likelihood: 2,
    consequence: 3,
    title: t('Oväder vid utomhusscen', 'Storm at an outdoor stage'),
    description: t(
      'Kraftig vind eller åska vid utomhusframträdanden.',
      'Strong wind or thunder during outdoor appearances.',
    ),
    mitigations: [
      t(
        'Bevaka SMHI:s varningar och ha en inomhusplan',
        "Follow the weather service's warnings and keep an indoor plan",
      ),
    ],
  },
  {
    id: 'medical',
    category: 'medical',
    likelihood: 3,
    consequence: 3,
    title: t('Akut sjukdom hos deltagare', 'Sudden illness of a participant'),
    description: t(
      'En deltagare blir akut sjuk eller skadad under evenemanget.',
      'A participant is taken ill or injured during the event.',
    ),
    mitigations: [
      t('Närmaste sjukhus och vårdcentral i foldern', 'The nearest hospital and clinic in the folder'),
      t(
        'Anhörigkontakt registrerad för varje deltagare',
        'An emergency contact registered for each participant',
      ),
    ],
  },
  {
    id: 'theft-devices',
    category: 'theft',
    likelihood: 3,
    consequence: 3,
    title: t('Stöld av telefon eller dator', 'Theft of a phone or laptop'),
    description: t(
      'Stöld av enheter med känslig information i trängsel eller på boendet.',
      'Theft of devices holding sensitive information in crowds or at the accommodation.',
    ),
    mitigations: [
      t('Skärmlås och fjärradering aktiverat', 'Screen lock and remote wipe enabled'),
      t(
        'Anmäl förlust till enheten och IT-support direkt',
        'Report a loss to the unit and IT support at once',
      ),
    ],
  },
  {
    id: 'doxxing',
    category: 'information-security',
    likelihood: 3,
    consequence: 4,
    title: t('Doxning: boende eller program sprids', 'Doxxing: accommodation or schedule published'),
    description: t(
      'Uppgifter om var en förtroendevald bor eller befinner sig sprids öppet.',
      'Details of where an elected official stays or will be are published.',
    ),
    mitigations: [
      t(
        'Publicera inte boende eller icke-offentligt program',
        'Do not publish accommodation or non-public schedule',
      ),
      t('Försiktighet med realtidsinlägg och platsdelning', 'Care with real-time posts and location sharing'),
    ],
  },
  {
    id: 'phishing',
    category: 'information-security',
    likelihood: 3,
    consequence: 3,
    title: t('Nätfiske och falska kontaktförsök', 'Phishing and fake contact attempts'),
    description: t(
      'Falska e-postmeddelanden eller samtal som utger sig för att komma från arrangör eller media.',
      'Fake emails or calls pretending to come from the organiser or the media.',
    ),
    mitigations: [t('Verifiera avsändare innan länkar öppnas', 'Verify senders before opening links')],
  },
  {
    id: 'ferry',
    category: 'transport',
    likelihood: 2,
    consequence: 2,
    title: t('Inställd färja eller flyg', 'Cancelled ferry or flight'),
    description: t(
      'Resor till och från ön ställs in eller försenas, deltagare blir kvar eller kommer inte fram.',
      'Travel to or from the island is cancelled or delayed.',
    ),
    mitigations: [t('Reservplan för resor och boende', 'A fallback plan for travel and accommodation')],
  },
  {
    id: 'late-night',
    category: 'violence',
    likelihood: 3,
    consequence: 3,
    title: t('Våld i nattlivet', 'Violence in the night-time economy'),
    description: t(
      'Bråk och våld sent på kvällen i innerstaden under evenemangsveckan.',
      'Fights and violence late at night in the town centre during the event week.',
    ),
    mitigations: [t('Gå i sällskap och ha telefonen laddad', 'Walk in company and keep your phone charged')],
  },
];

export function templateToRisk(template: RiskTemplate, lang: Language): RiskCreate {
  return {
    title: template.title[lang],
    description: template.description[lang],
    category: template.category,
    likelihood: template.likelihood,
    consequence: template.consequence,
    mitigations: template.mitigations.map((m) => ({ description: m[lang] })),
  };
}
