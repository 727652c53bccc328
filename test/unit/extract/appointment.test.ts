import { describe, expect, it } from 'vitest';
import { appointedPerson } from '../../../lib/extract/appointment';
import { signalsOf } from './read-page';

/** Appointment notices (lib/extract/appointment.ts), in the languages they are written in. Invented people and firms. */
const NOW = Date.UTC(2026, 11, 1);
const ctx = { url: 'https://news.example/people/moves', observedAt: NOW };
const read = (...texts: string[]) => {
  const p = appointedPerson(texts, ctx);
  return p && [p.name?.value, p.title?.value, p.employer?.value];
};

describe('the person an appointment notice is about', () => {
  it.each([
    [
      'Korvala Robotics appoints Jane Okafor as Chief Financial Officer',
      'Jane Okafor',
      'Chief Financial Officer',
      'Korvala Robotics',
    ],
    [
      'Korvala Robotics Names Jane Okafor As Chief Revenue Officer | Trade Weekly',
      'Jane Okafor',
      'Chief Revenue Officer',
      'Korvala Robotics',
    ],
    ['Tomás Ibarra joins Brisa Solar as Head of Sales', 'Tomás Ibarra', 'Head of Sales', 'Brisa Solar'],
    ['Priya Raman named CFO of Halden Foods', 'Priya Raman', 'CFO', 'Halden Foods'],
    ['Nordlys Varme har ansatt Kari Lunde som ny salgssjef', 'Kari Lunde', 'salgssjef', 'Nordlys Varme'],
    ['Vejle Stålspær A/S ansætter Mette Riis som salgsdirektør', 'Mette Riis', 'salgsdirektør', 'Vejle Stålspær A/S'],
    [
      'Stadtwerke Emsland ernennt Anna Kröger zur Geschäftsführerin',
      'Anna Kröger',
      'Geschäftsführerin',
      'Stadtwerke Emsland',
    ],
    [
      'Claire Vasseur nommée directrice générale de Fromagerie Dubreuil',
      'Claire Vasseur',
      'directrice générale',
      'Fromagerie Dubreuil',
    ],
    [
      'Grupo Textil Andino nombra a María Quispe nueva directora financiera',
      'María Quispe',
      'directora financiera',
      'Grupo Textil Andino',
    ],
    [
      'Marco Bellandi è il nuovo amministratore delegato di Ferramenta Lariana',
      'Marco Bellandi',
      'amministratore delegato',
      'Ferramenta Lariana',
    ],
    ['Veldkamp Logistiek benoemt Pieter van Eck tot CFO', 'Pieter van Eck', 'CFO', 'Veldkamp Logistiek'],
    ['Anna Sjöberg blir ny vd för Norrlands Trähus AB', 'Anna Sjöberg', 'vd', 'Norrlands Trähus AB'],
    ['Lars-Erik Nyqvist utses till ny vd för Bergslagens Kabel', 'Lars-Erik Nyqvist', 'vd', 'Bergslagens Kabel'],
    [
      'Hélène Brassac nommée directrice générale des Tanneries de la Dronne',
      'Hélène Brassac',
      'directrice générale',
      'Tanneries de la Dronne',
    ],
    [
      'Julián Restrepo Mejía asume como gerente general de la Tostadora El Roble',
      'Julián Restrepo Mejía',
      'gerente general',
      'Tostadora El Roble',
    ],
    [
      'Chi è Elena Gualtieri, la nuova direttrice generale di Vetreria Brianzola',
      'Elena Gualtieri',
      'direttrice generale',
      'Vetreria Brianzola',
    ],
    [
      'Obchodní ředitel Brnotex Jan Novotný: Bez exportu bychom nepřežili',
      'Jan Novotný',
      'Obchodní ředitel',
      'Brnotex',
    ],
    ['Lakeuden Kone nimitti Jari Virtasen toimitusjohtajaksi', 'Jari Virtanen', 'toimitusjohtaja', 'Lakeuden Kone'],
    ['北陸精機、新社長に佐藤健一氏　生え抜き', '佐藤健一', '社長', '北陸精機'],
    ['Јелена Вуковић нова генерална директорка „Бачка Млин“', 'Јелена Вуковић', 'генерална директорка', 'Бачка Млин'],
    [
      'Олег Смирнов новый генеральный директор компании «Камский Пресс»',
      'Олег Смирнов',
      'генеральный директор',
      'Камский Пресс',
    ],
    [
      'Η Μαρία Κωνσταντίνου νέα Διευθύνουσα Σύμβουλος της Ηπειρωτικά Γαλακτοκομικά',
      'Μαρία Κωνσταντίνου',
      'Διευθύνουσα Σύμβουλος',
      'Ηπειρωτικά Γαλακτοκομικά',
    ],
    ['한결전자, 신임 대표이사에 박서준 전무 선임', '박서준', '대표이사', '한결전자'],
    ['华锐精工任命周思远为总经理 创始人转任董事长', '周思远', '总经理', '华锐精工'],
    ['[CEO 인터뷰] 이서윤 (주)한라정밀 대표이사 "수소 밸브로 세계 시장"', '이서윤', '대표이사', '(주)한라정밀'],
    ['株式会社北越精工 代表取締役社長 村井 和也のご挨拶', '村井 和也', '代表取締役社長', '株式会社北越精工'],
  ])('%s', (headline, name, title, employer) => {
    expect(read(headline)).toEqual([name, title, employer]);
  });

  it('reads a summary past its dateline, an age in brackets and a start date', () => {
    expect(
      read(
        'OSLO, 3 March 2026 — Fjellkraft Bygg AS has appointed Ola Brekke (52) as its new Chief Operating Officer, effective 1 April.',
      ),
    ).toEqual(['Ola Brekke', 'Chief Operating Officer', 'Fjellkraft Bygg AS']);
  });

  it('reads a notice whose subject is the board', () => {
    expect(read('Styrelsen för Dalkraft Nät AB har utsett Eva Lindqvist till ny verkställande direktör.')).toEqual([
      'Eva Lindqvist',
      'verkställande direktör',
      'Dalkraft Nät AB',
    ]);
  });

  it("never takes a company's possessive for a name", () => {
    expect(read("Welcome, Sam Ortiz: Prairie Ledger's new VP of Engineering")).toBeUndefined();
  });

  it('takes the headline before the title and the summary', () => {
    expect(
      read(
        'Sara Lind joins Polarfisk as Head of Marketing',
        'People moves | Seafood Weekly',
        'Ivo Berg named CEO of Kystnett',
      ),
    ).toEqual(['Sara Lind', 'Head of Marketing', 'Polarfisk']);
  });

  it.each([
    'Jane Okafor, CFO of Korvala Robotics, on why costs matter',
    'Korvala Robotics wins award for best CFO',
    'Interview: Peter Hale says costs matter',
    'Korvala Robotics appoints new auditor',
    'Korvala Robotics hires 40 engineers in Tampere',
  ])('finds no notice in "%s"', (text) => {
    expect(read(text)).toBeUndefined();
  });
});

describe('an appointment notice on a news page', () => {
  it("gives its subject with the company that appointed them, beside the publisher's company", () => {
    const html = `<html lang="en"><head><title>Halden Foods names Priya Raman chief financial officer - Nordic Grocer</title>
      <meta property="og:site_name" content="Nordic Grocer">
      <meta name="description" content="The Bergen dairy group picked its new finance chief from a rival."></head>
      <body><header><a href="/">Nordic Grocer</a></header>
      <h1>Halden Foods names Priya Raman chief financial officer</h1>
      <p class="byline">By Lars Moen, Senior Reporter</p>
      <p>Halden Foods has named Priya Raman, previously finance director at Ostfold Meieri, as chief financial officer.</p>
      <footer>© 2026 Nordic Grocer AS</footer></body></html>`;
    const person = signalsOf(html, 'https://nordicgrocer.example/people/halden-foods-cfo', NOW)?.person;
    expect([person?.name?.value, person?.title?.value, person?.employer?.value]).toEqual([
      'Priya Raman',
      'chief financial officer',
      'Halden Foods',
    ]);
  });
});
