import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { HttpErrorResponse } from '@angular/common/http';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import {
  contactName,
  CONTACT_ROLE_LABELS,
  STAFF_ROLE_LABELS,
  PARTICIPANT_ROLE_LABELS,
  SITE_KIND_LABELS,
  SiteGeometry,
} from '@tryggplan/shared/domain';
import { UiLanguage } from '@tryggplan/web/core';
import { DateSpanPipe, DateTimePipe, FolderFormat } from '@tryggplan/web/ui';
import { OwnPage as OwnPageData, ownBriefingUrl, ParticipantsApi } from '../participants-api';
import { CheckInRequests } from '../check-in-answer/check-in-requests';
import { directionsUrl } from './directions';
import { ReportIncident } from '../report-incident/report-incident';
import { OwnPageCopy } from '../offline/own-page-copy';

type LoadState = 'loading' | 'invalid' | 'failed' | 'ready';

/** `/p/:token`: a participant's own page through their personal link, small screens first; nobody else's data. */
@Component({
  selector: 'tp-own-page',
  imports: [TranslocoPipe, DateTimePipe, DateSpanPipe, CheckInRequests, ReportIncident],
  templateUrl: './own-page.html',
  styleUrl: './own-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnPage {
  private readonly participantsApi = inject(ParticipantsApi);
  private readonly transloco = inject(TranslocoService);
  private readonly copy = inject(OwnPageCopy);
  /** The folder languages kept for offline use while the page is open. */
  private readonly keptLanguages = new Set<string>();
  /** The server answered the last read (not the service worker's kept copy). */
  private readonly live = signal(false);

  readonly token = input.required<string>();

  protected readonly lang = inject(UiLanguage).current;
  protected readonly roleLabels = PARTICIPANT_ROLE_LABELS;
  protected readonly kindLabels = SITE_KIND_LABELS;
  protected readonly formats: FolderFormat[] = ['a4', 'a6'];
  protected readonly state = signal<LoadState>('loading');
  /** Without a network the page shows what was kept when it was last opened. */
  protected readonly offline = signal(false);
  protected readonly data = signal<OwnPageData | null>(null);
  /** When the copy on this phone was kept: "Sparad för offline", and offline the age of what is shown. */
  protected readonly savedAt = signal<string | null>(null);
  /** Worded in the page's language, again whenever it changes: the language switches without a reload. */
  protected directions(site: { geometry: unknown }): string | null {
    return directionsUrl(site.geometry as SiteGeometry);
  }

  protected readonly emergencyNumbers = computed(() => {
    const lang = this.lang();
    return ['112', '11414', '1177'].map((number) => ({
      number,
      label: this.transloco.translate(`participants.own.numbers.n${number}`, {}, lang),
      shown: number === '11414' ? '114 14' : number,
    }));
  });
  /** The event's contacts by role and name in the page's language (the API sends both languages). */
  protected readonly contacts = computed(() => {
    const lang = this.lang();
    const contacts = (this.data()?.event.contacts ?? []).map((contact) => ({
      phone: contact.phone,
      email: contact.email,
      label: `${CONTACT_ROLE_LABELS[contact.role][lang]}: ${contactName(contact, lang)}`,
    }));
    // the security organisation's people on duty during the person's stay, as the folder lists them
    const staff = (this.data()?.staffContacts ?? []).map((member) => ({
      phone: member.phone,
      email: undefined as string | undefined,
      label: `${STAFF_ROLE_LABELS[member.role][lang]}: ${member.fullName}`,
    }));
    return [...contacts, ...staff];
  });

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
    // a language chosen on the page gets its folder kept too
    effect(() => {
      this.lang();
      untracked(() => {
        if (this.live()) void this.keepForOffline();
      });
    });
    this.followConnection();
  }

  protected briefingUrl(format: FolderFormat, lang: 'sv' | 'en'): string {
    return ownBriefingUrl(this.token(), format, lang);
  }

  protected async load(token = this.token(), quietly = false): Promise<void> {
    if (!quietly) this.state.set('loading');
    try {
      // a copy past the event's retention goes before anything can show it
      const expiring = this.copy.dropExpired();
      if (expiring) await expiring;
      this.data.set(await this.participantsApi.ownPage(token));
      this.state.set('ready');
      // The answer may be the one kept for offline use; only the server answering again tells.
      const live = await this.participantsApi.reachable();
      this.offline.set(!live);
      this.live.set(live);
      if (live) void this.keepForOffline();
      else this.savedAt.set(this.copy.savedAt(token)?.toISOString() ?? null);
    } catch (error) {
      // Wrong, expired and revoked links all answer 404; the page says only that the link is not valid.
      const notFound = error instanceof HttpErrorResponse && [400, 404, 410].includes(error.status);
      if (notFound) void this.copy.forget(token);
      if (!quietly || notFound) this.state.set(notFound ? 'invalid' : 'failed');
    }
  }

  /** Keeps the page and the pocket folder in the page's language on the phone, once the worker can. */
  private async keepForOffline(): Promise<void> {
    const lang = this.lang();
    const page = this.data();
    if (!page || this.keptLanguages.has(lang) || !this.copy.controlled()) return;
    this.keptLanguages.add(lang);
    const savedAt = await this.copy.keep(this.token(), lang, page.event.personalDataPurgeAt ?? '');
    if (savedAt) this.savedAt.set(savedAt.toISOString());
    else this.keptLanguages.delete(lang);
  }

  /**
   * Reads the page again when the connection comes back, and once the service worker takes over on
   * the first visit, so that it keeps this page for the next time without a network.
   */
  private followConnection(): void {
    if (typeof window === 'undefined') return;
    const refresh = () => void this.load(this.token(), true);
    const offline = () => {
      this.offline.set(true);
      this.live.set(false);
    };
    window.addEventListener('online', refresh);
    window.addEventListener('offline', offline);
    navigator.serviceWorker?.addEventListener('controllerchange', refresh);
    inject(DestroyRef).onDestroy(() => {
      window.removeEventListener('online', refresh);
      window.removeEventListener('offline', offline);
      navigator.serviceWorker?.removeEventListener('controllerchange', refresh);
    });
  }
}
