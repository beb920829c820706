import { eventCreateSchema, eventText, eventUpdateSchema, withEventDefaults } from './event';
import { validate } from './validation';

const event = {
  name: 'Almedalsveckan',
  startsAt: '2027-06-27T08:00:00+02:00',
  endsAt: '2027-07-02T22:00:00+02:00',
};

describe('the event’s texts in Swedish and English', () => {
  it('takes the English threat summary and advice as optional fields, empty unless given', () => {
    const created = eventCreateSchema.parse({
      ...event,
      threatSummary: 'Förhöjd hotbild.',
      threatSummaryEn: ' Heightened threat level. ',
      briefingAdviceEn: 'Do not walk alone at night.',
    });
    expect(created).toMatchObject({
      threatSummaryEn: 'Heightened threat level.',
      briefingAdviceEn: 'Do not walk alone at night.',
    });
    expect(withEventDefaults(eventCreateSchema.parse(event))).toMatchObject({
      threatSummary: '',
      threatSummaryEn: '',
      briefingAdvice: '',
      briefingAdviceEn: '',
    });
    expect(eventUpdateSchema.parse({ version: 3, briefingAdviceEn: 'Keep your phone charged.' })).toEqual({
      version: 3,
      briefingAdviceEn: 'Keep your phone charged.',
    });
  });

  it('checks the English texts by the rules of the Swedish ones', () => {
    const result = validate(
      eventCreateSchema,
      { ...event, threatSummaryEn: 'x'.repeat(5001), briefingAdviceEn: 'Stop\u0000here' },
      'en',
    );
    expect(result.ok === false && result.details.map(({ field, code }) => ({ field, code }))).toEqual([
      { field: 'briefingAdviceEn', code: 'control_character' },
      { field: 'threatSummaryEn', code: 'too_long' },
    ]);
    // paragraphs, as in the Swedish advice
    expect(validate(eventCreateSchema, { ...event, briefingAdviceEn: 'One.\n\nTwo.' }, 'en').ok).toBe(true);
  });

  it('gives each reader the text in their language, else the other one, saying which it is', () => {
    const texts = {
      threatSummary: 'Förhöjd hotbild.',
      threatSummaryEn: 'Heightened threat level.',
      briefingAdvice: 'Gå två och två.',
      briefingAdviceEn: '',
    };
    expect(eventText(texts, 'threatSummary', 'en')).toEqual({ text: 'Heightened threat level.', lang: 'en' });
    expect(eventText(texts, 'threatSummary', 'sv')).toEqual({ text: 'Förhöjd hotbild.', lang: 'sv' });
    expect(eventText(texts, 'briefingAdvice', 'en')).toEqual({ text: 'Gå två och två.', lang: 'sv' });
    expect(
      eventText({ briefingAdvice: '', briefingAdviceEn: 'Walk in pairs.' }, 'briefingAdvice', 'sv'),
    ).toEqual({ text: 'Walk in pairs.', lang: 'en' });
    expect(eventText({ briefingAdvice: '' }, 'briefingAdvice', 'en')).toEqual({ text: '', lang: 'en' });
  });
});
