import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { StatusMessage } from './status-message';

@Component({
  imports: [StatusMessage],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<tp-status-message [message]="message()" />`,
})
class Host {
  readonly message = signal('');
}

describe('StatusMessage', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('shows a message on screen and in a live region, hides it when closed or after a while, and shows the next', async () => {
    await TestBed.configureTestingModule({
      imports: [
        Host,
        TranslocoTestingModule.forRoot({
          langs: { sv: { common: { closeMessage: 'Stäng meddelandet' } } },
          translocoConfig: { availableLangs: ['sv'], defaultLang: 'sv' },
          preloadLangs: true,
        }),
      ],
    }).compileComponents();
    const fixture = TestBed.createComponent(Host);
    const element = fixture.nativeElement as HTMLElement;
    const notice = () => element.querySelector('.status-message') as HTMLElement;
    fixture.detectChanges();
    expect(element.querySelector('[role=status]')).not.toBeNull();
    expect(notice().classList).not.toContain('status-message--shown');

    fixture.componentInstance.message.set('Risken är skapad.');
    fixture.detectChanges();
    expect(notice().classList).toContain('status-message--shown');
    expect(element.querySelector('[role=status]')?.textContent).toBe('Risken är skapad.');
    (element.querySelector('button[aria-label="Stäng meddelandet"]') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(notice().classList).not.toContain('status-message--shown');

    fixture.componentInstance.message.set('Risken är sparad.');
    fixture.detectChanges();
    expect(notice().classList).toContain('status-message--shown');
    jest.advanceTimersByTime(10_000);
    fixture.detectChanges();
    expect(notice().classList).not.toContain('status-message--shown');
    expect(element.querySelector('[role=status]')?.textContent).toBe('Risken är sparad.');
  });
});
