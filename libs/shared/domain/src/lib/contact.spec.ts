import { Contact, contactName, contactNote, contactSchema, writtenIn } from './contact';
import { validate } from './validation';

const duty: Contact = {
  role: 'unit-duty',
  name: 'Säkerhetsenheten, jour',
  nameEn: "The security unit's duty officer",
  phone: '+46 70 174 06 06',
  note: 'Nås dygnet runt.',
  noteEn: 'Answers day and night.',
};

describe('contact texts in two languages', () => {
  it('accepts an English name and note under the rules of the Swedish ones, and leaves them out when not given', () => {
    expect(validate(contactSchema, duty, 'sv')).toEqual({ ok: true, value: duty });
    const swedishOnly = { role: 'police', name: 'Polisens kontakt' };
    expect(validate(contactSchema, swedishOnly, 'sv')).toEqual({ ok: true, value: swedishOnly });
    expect(contactSchema.parse({ ...swedishOnly, nameEn: '  Police liaison ', noteEn: '' })).toEqual({
      ...swedishOnly,
      nameEn: 'Police liaison',
      noteEn: '',
    });
    const bad = validate(contactSchema, { ...duty, nameEn: 'x'.repeat(201), noteEn: 'y'.repeat(501) }, 'en');
    expect(bad.ok === false && bad.details.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'nameEn', code: 'too_long' },
      { field: 'noteEn', code: 'too_long' },
    ]);
    // one line, like the Swedish name: no line break and no text-direction override
    const lines = validate(contactSchema, { ...duty, nameEn: 'Duty\nofficer' }, 'en');
    expect(lines.ok === false && lines.details[0]).toMatchObject({
      field: 'nameEn',
      code: 'control_character',
    });
    const bidi = validate(contactSchema, { ...duty, nameEn: 'Duty \u202Eofficer' }, 'en');
    expect(bidi.ok === false && bidi.details[0]).toMatchObject({ field: 'nameEn', code: 'bidi_control' });
  });

  it('names a contact in English when an English name is written, else by the one name there is', () => {
    expect(contactName(duty, 'en')).toBe("The security unit's duty officer");
    expect(contactName(duty, 'sv')).toBe('Säkerhetsenheten, jour');
    const person: Contact = { role: 'security-coordinator', name: 'Kim Lindqvist', nameEn: ' ' };
    expect(contactName(person, 'en')).toBe('Kim Lindqvist');
  });

  it('gives the note in the reader’s language, else in the other one and says which', () => {
    expect(contactNote(duty, 'en')).toEqual({ text: 'Answers day and night.', lang: 'en' });
    expect(contactNote(duty, 'sv')).toEqual({ text: 'Nås dygnet runt.', lang: 'sv' });
    expect(contactNote({ ...duty, noteEn: '' }, 'en')).toEqual({ text: 'Nås dygnet runt.', lang: 'sv' });
    expect(contactNote({ ...duty, note: undefined }, 'sv')).toEqual({
      text: 'Answers day and night.',
      lang: 'en',
    });
    const taxi: Contact = { role: 'other', name: 'Taxi' };
    expect(contactNote(taxi, 'en')).toEqual({ text: '', lang: 'en' });
  });

  it('treats a text of only spaces as not written', () => {
    expect(writtenIn({ sv: 'Hej', en: '  \n ' }, 'en')).toEqual({ text: 'Hej', lang: 'sv' });
    expect(writtenIn({ sv: '', en: undefined }, 'sv')).toEqual({ text: '', lang: 'sv' });
  });
});
