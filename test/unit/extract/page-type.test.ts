import { describe, expect, it } from 'vitest';
import { effectiveOgType, isStoryType } from '../../../lib/extract/page-type';

const ABOUT = 'https://acme.example/about-us/';

describe('og:type as the page means it', () => {
  it("reads a WordPress SEO plugin's `article` on an ordinary page as a plain page", () => {
    // Yoast: every page but the home page says `article`; its graph says WebPage, and only posts carry a publication time.
    expect(effectiveOgType('article', undefined, ['WebPage', 'WebSite'], ABOUT)).toBeUndefined();
    // Rank Math states a publication time on pages too: the graph's ContactPage settles it.
    expect(effectiveOgType('article', '2021-06-02', ['Organization', 'ContactPage'], ABOUT)).toBeUndefined();
    expect(effectiveOgType('article', undefined, [], ABOUT)).toBeUndefined();
  });

  it('keeps `article` when a story type, a publication time or a story path confirms it', () => {
    expect(effectiveOgType('article', undefined, ['WebPage', 'BlogPosting'], ABOUT)).toBe('article');
    expect(effectiveOgType('article', undefined, ['https://schema.org/NewsArticle'], ABOUT)).toBe('article');
    expect(effectiveOgType('Article', '2016-05-16T10:00:00Z', [], ABOUT)).toBe('article');
    expect(effectiveOgType('article', undefined, [], 'https://news.example/blog/2016/05/16/funding')).toBe('article');
    expect(effectiveOgType('article', undefined, [], 'https://acme.example/2019/3/launch')).toBe('article');
    expect(effectiveOgType('article', undefined, [], 'https://acme.example/fr/actualites/salon')).toBe('article');
  });

  it('returns any other type as stated, lower case, and nothing for none', () => {
    expect(effectiveOgType(' Website ', undefined, ['NewsArticle'], ABOUT)).toBe('website');
    expect(effectiveOgType('restaurant', undefined, [], ABOUT)).toBe('restaurant');
    expect(effectiveOgType(undefined, '2020-01-01', [], ABOUT)).toBeUndefined();
    expect(effectiveOgType('article', undefined, [], 'not a url')).toBeUndefined();
  });

  it('tells story types from page types', () => {
    expect(isStoryType('http://schema.org/ReportageNewsArticle')).toBe(true);
    expect(isStoryType('TechArticle')).toBe(true);
    expect(isStoryType('AboutPage')).toBe(false);
    expect(isStoryType('Organization')).toBe(false);
  });
});
