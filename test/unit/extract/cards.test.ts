import { describe, expect, it } from 'vitest';
import { cardCompany } from '../../../lib/extract/cards';
import { readCards } from '../../../lib/extract/collect/cards';
import { parseSource } from '../../../lib/signals/source-schema';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
const ctx = { url: 'https://www.holmfeld.example/kontakt', observedAt: 1 };

describe('microformat cards as the content script reads them', () => {
  it('reads h-card and hCard properties under one name each, a nested card as one value', () => {
    const cards = readCards(
      doc(`<div class="h-card"><span class="p-name">Ada Holm</span><span class="p-job-title">CEO</span>
        <div class="p-org h-card"><span class="p-name">Holmfeld GmbH</span><span class="p-locality">Kiel</span></div></div>
        <div class="vcard"><span class="fn org">Holmfeld GmbH</span><a class="url" href="https://holmfeld.example/">site</a>
        <div class="adr"><span class="street-address">Hafenweg 3</span><span class="postal-code">24103</span>
        <span class="locality">Kiel</span></div></div>`),
    );
    expect(cards).toEqual([
      { name: 'Ada Holm', title: 'CEO', org: 'Holmfeld GmbH' },
      {
        name: 'Holmfeld GmbH',
        org: 'Holmfeld GmbH',
        url: 'https://holmfeld.example/',
        street: 'Hafenweg 3',
        postalCode: '24103',
        locality: 'Kiel',
      },
    ]);
  });

  it("never takes a past position's organization for the employer (LinkedIn's 2010-2015 profile card)", () => {
    const cards = readCards(
      doc(`<div class="vcard"><span class="fn">Aoife Brennan</span><p class="headline-title title">Head of Buying</p>
        <dd class="summary-past"><ul class="past"><li><span class="org">Old Dairy Ltd</span></li></ul></dd>
        <div class="position past-position"><span class="org">Old Dairy Ltd</span></div>
        <div class="position current-position"><span class="org">Glenfield Foods</span></div></div>`),
    );
    expect(cards?.[0]?.org).toBe('Glenfield Foods');
  });

  it('ignores class names that are object members and caps the number of cards', () => {
    const many = Array.from({ length: 30 }, (_, i) => `<div class="vcard"><span class="fn">P${i}</span></div>`).join(
      '',
    );
    const cards = readCards(
      doc(`<div class="h-card"><span class="constructor __proto__ p-name">X</span></div>${many}`),
    );
    expect(cards?.[0]).toEqual({ name: 'X' });
    expect(Object.getPrototypeOf(cards?.[0])).toBe(Object.prototype);
    expect(cards?.length).toBe(8);
  });

  it('drops unknown card keys in the message schema', () => {
    const raw = JSON.parse(
      '{"url":"https://a.example/","extractedAt":1,"title":"","jsonLd":[],"metas":[],"cards":[{"org":"A","__proto__":{"x":1},"evil":"y"}]}',
    );
    expect(parseSource(raw)?.cards).toEqual([{ org: 'A' }]);
  });
});

describe("the page's organization from its cards", () => {
  it("takes the card whose site is the page's own, with its address and country from the postcode", () => {
    const company = cardCompany(
      [
        { org: 'Partner AG', url: 'https://partner.example/' },
        {
          org: 'Holmfeld GmbH',
          url: 'https://holmfeld.example/',
          street: 'Hafenweg 3',
          postalCode: '24103',
          locality: 'Kiel',
        },
      ],
      ctx,
      'holmfeld.example',
      'de',
    );
    expect(company?.name?.value).toBe('Holmfeld GmbH');
    expect(company?.hq?.value).toMatchObject({ city: 'Kiel', postalCode: '24103', country: 'DE' });
  });

  it("gives nothing for a list of several organizations' cards, nor for a person's card", () => {
    const partners = [{ org: 'Alpha Ltd' }, { org: 'Beta Ltd' }];
    expect(cardCompany(partners, ctx, 'holmfeld.example')).toBeUndefined();
    expect(cardCompany([{ name: 'Ada Holm', title: 'CEO', org: 'Holmfeld' }], ctx, undefined)).toBeUndefined();
  });

  it('never takes an area label for the city', () => {
    const company = cardCompany([{ org: 'Holmfeld', locality: 'Greater Austin Area' }], ctx, undefined);
    expect(company?.hq?.value.city).toBeUndefined();
  });
});
