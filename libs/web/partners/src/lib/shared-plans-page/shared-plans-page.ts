import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { SHARE_SCOPE_LABELS, SharedPlanDto } from '@tryggplan/shared/domain';
import { toFormErrors, UiLanguage } from '@tryggplan/web/core';
import { DateSpanPipe, DateTimePipe, FormAlert } from '@tryggplan/web/ui';
import { errorOptions } from '../form-errors';
import { SharedPlansApi } from '../partners-api';

/** The partner's start page: the risk plans shared with its organisation and their revisions. */
@Component({
  selector: 'tp-shared-plans-page',
  imports: [RouterLink, TranslocoPipe, DateTimePipe, DateSpanPipe, FormAlert],
  templateUrl: './shared-plans-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SharedPlansPage implements OnInit {
  private readonly api = inject(SharedPlansApi);
  private readonly transloco = inject(TranslocoService);

  protected readonly lang = inject(UiLanguage).current;
  protected readonly scopeLabels = SHARE_SCOPE_LABELS;
  protected readonly plans = signal<SharedPlanDto[] | null>(null);
  protected readonly loadError = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loadError.set(null);
    try {
      this.plans.set((await this.api.list()).items);
    } catch (error) {
      this.loadError.set(toFormErrors(error, errorOptions(this.transloco)).message);
    }
  }
}
