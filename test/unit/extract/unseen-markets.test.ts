import { describe, expect, it } from 'vitest';
import { headcount } from '../../../lib/extract/text/headcount';

// Issue 14, a twenty-third and a twenty-fourth set written blind (what an SDR opens on North-American, British and
// Australian accounts; English and bilingual pages from South Asia, Africa, the Gulf and South-East Asia): structures
// their pages had that no rule read. Invented companies and places.

describe('headcounts as these markets state them', () => {
  it.each([
    [
      'Today more than 320 engineers, designers, QA analysts and project managers work from our Lahore office',
      { min: 320 },
    ],
    ['Fifty-four years on, 48 of us work from our factory on the estate', { min: 48, max: 48 }],
    ['Our team is 180+ people across Reston and Boise', { min: 180 }],
    ['We employ over 400 permanent staff, and casual workers at peak', { min: 400 }],
    ['Who we are\n5,200\npeople employed, 68% of them women\n17\nexport countries', { min: 5200, max: 5200 }],
    ['Our numbers\n650+dedicated staff\n46international principals', { min: 650 }],
    ['Key figures\n27brokers and claims staff\nOur story', { min: 27, max: 27 }],
    ['Our year\n180\nLumowisers (our team)\n2.3M\nregistered users', { min: 180, max: 180 }],
  ])('reads %j', (text, range) => {
    expect(headcount(text)?.range).toEqual(range);
  });

  it.each([
    'Our team is 100% remote, and 24 hours on call',
    'More than 500 customers, partners and users work with our app every day',
    'Ten of us work with the client on site',
  ])('counts nobody in %j', (text) => {
    expect(headcount(text)).toBeUndefined();
  });
});
