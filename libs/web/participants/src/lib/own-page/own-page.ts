import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { CONTACT_ROLE_LABELS, PARTICIPANT_ROLE_LABELS, SITE_KIND_LABELS } from '@tryggplan/shared/domain';
import { UiLanguage } from '@tryggplan/web/core';
import { DateSpanPipe, DateTimePipe, FolderFormat } from '@tryggplan/web/ui';
import { OwnPage as OwnPageData, ownBriefingUrl, ParticipantsApi } from '../participants-api';

type LoadState = 'loading' | 'invalid' | 'failed' | 'ready';

/** `/p/:token`: a participant's own page through their personal link, small screens first; nobody else's data. */
@Component({
  selector: 'tp-own-page',
  imports: [TranslocoPipe, DateTimePipe, DateSpanPipe],
  templateUrl: './own-page.html',
  styleUrl: './own-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnPage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);

  readonly token = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly contactLabels = CONTACT_ROLE_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly formats: FolderFormat[] = ['a4', 'a6'];
  protected readonly state = signal<LoadState>('loading');
  protected readonly data = signal<OwnPageData | null>(null);
  protected readonly emergencyNumbers = computed(() =>
    ['112', '11414', '1177'].map((number) => ({
      number,
      label: this.transloco.translate(`participants.own.numbers.n${number}`),
      shown: number === '11414' ? '114 14' : number,
    })),
  );

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
  }

  protected briefingUrl(format: FolderFormat, lang: 'sv' | 'en'): string {
    return ownBriefingUrl(this.token(), format, lang);
  }

  protected async load(token = this.token()): Promise<void> {
    this.state.set('loading');
    try {
      this.data.set(await this.participantsApi.ownPage(token));
      this.state.set('ready');
    } catch (error) {
      // Wrong, expired and revoked links all answer 404; the page says only that the link is not valid.
      const notFound = error instanceof HttpErrorResponse && (error.status === 404 || error.status === 400);
      this.state.set(notFound ? 'invalid' : 'failed');
    }
  }
}
