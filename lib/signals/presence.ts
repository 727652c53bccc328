import type { PageSignals } from './schema';

/**
 * True when the page yielded at least one company or person value worth sending. Kept apart from schema.ts so the
 * content script can use it without bundling zod.
 */
export function hasSignals(page: PageSignals): boolean {
  const filled = (o: object | undefined) => !!o && Object.values(o).some((v) => v !== undefined);
  return filled(page.company) || filled(page.person);
}
