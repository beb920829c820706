import { linksAsCsv } from './file-download';

describe('linksAsCsv', () => {
  it('lists name, link and expiry by name, as a semicolon CSV with BOM, formulas neutralised', () => {
    const csv = linksAsCsv(
      [
        { participantId: 'b', url: 'https://x.se/p/2', expiresAt: '2027-07-09T20:00:00.000Z' },
        { participantId: 'a', url: 'https://x.se/p/1', expiresAt: '2027-07-09T20:00:00.000Z' },
        { participantId: 'c', url: 'https://x.se/p/3', expiresAt: '2027-07-09T20:00:00.000Z' },
      ],
      new Map([
        ['a', 'Åsa Berg'],
        ['b', 'Anna "Lisa"; Lind'],
        ['c', '=HYPERLINK("x")'],
      ]),
      ['Namn', 'Personlig länk', 'Giltig till'],
      'sv',
    );
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFNamn;Personlig länk;Giltig till',
      `"'=HYPERLINK(""x"")";https://x.se/p/3;2027-07-09T20:00:00.000Z`,
      '"Anna ""Lisa""; Lind";https://x.se/p/2;2027-07-09T20:00:00.000Z',
      'Åsa Berg;https://x.se/p/1;2027-07-09T20:00:00.000Z',
      '',
    ]);
  });

  it('neutralises a formula on every line of a name and quotes the name, so no row starts with it', () => {
    const csv = linksAsCsv(
      [{ participantId: 'a', url: 'https://x.se/p/1', expiresAt: '2027-07-09T20:00:00.000Z' }],
      new Map([['a', "Anna\n=cmd|' /C calc'!A0"]]),
      ['Namn', 'Personlig länk', 'Giltig till'],
      'sv',
    );
    expect(csv).toContain(`"Anna\n'=cmd|' /C calc'!A0";https://x.se/p/1`);
  });
});
