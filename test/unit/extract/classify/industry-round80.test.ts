import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;
const described = (text: string) => industryGroup(text, true)?.group;

describe('Textile makers by their looms, knitting machines and jute mills', () => {
  it('reads a knitwear unit by its knitting machines as manufacturing', () => {
    expect(
      groupOf(`<head><title>Our journey | Vellore Knit Works</title></head><body><h1>Our knitting units</h1>
        <p>Started in 1998 with two circular knitting machines, Vellore Knit Works today runs four knitting units and a
        stitching unit with 600 workers.</p><p>We export T-shirts and polo shirts.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads a jute exporter by its jute goods as manufacturing', () => {
    expect(
      groupOf(`<head><title>Contact | Padmapar Jute Ltd.</title>
        <meta name="description" content="Padmapar Jute Ltd. – jute yarn, jute bags and jute sacks exporter."></head>
        <body><h1>Contact</h1><p>Head office: 12 River Lane, Khulna. Phone +880 41 000 000.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads "hotel linen" as the goods a weaver makes for hotels, not a hotel', () => {
    const html = `<head><title>About | Kiran Looms</title>
      <meta name="description" content="From two handlooms to a hotel linen mill."></head>
      <body><h1>About</h1><p>Our mill runs 80 power looms and a stitching unit for hotel linen and hotel towels.</p></body>`;
    expect(groupOf(html)).toBe('manufacturing');
    expect(described('From two handlooms to a hotel linen mill.')).not.toBe('hospitality-travel');
  });

  it('still reads a hotel as hospitality', () => {
    expect(described('A boutique hotel with 40 rooms and a rooftop restaurant in the old town.')).toBe(
      'hospitality-travel',
    );
  });
});

describe('Port terminals, ship chandlers and ground investigation', () => {
  it('reads a bulk terminal operator as transportation', () => {
    expect(described('Gulf Quay Bulk Terminals Co., operator of a dry bulk terminal at a Red Sea port.')).toBe(
      'transportation-logistics',
    );
  });

  it('reads a ship chandler as transportation', () => {
    expect(described('Ship chandler and marine supplies at the port since 2001: provisions and deck stores.')).toBe(
      'transportation-logistics',
    );
  });

  it('reads a geotechnical investigation firm as professional services', () => {
    expect(
      groupOf(`<head><title>Our CEO | Sandline Geotechnics</title>
        <meta name="description" content="The CEO of Sandline Geotechnics, a geotechnical investigation and materials testing company."></head>
        <body><h1>Our CEO</h1><p>She founded the firm in 2004 after twelve years in soil investigation.</p></body>`),
    ).toBe('professional-services');
  });
});

describe('IT services built for clients, engineering services, medical goods', () => {
  it('reads cloud services and software built for clients as IT services', () => {
    expect(
      described(
        'Coral Byte is a product engineering and cloud services company: 90 people building software for clients.',
      ),
    ).toBe('it-services');
  });

  it('still reads a software product as software', () => {
    expect(described('Coral Byte makes scheduling software and a cloud platform for clinics, used worldwide.')).toBe(
      'software',
    );
  });

  it('does not read an engineering services firm on an industrial estate as a maker', () => {
    const html = `<head><title>Imprint | Halden Engineering Services LLP</title></head><body><h1>Imprint</h1>
      <p>Halden Engineering Services LLP, Unit 4, Lakeside Industrial Estate, Nashik. Industries we serve: industrial machinery.</p>
      <p>Engineering services: design, CAD and simulation.</p></body>`;
    expect(groupOf(html)).not.toBe('manufacturing');
  });

  it('reads a maker of surgical instruments as manufacturing when its making leads', () => {
    expect(
      groupOf(`<head><title>Surgical Instruments Manufacturer | Ravi Surgico</title>
        <meta name="description" content="Manufacturer of surgical and dental instruments since 1985."></head>
        <body><h1>Surgical instruments</h1><p>Our factory forges, machines and polishes surgical and dental instruments.
        Quality control on every piece; CNC machining, in-house forging and welding on two production lines.</p></body>`),
    ).toBe('manufacturing');
  });
});
