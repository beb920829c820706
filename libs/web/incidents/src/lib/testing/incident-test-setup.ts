import { specTransloco } from '@tryggplan/web/testing';

export { FakeEventSource } from '@tryggplan/web/testing';

/** Transloco with the real core and incidents texts, Swedish first, for component specs of this lib. */
export function incidentTransloco() {
  return specTransloco(['core', 'incidents']);
}
