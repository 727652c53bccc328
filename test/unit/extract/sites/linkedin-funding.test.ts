import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../../lib/extract/index';
import { normalizePage } from '../../../../lib/signals/normalize';

// Invented companies on LinkedIn's public company page structure.
const NOW = Date.UTC(2025, 0, 15);
const URL_ = 'https://fi.linkedin.com/company/quillfeather';

function stage(body: string): string | undefined {
  const html = `<html lang="fi"><head><title>Quillfeather | LinkedIn</title></head><body>
    <h1 class="top-card-layout__title">Quillfeather</h1>${body}</body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  return normalizePage(extractPage(doc, URL_, NOW))?.company?.fundingStage?.value;
}

describe('LinkedIn company funding', () => {
  it("reads the funding card's last round, whatever the interface language", () => {
    const card = `<section class="core-section-container funding"><h2>Rahoitus</h2>
      <p>Quillfeather: 3 rahoituskierrosta</p><p class="font-bold">Viimeisin kierros</p>
      <p><a href="https://www.crunchbase.com/funding_round/quillfeather-series-a--1a2b?utm_source=linkedin&trk=funding_last-round">Series A</a></p>
      <a href="https://www.crunchbase.com/organization/quillfeather?trk=funding_crunchbase">Crunchbase</a></section>`;
    expect(stage(card)).toBe('series-a');
  });

  it("reads a listed company's type in Chinese, by the row's key", () => {
    const row = `<dl><div data-test-id="about-us__organizationType"><dt>類型</dt><dd>上市公司</dd></div></dl>`;
    expect(stage(row)).toBe('ipo/public');
  });

  it('reads no round from a link to another page of Crunchbase', () => {
    expect(stage('<a href="https://www.crunchbase.com/organization/quillfeather">Series A</a>')).toBeUndefined();
  });
});
