import { describe, expect, it } from 'vitest';
import { callsItselfDealer } from '../../../../lib/extract/classify/derive';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { nameGroup, pageIndustry } from '../../../../lib/extract/classify/page';
import { statedIndustry } from '../../../../lib/extract/text/industry-row';
import { sampleOf, signalsOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/about', 1);

describe('a machinery dealer', () => {
  it('names itself a dealer, or says it sells and services', () => {
    expect(
      callsItselfDealer(
        ['Quarrel Creek Tractors is the valley’s oldest family dealer for balers.'],
        'Quarrel Creek Tractors',
      ),
    ).toBe(true);
    expect(
      callsItselfDealer(
        ['Since 1990 Bellbird Ag Equipment sells and services mowers across the plains.'],
        'Bellbird Ag Equipment',
      ),
    ).toBe(true);
    expect(callsItselfDealer(['We are a family dealership for two tractor brands.'])).toBe(true);
  });

  it('is not a maker that has dealers', () => {
    expect(callsItselfDealer(['Bellbird Works is a maker with a network of dealers.'], 'Bellbird Works')).toBe(false);
    expect(callsItselfDealer(['We are a dealer-friendly manufacturer of balers.'])).toBe(false);
  });

  it('is not an installer a brand authorised', () => {
    expect(callsItselfDealer(['We are a Frostline Factory Authorized Dealer and a heat pump specialist.'])).toBe(false);
    expect(callsItselfDealer(['We are a certified dealer for two boiler brands.'])).toBe(false);
  });

  it('is retail, however many machinery words its name and page use', () => {
    const signals = signalsOf(
      `<head><title>About | Quarrel Creek Machinery</title></head><body><h1>About Quarrel Creek Machinery</h1>
      <p>Quarrel Creek Machinery is the district's largest independent dealer for tractors, balers and sprayers.</p>
      <p>Our machinery workshop services 600 machines a year. Industrial machinery parts in stock.</p>
      <p>© Quarrel Creek Machinery Pty Ltd</p></body>`,
      'https://quarrelcreek.example/about',
      1,
    );
    expect(signals?.company?.industryGroup?.value).toBe('retail-consumer');
    // The whole pipeline's first run loads every rule module.
  }, 30_000);
});

describe('builders named by their trade', () => {
  it('reads civil and mining contractors and a plural "Constructions" as construction', () => {
    expect(nameGroup('Redgum Civil & Mining')).toBe('real-estate-construction');
    expect(industryGroup('Civil contracting')?.group).toBe('real-estate-construction');
    expect(nameGroup('Tallowwood Constructions')).toBe('real-estate-construction');
  });

  it('keeps French machine and steel making out', () => {
    expect(industryGroup('Constructions mécaniques')?.group).not.toBe('real-estate-construction');
    expect(industryGroup('Constructions métalliques')?.group).not.toBe('real-estate-construction');
  });

  it('reads Uzbek "qurilish" in a name as construction', () => {
    expect(nameGroup('Oqtepa Qurilish')).toBe('real-estate-construction');
  });
});

describe('food processors', () => {
  it('reads a meat works by its stock and its floors', () => {
    const sample = page(
      `<head><title>Our people - Wattle Flat Meats</title><meta name="description"
      content="Wattle Flat Meats, a beef and lamb processor in the tablelands."></head><body><h1>Our people</h1>
      <p>Our kill floors and boning room run two shifts.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('manufacturing');
  });

  it('reads a dairy co-operative as a maker', () => {
    const sample = page(
      `<head><title>Board | Kowhai Flats Dairy Co-operative</title></head><body><h1>Board</h1>
      <p>Kowhai Flats Dairy Co-operative is owned by its 90 dairy farmer suppliers.</p>
      <p>Our site runs a milk powder dryer and a butter plant.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('manufacturing');
  });

  it('reads Russian processors and a Mongolian factory', () => {
    const fruit = page(
      `<head><title>О компании — Садовый Двор</title><meta name="description"
      content="Садовый Двор — переработка фруктов и ягод: соки и пюре."></head><body><h1>О компании</h1>
      <p>Мы перерабатываем яблоки местных садов. Завод в пригороде.</p></body>`,
    );
    expect(pageIndustry(fruit)?.group).toBe('manufacturing');
    const meat = page(
      `<head><title>О нас — Степной Колос</title><meta name="description"
      content="Мясоперерабатывающее предприятие полного цикла."></head><body><h1>О нас</h1>
      <p>Мясокомбинат и склад в областном центре.</p></body>`,
    );
    expect(pageIndustry(meat)?.group).toBe('manufacturing');
    const mill = page(
      `<head><title>Бидний тухай — Хөх Тал</title><meta name="description"
      content="Хөх Тал ХХК — тэжээлийн үйлдвэрлэгч. Feed producer since 2001."></head><body><h1>Бидний тухай</h1>
      <p>Our milling lines grind barley into feed for farms and retail shops.</p></body>`,
    );
    expect(pageIndustry(mill)?.group).toBe('manufacturing');
    // The first Cyrillic pages compile the scripts' word lists.
  }, 30_000);

  it('reads Uzbek processing and drying as manufacturing', () => {
    const sample = page(
      `<head><title>Biz haqimizda - Oltin Vodiy Meva</title><meta name="description"
      content="Oltin Vodiy Meva MChJ - quritilgan meva qayta ishlash."></head><body><h1>Biz haqimizda</h1>
      <p>2010 – quritish sexi ochildi. 2018 – yangi qayta ishlash zavodi.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('manufacturing');
  });
});

describe('Ukrainian spare parts', () => {
  it('are a dealer’s goods, and a maker’s official dealer abroad is no shop word', () => {
    const parts = page(
      `<head><title>Про компанію – Степова Деталь</title><meta name="description"
      content="Запчастини до тракторів і сівалок. Склад в Умані."></head><body><h1>Про компанію</h1>
      <p>Постачаємо запчастини з 2005 року. Безкоштовна доставка від 3 000 грн.</p></body>`,
    );
    expect(pageIndustry(parts)?.group).toBe('retail-consumer');
    const maker = page(
      `<head><title>Контакты — завод кирпича «Южный Кирпич»</title></head><body><h1>Контакты</h1>
      <h2>Завод</h2><h2>Официальный дилер в Бишкеке</h2><p>Кирпич купить со склада завода.</p></body>`,
    );
    expect(pageIndustry(maker)?.group).not.toBe('retail-consumer');
  });
});

describe('farm work and grain storage', () => {
  it('reads an agricultural contractor as other', () => {
    const sample = page(
      `<head><title>Contact | Pukeko Ag Contracting</title><meta name="description"
      content="Baleage, cultivation and drainage for the district. Call Pukeko Ag Contracting."></head>
      <body><h1>Contact us</h1><p>Ring early for silage bookings. Member of the rural contractors' federation.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('other');
  });

  it('reads a Romanian grain elevator as storage and transport', () => {
    const sample = page(
      `<head><title>Despre noi | Silozul Nord</title><meta name="description"
      content="De la elevatorul construit în 1980 la terminalul de cereale din port."></head><body><h1>Despre noi</h1>
      <p>Elevatorul de cereale păstrează și usucă grâul. Terminal de transbordare pe Dunăre.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('transportation-logistics');
  });
});

describe('a geotechnical consultancy', () => {
  it('is professional services, whatever mines it designs for', () => {
    const sample = page(
      `<head><title>Dr Ada Quill – Principal Geotechnical Engineer | Saltbush Engineering</title></head>
      <body><h1>Dr Ada Quill</h1><p>Ada leads our geotechnical practice: slope stability for mine plant and
      foundation design. Saltbush Engineering is a civil and geotechnical consultancy.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('professional-services');
  });
});

describe('Ukrainian IT outsourcing and board cards', () => {
  it('reads "IT-аутсорсинг" as IT services', () => {
    expect(industryGroup('IT-аутсорсинг')?.group).toBe('it-services');
    const sample = page(
      `<head><title>Про нас — Карпатський Код</title><meta name="description"
      content="Карпатський Код — IT-аутсорсинг та аутстафінг зі Львова."></head><body><h1>Про нас</h1>
      <p>Працюємо з 2015 року.</p></body>`,
    );
    expect(pageIndustry(sample)?.group).toBe('it-services');
  });

  it('reads the farming sector in Ukrainian and Russian as other', () => {
    expect(industryGroup('Сільське господарство, агробізнес')?.group).toBe('other');
    expect(industryGroup('Сельское хозяйство')?.group).toBe('other');
    expect(industryGroup('Агробізнес та IT')).toBeUndefined();
  });

  it('reads the trade beside a headcount on an employer card', () => {
    expect(statedIndustry('Орбіта Софт\nIT-аутсорсинг · 40–80 спеціалістів · Сайт\nВакансії')).toBe('IT-аутсорсинг');
    expect(
      statedIndustry(
        'ТОВ «Полтавська Нива» Сільське господарство; 50–100 співробітників\nТОВ «Полтавська Нива»\nСільське господарство\n50–100 співробітників',
      ),
    ).toBe('Сільське господарство');
  });

  it('reads no company name as a trade', () => {
    expect(statedIndustry('Орбіта Софт\n40–80 спеціалістів')).toBeUndefined();
    expect(statedIndustry('ТОВ «Будівельник» Агробізнес; 50–100 співробітників')).toBeUndefined();
  });
});
