import { describe, expect, it } from 'vitest';
import { callsItselfDistributor } from '../../../../lib/extract/classify/derive';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Invented text only: the held-out pages (holdout85, holdout86) are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/about', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;

describe('a business process outsourcer', () => {
  it('is professional services as a board states it, whatever account a posting names', () => {
    expect(industryGroup('BPO / Call Center')?.group).toBe('professional-services');
    expect(industryGroup('Contact Centre Outsourcing')?.group).toBe('professional-services');
  });
});

describe('a Thai board stating a trade in goods', () => {
  it('is retail when the label opens on selling', () => {
    expect(industryGroup('จำหน่ายเครื่องมือช่างและอะไหล่')?.group).toBe('retail-consumer');
    expect(industryGroup('ตัวแทนจำหน่ายสายพานลำเลียง')?.group).toBe('retail-consumer');
  });

  it('is not retail when it makes the goods too', () => {
    expect(industryGroup('ผลิตและจำหน่ายชิ้นส่วนโลหะ')?.group).not.toBe('retail-consumer');
  });
});

describe('an industrial distributor', () => {
  it('names itself one', () => {
    expect(
      callsItselfDistributor(
        'What started as a one-counter seal shop is now one of the coast’s largest independent industrial distributors.',
      ),
    ).toBe(true);
    expect(callsItselfDistributor('We are an industrial distributor of bearings and belts.')).toBe(true);
  });

  it('is not a maker that sells through distributors', () => {
    expect(callsItselfDistributor('We sell our gearboxes through industrial distributors in nine countries.')).toBe(
      false,
    );
  });
});

describe('goods made by hand', () => {
  it('are a workshop’s making, not a shop’s furniture', () => {
    expect(industryGroup('Hand-carved teak furniture from our family workshop in the hills.', true)?.group).toBe(
      'manufacturing',
    );
  });
});

describe('a coffee processor', () => {
  it('makes what it sells: its coffee words are its goods', () => {
    expect(
      groupOf(`<head><title>About | Misty Ridge Coffee</title>
      <meta name="description" content="Misty Ridge Coffee Processing Inc. pulps and dries arabica at its own wet mill."></head><body><h1>About us</h1>
      <p>Misty Ridge Coffee Processing Inc. buys ripe cherries from 300 growers and pulps them at our own wet mill.</p>
      <p>We sell specialty coffee and green coffee to roasters abroad. Coffee exporters since 2009.</p></body>`),
    ).toBe('manufacturing');
  });

  it('is a maker as a description names it', () => {
    expect(industryGroup('Highvale Beans Ltd - arabica processor in the northern hills.', true)?.group).toBe(
      'manufacturing',
    );
  });

  it('is still retail as a roaster and café that processes nothing', () => {
    expect(
      groupOf(`<head><title>Our coffee | Lantern Roasters</title></head><body><h1>Specialty coffee roastery</h1>
      <p>Lantern Roasters roasts specialty coffee every week. Order beans online, free shipping.</p>
      <p>Visit our roastery café for espresso and cheeses from the valley.</p></body>`),
    ).toBe('retail-consumer');
  });
});

describe('software for plants', () => {
  it('is software: "plant MES" and "the plants we serve" are its market', () => {
    expect(
      groupOf(`<head><title>Kestrelworks | Plant MES for refineries</title></head><body>
      <h1>Plant software, built beside the plants we serve.</h1>
      <p>Kestrelworks builds plant MES and historian software. Book a demo.</p>
      <p>Founded by control engineers from an industrial estate; 30 people, 22 of them software developers.</p>
      <p>Plant analytics platform: data from every plant in one place.</p></body>`),
    ).toBe('software');
  });

  it('is software in Japanese: the customers a posting names are not its trade', () => {
    expect(
      groupOf(`<head><title>組込みソフトウェアエンジニア | 株式会社ミナミ</title></head><body><h1>会社概要</h1>
      <p>当社は工作機械向けの組込みソフトウェアとファームウェアを開発しています。</p>
      <p>お客様は県内の工作機械メーカーや射出成形機メーカーが中心です。</p>
      <p>ソフトウェアエンジニア30名。</p></body>`),
    ).toBe('software');
  });
});

describe('processors in Southeast Asia', () => {
  it('reads a palm oil mill and a crumb rubber maker in Indonesian', () => {
    expect(
      groupOf(`<head><title>Tentang Kami | PT Sawit Lestari Jaya</title>
      <meta name="description" content="PT Sawit Lestari Jaya, perusahaan pengolahan kelapa sawit di Kalimantan."></head><body><h1>Tentang Kami</h1>
      <p>PT Sawit Lestari Jaya adalah perusahaan pengolahan kelapa sawit di Kalimantan.</p>
      <p>Kantor pusat di Samarinda.</p></body>`),
    ).toBe('manufacturing');
    expect(
      groupOf(`<head><title>Profil | PT Karet Sungai Emas</title>
      <meta name="description" content="PT Karet Sungai Emas, pengolahan karet remah di Sumatera Selatan."></head><body><h1>Profil</h1>
      <p>PT Karet Sungai Emas adalah produsen karet remah (crumb rubber) di Palembang.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads a Vietnamese seafood processor', () => {
    expect(
      groupOf(`<head><title>Giới thiệu | Công ty Thủy sản Bến Tre Xanh</title>
      <meta name="description" content="Công ty Thủy sản Bến Tre Xanh chuyên chế biến, xuất khẩu cá tra đông lạnh."></head><body><h1>Giới thiệu</h1>
      <p>Công ty chuyên chế biến, xuất khẩu cá tra và mực đông lạnh.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads a tuna cannery', () => {
    expect(
      groupOf(`<head><title>Company Profile | Bluefin Bay Foods</title></head><body><h1>Who we are</h1>
      <p>Bluefin Bay Foods is a tuna canner on the southern coast. Our canning plant packs 90 tonnes a day.</p>
      <p>Our fleet partners land the catch at the port; we ship canned tuna to 20 countries.</p></body>`),
    ).toBe('manufacturing');
  });
});

describe('a Thai building services contractor', () => {
  it('is construction by its electrical, plumbing and air conditioning works', () => {
    expect(
      groupOf(`<head><title>ติดต่อเรา | บริษัท ลำน้ำ เอ็นจิเนียริ่ง จำกัด | งานระบบไฟฟ้า ประปา</title></head><body>
      <h1>ติดต่อเรา</h1><p>ติดตั้งระบบไฟฟ้า ระบบปรับอากาศ และระบบดับเพลิง สำหรับโรงงานและอาคาร</p></body>`),
    ).toBe('real-estate-construction');
  });
});
