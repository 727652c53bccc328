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

describe('readVoyager with request datalets', () => {
  // Each response is followed by its datalet, as the logged-in app renders them.
  function paired(...pairs: Array<[request: string, response: object]>): Document {
    const blocks = pairs
      .map(([request, response], i) => {
        // Saved pages break lines inside JSON strings: the escaped breaks become raw ones here.
        const body = JSON.stringify(response).replace(/</g, '&lt;').replace(/\\n/g, '\n');
        const datalet = JSON.stringify({ request, status: 200, body: `bpr-guid-${i}` });
        return `<code style="display: none" id="bpr-guid-${i}">${body}</code><code style="display: none" id="datalet-bpr-guid-${i}">${datalet}</code>`;
      })
      .join('');
    return new DOMParser().parseFromString(`<body>${blocks}</body>`, 'text/html') as unknown as Document;
  }
  const names = (doc: Document, subject: string) =>
    readVoyager(doc, 'organization.Company', subject).entities.map((e) => e.universalName);

  it('reads only the responses requested by the subject name, raw line breaks repaired', () => {
    const doc = paired(
      ['/voyager/api/feed?count=10', { included: [company('acme', 1), company('globex', 2)] }],
      [
        '/voyager/api/graphql?variables=(universalName%3Aacme)',
        { included: [{ ...company('acme', 1), description: 'Rockets.\nAnvils.' }] },
      ],
    );
    expect(names(doc, 'acme')).toEqual(['acme']);
  });

  it('finds nothing when no request names the subject, even where a feed mentions it', () => {
    const doc = paired(['/voyager/api/feed', { included: [company('acme', 1)] }]);
    expect(names(doc, 'acme')).toEqual([]);
  });
});
