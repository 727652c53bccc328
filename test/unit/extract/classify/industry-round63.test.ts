import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { withoutThaiMarkets } from '../../../../lib/extract/classify/keywords-th';
import { withoutCjkMarkets } from '../../../../lib/extract/classify/normalize';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;

describe('Norwegian accounting firms', () => {
  it('read as professional services', () => {
    expect(
      groupOf(
        `<head><title>Om oss - Fjellstad Regnskap AS</title>
        <meta name="description" content="Autorisert regnskapsfører for bedrifter i Trøndelag."></head>
        <body><h1>Om oss</h1><p>Fjellstad Regnskap er et regnskapskontor på Steinkjer. Vi fører regnskap, kjører lønn
        og tar årsoppgjøret for håndverkere og butikker, og samarbeider med et revisjonsselskap i byen.</p></body>`,
      ),
    ).toBe('professional-services');
  });

  it('leave a Norwegian builder a builder', () => {
    expect(
      groupOf(
        `<head><title>Byggmester Lunde AS - entreprenør i Molde</title></head>
        <body><h1>Om oss</h1><p>Byggmester Lunde er en entreprenør som bygger boliger, hytter og næringsbygg. Vi tar
        tømrerarbeid, rehabilitering og tilbygg, og har egne fagfolk på bygg og betong.</p></body>`,
      ),
    ).toBe('real-estate-construction');
  });
});

describe('Albanian trades', () => {
  it('read a construction company as construction', () => {
    expect(
      groupOf(
        `<head><title>Rreth nesh - Drini Ndërtim sh.p.k.</title>
        <meta name="description" content="Kompani ndërtimi në Shkodër që nga viti 2009."></head>
        <body><h1>Rreth nesh</h1><p>Drini Ndërtim është një kompani ndërtimi me 80 punonjës. Kemi ndërtuar pallate
        banimi, apartamente dhe ura, dhe kemi bërë rikonstruksionin e disa ndërtesave publike.</p></body>`,
      ),
    ).toBe('real-estate-construction');
  });

  it('read a shoe factory as manufacturing', () => {
    expect(
      groupOf(
        `<head><title>Valbona Shoes - prodhues këpucësh në Durrës</title></head>
        <body><h1>Fabrika jonë</h1><p>Jemi prodhues këpucësh prej lëkure për marka italiane. Fabrika në Durrës ka dy
        linja prodhimi dhe përpunimi i lëkurës bëhet në vend.</p></body>`,
      ),
    ).toBe('manufacturing');
  });
});

describe('Serbian fruit cold stores', () => {
  it('read a Cyrillic fruit freezer as manufacturing', () => {
    expect(
      groupOf(
        `<head><title>О нама | Хладњача Велика Моравица</title>
        <meta name="description" content="Откуп, замрзавање и прерада воћа у Поморављу."></head>
        <body><h1>О нама</h1><p>Наша хладњача годишње замрзава 4.000 тона вишње и купине. Смрзнуто воће се пакује
        у кутије од 10 kg и продаје произвођачима џема широм Европе.</p></body>`,
      ),
    ).toBe('manufacturing');
  });

  it('read a Latin-script one the same way', () => {
    expect(
      groupOf(
        `<head><title>O nama | Hladnjača Zlatna Dolina</title>
        <meta name="description" content="Otkup, zamrzavanje i prerada voća iz Šumadije."></head>
        <body><h1>O nama</h1><p>Hladnjača Zlatna Dolina bavi se zamrzavanjem šljive i maline. Smrznuto voće
        izvozimo u Austriju i Italiju.</p></body>`,
      ),
    ).toBe('manufacturing');
  });

  it('leave a Cyrillic haulier with refrigerated trucks a haulier', () => {
    expect(
      groupOf(
        `<head><title>Транспорт Јелић | међународни превоз робе</title>
        <meta name="description" content="Међународни превоз робе хладњачама и церадама."></head>
        <body><h1>Међународни превоз</h1><p>Возни парк од 40 тегљача и хладњача обавља друмски превоз робе до
        Немачке и Холандије. Нудимо и шпедицију и логистичке услуге.</p></body>`,
      ),
    ).toBe('transportation-logistics');
  });
});

describe('vanilla curers and the French "campagne"', () => {
  it('read a vanilla preparer as manufacturing', () => {
    expect(
      groupOf(
        `<head><title>Qui sommes-nous ? - Vanille d'Andapa</title></head>
        <body><h1>Qui sommes-nous ?</h1><p>Préparateurs de vanille depuis trois générations, nous achetons les
        gousses vertes pendant la campagne. L'échaudage, l'étuvage et le séchage se font dans notre atelier.</p></body>`,
      ),
    ).toBe('manufacturing');
  });

  it('keep an advertising campaign an agency word', () => {
    expect(
      groupOf(
        `<head><title>Agence Lumen - agence de communication à Nantes</title></head>
        <body><h1>Notre agence</h1><p>Nous créons des campagnes publicitaires, l'identité visuelle et la stratégie
        digitale des marques de l'Ouest.</p></body>`,
      ),
    ).toBe('marketing-advertising');
  });
});

describe('Japanese cold-storage warehouses', () => {
  it('read storage and delivery as logistics, the goods stored as cargo', () => {
    expect(
      industryGroup('釧路を拠点に、冷凍水産物・乳製品・食品の保管と配送を行う冷蔵倉庫会社です。', true)?.group,
    ).toBe('transportation-logistics');
    expect(withoutCjkMarkets('冷凍食品の保管')).not.toMatch(/食品/);
  });

  it('keep a food maker a maker', () => {
    expect(withoutCjkMarkets('食品の製造と食品の配送')).toMatch(/製造/);
    expect(industryGroup('北海道産の牛乳を使った菓子と食品の製造を行っています。', true)?.group).toBe('manufacturing');
  });
});

describe('Korean online sellers', () => {
  it('read a producer with its own official mall as retail', () => {
    expect(
      groupOf(
        `<head><title>바다향 멸치 공식몰</title>
        <meta name="description" content="남해 멸치를 산지에서 바로 보내드립니다."></head>
        <body><h1>바다향 멸치 공식몰</h1><p>전체상품 주문조회 상품후기 선물세트</p>
        <p>배송비 3,000원 (5만원 이상 무료배송)</p><p>통신판매업신고 제2020-경남남해-0012호</p></body>`,
      ),
    ).toBe('retail-consumer');
  });

  it('leave a Korean factory page a maker', () => {
    expect(
      groupOf(
        `<head><title>대성정밀 - 자동차 부품 제조</title></head>
        <body><h1>회사소개</h1><p>대성정밀은 자동차 부품을 생산하는 제조업체입니다. 창원 공장에서 금형과 가공,
        용접까지 직접 합니다.</p></body>`,
      ),
    ).toBe('manufacturing');
  });
});

describe('Thai', () => {
  it('reads a factory page as manufacturing', () => {
    expect(
      groupOf(
        `<head><title>บริษัท ไทยรุ่งเรืองอาหาร จำกัด - ผู้ผลิตเส้นก๋วยเตี๋ยวอบแห้ง</title></head>
        <body><h1>เกี่ยวกับเรา</h1><p>บริษัทเป็นผู้ผลิตเส้นก๋วยเตี๋ยวอบแห้ง มีโรงงานที่จังหวัดราชบุรี
        กำลังการผลิตวันละ 40 ตัน</p></body>`,
      ),
    ).toBe('manufacturing');
  });

  it('reads a hotel page as hospitality', () => {
    expect(
      groupOf(
        `<head><title>โรงแรมริมน้ำ เชียงใหม่</title></head>
        <body><h1>ห้องพักและร้านอาหาร</h1><p>โรงแรมของเรามีห้องพัก 60 ห้อง ร้านอาหารริมแม่น้ำปิง
        และบริการจองห้องออนไลน์</p></body>`,
      ),
    ).toBe('hospitality-travel');
  });

  it('reads a stated section and leaves the customers named after "for"', () => {
    expect(industryGroup('การก่อสร้าง')?.group).toBe('real-estate-construction');
    expect(withoutThaiMarkets('ซอฟต์แวร์สำหรับโรงงาน')).not.toMatch(/โรงงาน/);
  });
});
