import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Delivery, DeliveryLog } from '@tryggplan/shared/domain';
import { MessagesPage } from './messages-page';
import { specTransloco } from '@tryggplan/web/testing';

const delivery = (overrides: Partial<Delivery> = {}): Delivery => ({
  id: 'd1',
  eventId: 'e1',
  kind: 'personal-link',
  channel: 'email',
  recipient: 'anna@example.se',
  recipientName: 'Anna Andersson',
  participantId: 'p1',
  status: 'sent',
  attempts: 1,
  lastError: null,
  createdAt: '2027-06-28T08:00:00.000Z',
  updatedAt: '2027-06-28T08:00:01.000Z',
  nextAttemptAt: null,
  sentAt: '2027-06-28T08:00:01.000Z',
  ...overrides,
});

describe('MessagesPage', () => {
  let http: HttpTestingController;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [MessagesPage, specTransloco(['core', 'messages'])],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  const settle = async () => {
    for (let round = 0; round < 3; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      await TestBed.inject(ApplicationRef).whenStable();
    }
  };

  const open = async (log: DeliveryLog) => {
    const fixture = TestBed.createComponent(MessagesPage);
    fixture.componentRef.setInput('eventId', 'e1');
    fixture.detectChanges();
    http.expectOne((req) => req.url === '/api/events/e1/deliveries').flush(log);
    await settle();
    fixture.detectChanges();
    return fixture;
  };

  it('lists deliveries with their status in words, a pending retry said as such, times in Stockholm', async () => {
    const fixture = await open({
      items: [
        delivery(),
        delivery({
          id: 'd2',
          recipientName: 'Bo Berg',
          status: 'queued',
          attempts: 2,
          lastError: '451 busy',
        }),
      ],
      total: 2,
      channels: { email: true, sms: false },
    });
    const rows = [...(fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')].map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).toContain('Anna Andersson');
    expect(rows[0]).toContain('Personlig länk');
    expect(rows[0]).toContain('Skickat');
    expect(rows[0]).toContain('10:00');
    expect(rows[1]).toContain('Nytt försök väntar');
    expect(rows[1]).toContain('451 busy');
  });

  it('says sending is off instead of offering to send', async () => {
    const fixture = await open({ items: [], total: 0, channels: { email: false, sms: false } });
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Utskick är avstängt.');
    expect(text).toContain('Inget har skickats ännu.');
    const buttons = [...(fixture.nativeElement as HTMLElement).querySelectorAll('button')].map((b) =>
      b.textContent?.trim(),
    );
    expect(buttons).not.toContain('Skicka personliga länkar');
  });

  it('confirms with the number of people before sending everyone new links', async () => {
    const fixture = await open({ items: [], total: 0, channels: { email: true, sms: false } });
    const element = fixture.nativeElement as HTMLElement;
    const dialog = element.querySelector('dialog') as HTMLDialogElement;
    dialog.showModal = jest.fn(() => dialog.setAttribute('open', ''));
    dialog.close = jest.fn(() => dialog.removeAttribute('open'));
    const sendButton = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Skicka personliga länkar',
    ) as HTMLButtonElement;
    sendButton.click();
    http.expectOne((req) => req.url === '/api/events/e1/participants').flush({ items: [], total: 3 });
    await settle();
    fixture.detectChanges();
    expect(dialog.textContent).toContain('Skicka nya länkar till alla 3 deltagare?');
    expect(dialog.textContent).toContain('slutar fungera');

    const confirm = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Skicka');
    confirm?.click();
    const send = http.expectOne('/api/events/e1/participant-links/send');
    expect(send.request.body).toEqual({});
    send.flush({
      queued: 2,
      skipped: [{ participantId: 'p3', fullName: 'Cecilia Ek', reason: 'no-address' }],
    });
    await settle();
    http
      .expectOne((req) => req.url === '/api/events/e1/deliveries')
      .flush({
        items: [delivery()],
        total: 1,
        channels: { email: true, sms: false },
      });
    await settle();
    fixture.detectChanges();
    expect(element.textContent).toContain('2 meddelanden ligger i kö för att skickas.');
    expect(element.textContent).toContain('Cecilia Ek');
  });
});
