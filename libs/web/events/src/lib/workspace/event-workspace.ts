import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, RouterLink, RouterOutlet } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter, map } from 'rxjs';
import { EventWorkspaceStore } from './event-workspace-store';
import { activeNavItem, WORKSPACE_NAV } from './workspace-nav';

/** The path of a URL below /events/:eventId, without query or fragment ('' for the overview). */
function pathBelowEvent(router: Router, url: string): string {
  const segments = router.parseUrl(url).root.children['primary']?.segments ?? [];
  return segments
    .slice(2)
    .map((segment) => segment.path)
    .join('/');
}

/** `/events/:eventId/...`: the event's name and its own navigation around every page of the event. */
@Component({
  selector: 'tp-event-workspace',
  imports: [RouterLink, RouterOutlet, TranslocoPipe],
  templateUrl: './event-workspace.html',
  styleUrl: './event-workspace.scss',
  providers: [EventWorkspaceStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EventWorkspace {
  private readonly router = inject(Router);

  readonly eventId = input.required<string>();

  protected readonly store = inject(EventWorkspaceStore);
  protected readonly items = WORKSPACE_NAV;
  private readonly url = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => this.router.url),
    ),
    { initialValue: this.router.url },
  );
  protected readonly active = computed(() =>
    activeNavItem(this.items, pathBelowEvent(this.router, this.url())),
  );

  constructor() {
    effect(() => {
      const eventId = this.eventId();
      untracked(() => void this.store.load(eventId));
    });
  }

  protected link(path: string): string[] {
    return path === '' ? ['/events', this.eventId()] : ['/events', this.eventId(), ...path.split('/')];
  }
}
