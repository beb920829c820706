import { Language } from './language';

/** Codes the API puts in error details; the texts below are the one place they are worded. */
export type ValidationCode =
  | 'required'
  | 'date_out_of_range'
  | 'control_character'
  | 'bidi_control'
  | 'invalid_type'
  | 'not_integer'
  | 'too_short'
  | 'too_long'
  | 'too_small'
  | 'too_big'
  | 'invalid_choice'
  | 'invalid_datetime'
  | 'invalid_email'
  | 'invalid_timezone'
  | 'unknown_field'
  | 'end_before_start'
  | 'invalid_geometry'
  | 'geometry_kind_mismatch'
  | 'coordinate_out_of_range'
  | 'too_few_points'
  | 'ring_not_closed'
  | 'self_intersection'
  | 'too_many_vertices'
  | 'not_a_feature_collection'
  | 'residual_pair'
  | 'residual_above_inherent'
  | 'unknown_site'
  | 'invalid_date'
  | 'changed_by_other'
  | 'unknown_column'
  | 'missing_column'
  | 'formula_not_allowed'
  | 'empty_file'
  | 'invalid_phone'
  | 'duplicate'
  | 'party_not_kept'
  | 'participant_names_unconfirmed'
  | 'review_comment_required'
  | 'in_past'
  | 'invalid_value'
  | 'partner_needs_organization'
  | 'unknown_organization'
  | 'location_required'
  | 'report_number_required'
  | 'no_report_reason_required'
  | 'crime_not_reported'
  | 'unknown_participant'
  | 'unknown_risk'
  | 'unknown_member'
  | 'unknown_step'
  | 'not_a_zone'
  | 'unknown_incident'
  | 'accepted_columns'
  | 'invalid_wall_clock'
  | 'matches_same_person'
  | 'differs_from_row'
  | 'one_assignee'
  | 'unknown_staff'
  | 'not_accommodation'
  | 'size_not_allowed'
  | 'invalid_organization_number'
  | 'invalid_bbox';

export type MessageParams = Record<string, string | number | undefined>;

const TEXTS: Record<ValidationCode, Record<Language, string>> = {
  required: { sv: 'Måste anges.', en: 'Is required.' },
  date_out_of_range: {
    sv: 'Måste ligga mellan {min} och {max}.',
    en: 'Must be between {min} and {max}.',
  },
  control_character: {
    sv: 'Får inte innehålla styrtecken (t.ex. NUL, tabb eller radbrytning i ett namn).',
    en: 'Must not contain control characters (such as NUL, or a tab or line break in a name).',
  },
  bidi_control: {
    sv: 'Får inte innehålla tecken som vänder textens riktning (U+202A–U+202E, U+2066–U+2069).',
    en: 'Must not contain characters that override the text direction (U+202A–U+202E, U+2066–U+2069).',
  },
  invalid_type: { sv: 'Har fel typ (väntade {expected}).', en: 'Has the wrong type (expected {expected}).' },
  not_integer: { sv: 'Måste vara ett heltal.', en: 'Must be a whole number.' },
  too_short: { sv: 'Måste ha minst {minimum} tecken.', en: 'Must have at least {minimum} characters.' },
  too_long: { sv: 'Får ha högst {maximum} tecken.', en: 'May have at most {maximum} characters.' },
  too_small: { sv: 'Måste vara minst {minimum}.', en: 'Must be at least {minimum}.' },
  too_big: { sv: 'Får vara högst {maximum}.', en: 'May be at most {maximum}.' },
  invalid_choice: { sv: 'Måste vara ett av: {options}.', en: 'Must be one of: {options}.' },
  invalid_datetime: {
    sv: 'Måste vara en tidpunkt i ISO 8601 med tidszon, t.ex. 2027-06-28T10:00:00+02:00.',
    en: 'Must be an ISO 8601 timestamp with offset, e.g. 2027-06-28T10:00:00+02:00.',
  },
  invalid_email: { sv: 'Är ingen giltig e-postadress.', en: 'Is not a valid email address.' },
  invalid_timezone: {
    sv: 'Är ingen känd tidszon (t.ex. Europe/Stockholm).',
    en: 'Is not a known time zone (e.g. Europe/Stockholm).',
  },
  unknown_field: { sv: 'Okänt fält.', en: 'Unknown field.' },
  end_before_start: {
    sv: 'Slutet får inte ligga före starten.',
    en: 'The end must not be before the start.',
  },
  invalid_geometry: { sv: 'Ogiltig geometri: {reason}.', en: 'Invalid geometry: {reason}.' },
  geometry_kind_mismatch: {
    sv: 'Typen {kind} kräver geometrin {expected}.',
    en: 'Kind {kind} needs a {expected} geometry.',
  },
  coordinate_out_of_range: {
    sv: 'Punkt {position} ({lng}, {lat}) ligger utanför WGS84 (longitud −180–180, latitud −90–90).',
    en: 'Point {position} ({lng}, {lat}) is outside WGS84 (longitude −180–180, latitude −90–90).',
  },
  too_few_points: { sv: 'Behöver minst {minimum} punkter.', en: 'Needs at least {minimum} points.' },
  ring_not_closed: {
    sv: 'Polygonens ring {ring} är inte sluten (första och sista punkten ska vara samma).',
    en: 'Polygon ring {ring} is not closed (the first and last point must be the same).',
  },
  self_intersection: {
    sv: 'Polygonens ring {ring} korsar sig själv.',
    en: 'Polygon ring {ring} crosses itself.',
  },
  too_many_vertices: {
    sv: 'Har {count} punkter; högst {maximum} är tillåtet.',
    en: 'Has {count} points; at most {maximum} are allowed.',
  },
  not_a_feature_collection: {
    sv: 'Filen är ingen GeoJSON FeatureCollection.',
    en: 'The file is not a GeoJSON FeatureCollection.',
  },
  residual_pair: {
    sv: 'Ange både kvarvarande sannolikhet och konsekvens, eller ingen av dem.',
    en: 'Give both residual likelihood and residual consequence, or neither.',
  },
  residual_above_inherent: {
    sv: 'Kvarvarande risk ({residual}) får inte vara högre än den ursprungliga ({inherent}).',
    en: 'The residual risk ({residual}) must not be higher than the inherent risk ({inherent}).',
  },
  partner_needs_organization: {
    sv: 'En partner måste höra till en organisation; andra roller till ingen.',
    en: 'A partner must belong to an organisation; other roles to none.',
  },
  unknown_organization: { sv: 'Organisationen finns inte.', en: 'The organisation does not exist.' },
  unknown_site: { sv: 'Platsen finns inte i detta evenemang.', en: 'The site is not part of this event.' },
  invalid_date: { sv: 'Måste vara ett datum, t.ex. 2027-06-28.', en: 'Must be a date, e.g. 2027-06-28.' },
  changed_by_other: { sv: 'Ändrades av {actor} {at}.', en: 'Changed by {actor} at {at}.' },
  unknown_column: { sv: 'Okänd kolumn.', en: 'Unknown column.' },
  missing_column: { sv: 'Kolumnen saknas.', en: 'The column is missing.' },
  accepted_columns: { sv: 'Kolumner som läses: {columns}.', en: 'Columns read: {columns}.' },
  invalid_wall_clock: {
    sv: 'Ange datum och tid som ÅÅÅÅ-MM-DD TT:MM, t.ex. 2027-06-28 10:30 (evenemangets lokala tid).',
    en: "Give the date and time as YYYY-MM-DD HH:MM, e.g. 2027-06-28 10:30 (the event's local time).",
  },
  invalid_organization_number: {
    sv: 'Ange ett organisationsnummer med tio siffror, NNNNNN-NNNN, med rätt kontrollsiffra.',
    en: 'Enter an organisation number of ten digits, NNNNNN-NNNN, with the right check digit.',
  },
  size_not_allowed: {
    sv: 'Bara platser av typen Arena/scen, Scen eller Tält kan ha en storlek.',
    en: 'Only sites of the kind Venue, Stage or Tent can have a size.',
  },
  not_accommodation: {
    sv: 'Välj en plats av typen Boende.',
    en: 'Choose a site of the kind Accommodation.',
  },
  matches_same_person: {
    sv: 'Samma person som rad {row} ({other}).',
    en: 'The same person as row {row} ({other}).',
  },
  one_assignee: {
    sv: 'Välj en ansvarig: en medlem eller en funktionär, inte båda.',
    en: 'Choose one assignee: a member or a staff member, not both.',
  },
  unknown_staff: {
    sv: 'Funktionären finns inte i detta evenemangs säkerhetsorganisation.',
    en: "The staff member is not part of this event's security organisation.",
  },
  differs_from_row: {
    sv: 'Samma person som rad {row}, men där står {other}.',
    en: 'The same person as row {row}, where it says {other}.',
  },
  formula_not_allowed: {
    sv: 'Cellen innehåller en formel; spara värdet i stället.',
    en: 'The cell holds a formula; save the value instead.',
  },
  empty_file: { sv: 'Filen innehåller inga rader.', en: 'The file has no rows.' },
  invalid_phone: {
    sv: 'Är inget giltigt telefonnummer (t.ex. 070-123 45 67 eller +46 70 123 45 67).',
    en: 'Is not a valid phone number (e.g. +46 70 123 45 67).',
  },
  duplicate: { sv: 'Finns redan: {other}.', en: 'Already present: {other}.' },
  party_not_kept: {
    sv: 'Evenemanget registrerar inte partitillhörighet.',
    en: 'The event does not keep party affiliation.',
  },
  participant_names_unconfirmed: {
    sv: 'Bekräfta uttryckligen att deltagarnas namn får delas.',
    en: 'Confirm explicitly that participant names may be shared.',
  },
  review_comment_required: {
    sv: 'Skriv vad som behöver ändras.',
    en: 'Write what needs to change.',
  },
  in_past: { sv: 'Måste ligga i framtiden.', en: 'Must be in the future.' },
  invalid_value: { sv: 'Ogiltigt värde.', en: 'Invalid value.' },
  invalid_bbox: {
    sv: 'Ange fyra tal väst,syd,öst,nord i grader (WGS84), med väst mindre än öst och syd mindre än nord.',
    en: 'Give four numbers west,south,east,north in degrees (WGS84), west less than east and south less than north.',
  },
  location_required: {
    sv: 'Ange var det hände: en plats, en punkt på kartan eller med ord.',
    en: 'Say where it happened: a site, a point on the map or in words.',
  },
  report_number_required: {
    sv: 'Ange polisens diarienummer för anmälan.',
    en: "Give the police report's reference number.",
  },
  no_report_reason_required: {
    sv: 'Skriv varför ingen polisanmälan görs.',
    en: 'Write why no police report is made.',
  },
  crime_not_reported: {
    sv: 'Ett möjligt brott kan inte avslutas utan polisanmälan (diarienummer) eller ett skäl till varför ingen anmälan görs.',
    en: 'A possible crime cannot be closed without a police report (reference number) or a reason why no report is made.',
  },
  unknown_participant: {
    sv: 'Deltagaren finns inte i detta evenemang.',
    en: 'The participant is not part of this event.',
  },
  unknown_risk: { sv: 'Risken finns inte i detta evenemang.', en: 'The risk is not part of this event.' },
  unknown_member: {
    sv: 'Användaren är inte medlem i detta evenemang.',
    en: 'The user is not a member of this event.',
  },
  unknown_step: { sv: 'Steget finns inte i checklistan.', en: 'The step is not on the checklist.' },
  not_a_zone: {
    sv: 'Platsen måste vara en zon eller ett område.',
    en: 'The site must be a zone or perimeter.',
  },
  unknown_incident: {
    sv: 'Händelsen finns inte i detta evenemang.',
    en: 'The incident is not part of this event.',
  },
};

export function validationMessage(code: ValidationCode, lang: Language, params: MessageParams = {}): string {
  const template = TEXTS[code]?.[lang] ?? TEXTS.invalid_value[lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? ''));
}
