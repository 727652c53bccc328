import { describe, expect, it } from 'vitest';
import { classifyTitle } from '../../../lib/extract/classify/title';
import { signalsOf } from './read-page';

// Issue 14, the round on the blind LinkedIn set (holdout56): layouts and languages a seller meets. Invented people.

const NOW = Date.UTC(2026, 11, 6);

describe('LinkedIn person pages in more layouts', () => {
  it("reads a company's grouped roles as a list inside its item: the company in bold, the latest role under it", () => {
    const html = `<html><head><title>陈浩然 | 领英</title></head><body><main>
      <section><h1 class="text-heading-xlarge inline t-24 v-align-middle break-words">陈浩然</h1></section>
      <section id="experience"><h2>工作经历</h2><ul class="pvs-list">
      <li class="artdeco-list__item" data-view-name="profile-component-entity">
        <div class="t-bold"><span aria-hidden="true">深圳市鹏芯电子有限公司</span></div>
        <span class="t-14 t-normal"><span aria-hidden="true">全职 · 5 年 2 个月</span></span>
        <ul class="pvs-list">
          <li><div class="t-bold"><span aria-hidden="true">高级销售经理</span></div></li>
          <li><div class="t-bold"><span aria-hidden="true">销售经理</span></div></li>
        </ul></li></ul></section></main></body></html>`;
    const person = signalsOf(html, 'https://cn.linkedin.com/in/haoran-chen', NOW)?.person;
    expect(person?.title?.value).toBe('高级销售经理');
    expect(person?.employer?.value).toBe('深圳市鹏芯电子有限公司');
  });

  it("reads the 2013 profile's current position in the experience section named with '-container'", () => {
    const html = `<html><head><title>Ana Souza | LinkedIn</title></head><body>
      <div id="name"><h1><span class="full-name">Ana Souza</span></h1></div>
      <div id="headline"><p class="title">Estudante de Ciência da Computação | Estagiária na Teclaria</p></div>
      <div id="background-experience-container"><h3>Experiência</h3>
        <div class="section-item current-position"><header><h4><a href="#">Estagiária de Desenvolvimento de Software</a></h4>
        <h5><a href="http://br.linkedin.com/company/teclaria">Teclaria Sistemas</a></h5></header></div></div></body></html>`;
    const person = signalsOf(html, 'https://br.linkedin.com/in/ana-souza', NOW)?.person;
    expect(person?.title?.value).toBe('Estagiária de Desenvolvimento de Software');
    expect(person?.seniority?.value).toBe('intern');
  });

  it("reads a 2014 position's bare h4 and h5 as its title and company", () => {
    const html = `<html><head><title>Jonas Brandt | LinkedIn</title></head><body>
      <div id="name"><h1><span class="full-name">Jonas Brandt</span></h1></div>
      <div id="background-experience"><div class="section-item current-position">
        <h4><a href="#">Leiter Finanzen &amp; Controlling</a></h4>
        <h5><span><strong><a href="https://de.linkedin.com/company/nordlicht-solar">Nordlicht Solar GmbH</a></strong></span></h5>
      </div></div></body></html>`;
    const person = signalsOf(html, 'https://de.linkedin.com/in/jonas-brandt', NOW)?.person;
    expect(person?.title?.value).toBe('Leiter Finanzen & Controlling');
    expect(person?.employer?.value).toBe('Nordlicht Solar GmbH');
  });

  it("reads the public page's location from the span alone in its subheader, without the follower count", () => {
    const html = `<html><head><title>ريم | LinkedIn</title></head><body><section class="top-card-layout">
      <h1 class="top-card-layout__title">ريم الحمادي</h1><h2 class="top-card-layout__headline">مديرة التسويق</h2>
      <h3 class="top-card-layout__first-subline"><div class="profile-info-subheader"><span>الشارقة، الإمارات العربية المتحدة</span></div>
      <span>3,418 متابع</span></h3></section></body></html>`;
    const person = signalsOf(html, 'https://ae.linkedin.com/in/reem-alhammadi', NOW)?.person;
    expect(person?.location?.value).toContain('الشارقة');
  });
});

describe('departments of more titles', () => {
  it('files sourcing under operations and a legal director in French or Spanish under legal', () => {
    expect(classifyTitle('VP Global Sourcing').department).toBe('operations');
    expect(classifyTitle('Directrice juridique').department).toBe('legal');
    expect(classifyTitle('Directora Jurídica').department).toBe('legal');
  });
});
