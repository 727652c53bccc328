import { describe, expect, it } from 'vitest';
import { readVoyager } from '../../../../lib/extract/sites/linkedin-data';

// Synthetic embedded responses, shaped as LinkedIn's hidden <code> blocks.
function page(...responses: object[]): Document {
  const blocks = responses
    .map((r, i) => `<code id="bpr-guid-${i}" style="display: none">${JSON.stringify(r).replace(/</g, '&lt;')}</code>`)
    .join('');
  return new DOMParser().parseFromString(`<body>${blocks}</body>`, 'text/html') as unknown as Document;
}
const company = (universalName: string, id: number) => ({
  $type: 'com.linkedin.voyager.dash.organization.Company',
  entityUrn: `urn:li:fsd_company:${id}`,
  universalName,
  name: universalName,
});

describe('readVoyager', () => {
  const doc = page({ included: [company('acme', 1)] }, { included: [company('acme-labs', 2), company('other', 3)] });

  it('parses only the responses that name the page subject, by slug or by id', () => {
    const names = (subject?: string) =>
      readVoyager(doc, 'organization.Company', subject).entities.map((e) => e.universalName);
    expect(names('acme')).toEqual(['acme']);
    expect(names('ACME')).toEqual(['acme']);
    expect(names('3')).toEqual(['acme-labs', 'other']);
    expect(names()).toEqual(['acme', 'acme-labs', 'other']);
  });

  it('filters nothing for a slug the JSON may escape', () => {
    expect(readVoyager(doc, 'organization.Company', 'bäckerei').entities).toHaveLength(3);
  });
});
