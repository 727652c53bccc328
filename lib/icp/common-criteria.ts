import type { CompanyCriterion } from './schema';

/** A must shared by the B2B presets: public-sector buyers follow procurement rules these sellers cannot meet. */
export const NO_PUBLIC_SECTOR: CompanyCriterion = {
  id: 'no-public-sector',
  label: 'Not government or nonprofit',
  field: 'industryGroup',
  op: 'notIn',
  target: ['government-nonprofit'],
  weight: 0,
  knockout: true,
};
