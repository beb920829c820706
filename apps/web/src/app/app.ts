import { ChangeDetectionStrategy, Component, ElementRef, inject, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Language } from '@tryggplan/shared/domain';
import { AuthStore, UI_LANGUAGES, UiLanguage } from '@tryggplan/web/core';
import { filter, skip } from 'rxjs';

/** True when a route on the way to the page asks for the whole window (route data `fullWidth`). */
function wantsFullWidth(route: ActivatedRouteSnapshot | null): boolean {
  for (let current = route; current; current = current.firstChild) {
    if (current.data['fullWidth'] === true) return true;
  }
  return false;
}

/** The shell: skip link, header with navigation, language switch and user, and the page. */
@Component({
  selector: 'tp-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, TranslocoPipe],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly router = inject(Router);
  private readonly language = inject(UiLanguage);

  protected readonly auth = inject(AuthStore);
  protected readonly lang = this.language.current;
  protected readonly languages = UI_LANGUAGES;
  /** The page takes the whole window (the event map): the main area drops its width limit and padding. */
  protected readonly fullWidth = signal(false);

  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.fullWidth.set(wantsFullWidth(this.router.routerState.snapshot.root)));
    // After moving to another page, start reading (and tabbing) at its content, as a page load would.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        skip(1),
        takeUntilDestroyed(),
      )
      .subscribe(() => {
        if (!this.main().nativeElement.contains(document.activeElement)) this.focusMain();
      });
  }

  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.focusMain();
  }

  protected useLanguage(lang: Language): void {
    void this.language.use(lang);
  }

  protected async logout(): Promise<void> {
    await this.auth.logout().catch(() => undefined);
    await this.router.navigate(['/login']);
  }

  private focusMain(): void {
    this.main().nativeElement.focus({ preventScroll: true });
  }
}
