import { Pipe, PipeTransform } from '@angular/core';
import { DEFAULT_TIMEZONE, formatDateSpan, formatDateTime, Language } from '@tryggplan/shared/domain';

/** `{{ iso | tpDateTime: lang() }}`: a timestamp as read in the event's zone (Europe/Stockholm). */
@Pipe({ name: 'tpDateTime' })
export class DateTimePipe implements PipeTransform {
  transform(iso: string | null | undefined, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
    return iso ? formatDateTime(iso, lang, timeZone) : '';
  }
}

/** `{{ start | tpDateSpan: end : lang() }}`: "28 juni – 2 juli 2027". */
@Pipe({ name: 'tpDateSpan' })
export class DateSpanPipe implements PipeTransform {
  transform(start: string, end: string, lang: Language, timeZone = DEFAULT_TIMEZONE): string {
    return formatDateSpan(start, end, lang, timeZone);
  }
}
