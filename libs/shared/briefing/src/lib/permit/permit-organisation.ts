import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  formatClock,
  formatDate,
  STAFF_ROLE_LABELS,
  StaffMemberDto,
  StaffShiftDto,
  staffCountsByRole,
} from '@tryggplan/shared/domain';
import { PermitPackData, permitDocument, permitHeading } from './permit-document';
import { PERMIT_TEXTS } from './permit-texts';

function shiftLine(shift: StaffShiftDto, data: PermitPackData, posts: Map<string, string>): string {
  const { lang, event } = data;
  const post = shift.siteId ? posts.get(shift.siteId) : undefined;
  const time = `${formatDate(shift.startsAt, lang, event.timezone)} ${formatClock(shift.startsAt, event.timezone)}–${formatClock(shift.endsAt, event.timezone)}`;
  return post ? `${time}, ${PERMIT_TEXTS[lang].post.toLowerCase()} ${post}` : time;
}

function roleTable(members: StaffMemberDto[], data: PermitPackData, posts: Map<string, string>): Content {
  const t = PERMIT_TEXTS[data.lang];
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [115, 105, 80, '*'],
      body: [
        [t.name, t.organization, t.phone, t.shifts].map((text) => ({ text, style: 'tableHeader' })),
        ...[...members]
          .sort((a, b) => a.fullName.localeCompare(b.fullName, 'sv'))
          .map((member) => [
            { text: member.fullName, bold: true },
            member.organization || '–',
            member.phone ?? '–',
            member.shifts.length
              ? { stack: member.shifts.map((shift) => shiftLine(shift, data, posts)) }
              : { text: t.noShifts, italics: true },
          ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: 9,
  };
}

/**
 * Attachment 4: the säkerhetsorganisation, the number of people per role, then each role's people
 * with organisation, phone and shifts (dates and times in the event's time zone, with their posts).
 */
export function buildPermitOrganisation(data: PermitPackData): TDocumentDefinitions {
  const { lang } = data;
  const t = PERMIT_TEXTS[lang];
  const counts = staffCountsByRole(data.staff);
  const posts = new Map(data.sites.map((site) => [site.id, site.name]));
  return permitDocument(data, 'security-organisation', 'portrait', [
    permitHeading(data, 'security-organisation', t.organisationTitle),
    {
      table: {
        headerRows: 1,
        widths: [200, 60],
        body: [
          [t.role, t.count].map((text) => ({ text, style: 'tableHeader' })),
          ...counts.map((entry) => [STAFF_ROLE_LABELS[entry.role][lang], String(entry.count)]),
          [
            { text: t.total, bold: true },
            { text: String(data.staff.length), bold: true },
          ],
        ],
      },
      layout: 'lightHorizontalLines',
    },
    ...counts.flatMap(({ role }) => [
      { text: STAFF_ROLE_LABELS[role][lang], style: 'h2' },
      roleTable(
        data.staff.filter((member) => member.role === role),
        data,
        posts,
      ),
    ]),
  ]);
}
