import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Language,
  PRINT_MAP_SCALES,
  PrintMapBbox,
  PrintMapOrientation,
  PrintMapPaper,
} from '@tryggplan/shared/domain';
import { formatScale } from '@tryggplan/shared/geo';
import { apiPath } from '@tryggplan/web/core';

export type PrintMapArea = 'view' | 'all';

/** The part of the map shown, clamped to what the API accepts (Web Mercator's latitudes) and rounded. */
export function printableBbox(bounds: PrintMapBbox): PrintMapBbox {
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return {
    west: round(Math.max(-180, bounds.west)),
    south: round(Math.max(-85, bounds.south)),
    east: round(Math.min(180, bounds.east)),
    north: round(Math.min(85, bounds.north)),
  };
}

/** The address of the print map PDF for the choices made. */
export function printMapUrl(
  eventId: string,
  choice: {
    paper: PrintMapPaper;
    orientation: PrintMapOrientation;
    scale: number | null;
    bbox: PrintMapBbox | null;
    lang: Language;
  },
): string {
  const query = new URLSearchParams({ paper: choice.paper, orientation: choice.orientation });
  if (choice.scale) query.set('scale', String(choice.scale));
  if (choice.bbox) {
    const { west, south, east, north } = choice.bbox;
    query.set('bbox', [west, south, east, north].join(','));
  }
  query.set('lang', choice.lang);
  return `${apiPath('events', eventId, 'print-map.pdf')}?${query}`;
}

/**
 * "Skriv ut karta": a modal on the native <dialog> to print the map as a PDF — A4 or A3, portrait or
 * landscape, fitted or at a chosen scale, the area now shown in the map or all sites, in Swedish or
 * English. Focus moves into it, Escape closes it, and focus returns to the button that opened it.
 */
@Component({
  selector: 'tp-print-map-dialog',
  imports: [TranslocoPipe],
  templateUrl: './print-map-dialog.html',
  styleUrl: './print-map-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrintMapDialog {
  readonly eventId = input.required<string>();
  /** The part of the map now shown, asked when the dialog opens; null before the map has loaded. */
  readonly visibleBounds = input.required<() => PrintMapBbox | null>();

  protected readonly scales = PRINT_MAP_SCALES;
  protected readonly paper = signal<PrintMapPaper>('a3');
  protected readonly orientation = signal<PrintMapOrientation>('landscape');
  protected readonly scale = signal<number | null>(null);
  protected readonly area = signal<PrintMapArea>('view');
  protected readonly lang = signal<Language>('sv');
  /** The view as it was when the dialog opened. */
  protected readonly shown = signal<PrintMapBbox | null>(null);
  protected readonly href = computed(() =>
    printMapUrl(this.eventId(), {
      paper: this.paper(),
      orientation: this.orientation(),
      scale: this.scale(),
      bbox: this.area() === 'view' ? this.shown() : null,
      lang: this.lang(),
    }),
  );

  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private readonly opener = viewChild.required<ElementRef<HTMLButtonElement>>('opener');
  private readonly firstField = viewChild.required<ElementRef<HTMLSelectElement>>('firstField');

  protected open(): void {
    const dialog = this.dialog().nativeElement;
    if (dialog.open) return;
    const bounds = this.visibleBounds()();
    this.shown.set(bounds ? printableBbox(bounds) : null);
    if (!bounds) this.area.set('all');
    dialog.showModal();
    this.firstField().nativeElement.focus();
  }

  protected close(): void {
    this.dialog().nativeElement.close();
  }

  /** Escape, the close button or the download: the opener gets focus back. */
  protected onClose(): void {
    this.opener().nativeElement.focus();
  }

  protected choosePaper(value: string): void {
    this.paper.set(value === 'a4' ? 'a4' : 'a3');
  }

  protected chooseOrientation(value: string): void {
    this.orientation.set(value === 'portrait' ? 'portrait' : 'landscape');
  }

  protected chooseScale(value: string): void {
    const denominator = Number(value);
    this.scale.set((PRINT_MAP_SCALES as readonly number[]).includes(denominator) ? denominator : null);
  }

  protected chooseArea(value: string): void {
    this.area.set(value === 'view' && this.shown() ? 'view' : 'all');
  }

  protected chooseLang(value: string): void {
    this.lang.set(value === 'en' ? 'en' : 'sv');
  }

  protected readonly scaleLabel = formatScale;
}
