import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { Language } from '@tryggplan/shared/domain';

export type FolderFormat = 'a4' | 'a6';

/**
 * Downloads personal briefing folders — one person's PDF or everyone's ZIP — in a chosen format and
 * language. With "new links" ticked the same address is posted instead: the API then replaces the
 * personal links and prints each new one as a QR code, and the browser saves the answer as it streams.
 */
@Component({
  selector: 'tp-folder-download',
  imports: [TranslocoPipe],
  templateUrl: './folder-download.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FolderDownload {
  /** Prefix of the element ids, unique on the page. */
  readonly idPrefix = input.required<string>();
  /** The download address for a format and language (GET: as it is; POST: with new links). */
  readonly url = input.required<(format: FolderFormat, lang: Language) => string>();
  readonly kind = input.required<'personal' | 'zip'>();
  /** Emitted when a download with new links starts: the earlier links stop working. */
  readonly linksReplaced = output<void>();

  protected readonly format = signal<FolderFormat>('a6');
  protected readonly lang = signal<Language>('sv');
  protected readonly withLinks = signal(false);
  protected readonly href = computed(() => this.url()(this.format(), this.lang()));
  protected readonly mime = computed(() => (this.kind() === 'zip' ? 'application/zip' : 'application/pdf'));

  protected chooseFormat(value: string): void {
    this.format.set(value === 'a4' ? 'a4' : 'a6');
  }

  protected chooseLang(value: string): void {
    this.lang.set(value === 'en' ? 'en' : 'sv');
  }
}
