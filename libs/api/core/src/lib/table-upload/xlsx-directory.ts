import yauzl from 'yauzl';

/** More parts than any workbook has: reading a directory that long is itself the attack. */
const MAX_ZIP_ENTRIES = 1_000;

export type ZipDirectoryVerdict = 'ok' | 'too-large' | 'not-a-zip';

/**
 * Adds up the unpacked sizes that an XLSX's zip directory declares, without inflating anything, so a
 * small file that unpacks to gigabytes is refused before a reader touches it.
 */
export function checkZipDirectory(bytes: Buffer, maxUnzippedBytes: number): Promise<ZipDirectoryVerdict> {
  return new Promise((resolve) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, autoClose: false }, (error, zip) => {
      if (error || !zip) return resolve('not-a-zip');
      let total = 0;
      let open = true;
      const finish = (verdict: ZipDirectoryVerdict) => {
        if (open) zip.close();
        open = false;
        resolve(verdict);
      };
      if (zip.entryCount > MAX_ZIP_ENTRIES) return finish('not-a-zip');
      zip.on('entry', (entry: yauzl.Entry) => {
        total += entry.uncompressedSize;
        if (total > maxUnzippedBytes) finish('too-large');
        else zip.readEntry();
      });
      zip.on('end', () => finish('ok'));
      zip.on('error', () => finish('not-a-zip'));
      zip.readEntry();
    });
  });
}
