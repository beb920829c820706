import { specTransloco } from '@tryggplan/web/testing';

export { FakeEventSource } from '@tryggplan/web/testing';

/** Transloco with the real core and partners texts, Swedish first, for component specs of this lib. */
export function partnerTransloco() {
  return specTransloco(['core', 'partners']);
}
