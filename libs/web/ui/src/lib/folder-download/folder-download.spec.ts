import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { FolderDownload } from './folder-download';

describe('FolderDownload', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [FolderDownload, TranslocoTestingModule.forRoot({ langs: { sv: {} }, preloadLangs: true })],
    }).compileComponents();
  });

  async function render() {
    const fixture = TestBed.createComponent(FolderDownload);
    fixture.componentRef.setInput('idPrefix', 'zip');
    fixture.componentRef.setInput('kind', 'zip');
    fixture.componentRef.setInput(
      'url',
      (format: string, lang: string) => `/api/x.zip?format=${format}&lang=${lang}`,
    );
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const choose = async (id: string, value: string) => {
      const select = page.querySelector<HTMLSelectElement>(`#${id}`) as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await fixture.whenStable();
    };
    return { fixture, page, choose };
  }

  it('links the plain download in the chosen format and language, A6 in Swedish first', async () => {
    const { page, choose } = await render();
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/api/x.zip?format=a6&lang=sv');
    await choose('zip-format', 'a4');
    await choose('zip-lang', 'en');
    expect(page.querySelector('a')?.getAttribute('href')).toBe('/api/x.zip?format=a4&lang=en');
    expect(page.querySelector('form')).toBeNull();
  });

  it('posts to the same address when new links are asked for, and says so when it starts', async () => {
    const { fixture, page } = await render();
    const replaced = jest.fn();
    fixture.componentInstance.linksReplaced.subscribe(replaced);
    const box = page.querySelector<HTMLInputElement>('#zip-links') as HTMLInputElement;
    expect(box.getAttribute('aria-describedby')).toBe('zip-links-hint');
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const form = page.querySelector('form') as HTMLFormElement;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/api/x.zip?format=a6&lang=sv');
    expect(page.querySelector('a.button')).toBeNull();
    // jsdom cannot navigate: stop the real submission, keep Angular's handler.
    form.addEventListener('submit', (event) => event.preventDefault());
    form.dispatchEvent(new Event('submit', { cancelable: true }));
    expect(replaced).toHaveBeenCalledTimes(1);
  });
});
