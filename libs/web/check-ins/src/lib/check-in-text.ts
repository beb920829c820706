import { CHECK_IN_TARGET_KIND_LABELS, CheckInDto, Language } from '@tryggplan/shared/domain';

/** Who a check-in went to, in words: "Personer i en zon: Almedalszonen". */
export function targetText(checkIn: Pick<CheckInDto, 'target'>, lang: Language): string {
  const label = CHECK_IN_TARGET_KIND_LABELS[checkIn.target.kind][lang];
  return checkIn.target.siteName ? `${label}: ${checkIn.target.siteName}` : label;
}

/** The check-in's message in the page's language, else the other one. */
export function messageText(checkIn: Pick<CheckInDto, 'message' | 'messageEn'>, lang: Language): string {
  return (lang === 'en' && checkIn.messageEn) || checkIn.message || checkIn.messageEn;
}
