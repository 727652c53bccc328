import { ANALYTICS } from './data-analytics';
import { SALES } from './data-sales';
import { SERVICE } from './data-service';
import { WEB } from './data-web';
import type { Fingerprint } from './types';

export type { Fingerprint, TechCategory } from './types';
export { TECH_CATEGORIES } from './types';

/** Every fingerprint the detector knows; names are unique and written as the vendors write them. */
export const FINGERPRINTS: readonly Fingerprint[] = [...SALES, ...SERVICE, ...ANALYTICS, ...WEB];
