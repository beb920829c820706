import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  Language,
  RISK_CATEGORIES,
  RISK_CATEGORY_LABELS,
  RISK_LEVEL_LABELS,
  RISK_LEVELS,
  RISK_STATUS_LABELS,
  RISK_STATUSES,
  RiskCategory,
  RiskLevel,
  RiskStatus,
  SiteDto,
} from '@tryggplan/shared/domain';
import { debounceTime } from 'rxjs';
import { RegisterFilter } from '../register-filter';

/** The register's search and filters; the matrix cell is chosen on the heat map, not here. */
@Component({
  selector: 'tp-register-filters',
  imports: [ReactiveFormsModule, TranslocoPipe],
  templateUrl: './register-filters.html',
  styleUrl: './register-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RegisterFilters {
  readonly filter = input.required<RegisterFilter>();
  readonly sites = input<SiteDto[]>([]);
  readonly owners = input<string[]>([]);
  readonly lang = input.required<Language>();
  readonly filterChange = output<RegisterFilter>();

  protected readonly categories = RISK_CATEGORIES;
  protected readonly categoryLabels = RISK_CATEGORY_LABELS;
  protected readonly levels = RISK_LEVELS;
  protected readonly levelLabels = RISK_LEVEL_LABELS;
  protected readonly statuses = RISK_STATUSES;
  protected readonly statusLabels = RISK_STATUS_LABELS;

  protected readonly form = new FormGroup({
    q: new FormControl('', { nonNullable: true }),
    category: new FormControl<RiskCategory | ''>('', { nonNullable: true }),
    level: new FormControl<RiskLevel | ''>('', { nonNullable: true }),
    status: new FormControl<RiskStatus | ''>('', { nonNullable: true }),
    siteId: new FormControl('', { nonNullable: true }),
    owner: new FormControl('', { nonNullable: true }),
    overdue: new FormControl(false, { nonNullable: true }),
  });

  constructor() {
    // Filters cleared elsewhere (the "clear" button) show here without echoing back.
    effect(() => {
      const { cell: _cell, ...fields } = this.filter();
      untracked(() => this.form.setValue(fields, { emitEvent: false }));
    });
    this.form.valueChanges
      .pipe(debounceTime(250), takeUntilDestroyed(inject(DestroyRef)))
      .subscribe(() => this.filterChange.emit({ ...this.form.getRawValue(), cell: this.filter().cell }));
  }
}
