import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { EventDto } from '@tryggplan/shared/domain';
import { errorMessage } from '@tryggplan/web/core';
import { FormAlert } from '@tryggplan/web/ui';
import { RisksApi } from '../risks-api';

/** Copies every risk of another event the user works on into this event's register. */
@Component({
  selector: 'tp-copy-register',
  imports: [TranslocoPipe, FormAlert],
  template: `
    <p class="hint">{{ 'risks.copy.intro' | transloco }}</p>
    <tp-form-alert [message]="error()" />
    @if (loaded() && otherEvents().length === 0) {
      <p>{{ 'risks.copy.none' | transloco }}</p>
    } @else {
      <form class="inline-form form-actions" (submit)="$event.preventDefault(); copy()">
        <div class="field">
          <label for="risk-copy-from">{{ 'risks.copy.from' | transloco }}</label>
          <select id="risk-copy-from" (change)="fromEventId.set($any($event.target).value)">
            <option value="">{{ 'risks.form.choose' | transloco }}</option>
            @for (event of otherEvents(); track event.id) {
              <option [value]="event.id">{{ event.name }}</option>
            }
          </select>
        </div>
        <button type="submit" class="button" [disabled]="busy() || !fromEventId()">
          {{ 'risks.copy.submit' | transloco }}
        </button>
      </form>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyRegister {
  private readonly risksApi = inject(RisksApi);
  private readonly transloco = inject(TranslocoService);

  readonly eventId = input.required<string>();
  readonly copied = output<number>();

  private readonly events = signal<EventDto[]>([]);
  protected readonly loaded = signal(false);
  protected readonly otherEvents = computed(() =>
    this.events().filter((event) => event.id !== this.eventId()),
  );
  protected readonly fromEventId = signal('');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected async copy(): Promise<void> {
    if (this.busy() || !this.fromEventId()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      const risks = await this.risksApi.copyFrom(this.eventId(), this.fromEventId());
      this.copied.emit(risks.length);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.busy.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.events.set((await this.risksApi.events()).items);
    } catch (error) {
      this.error.set(errorMessage(error, this.transloco));
    } finally {
      this.loaded.set(true);
    }
  }
}
