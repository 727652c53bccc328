import { describe, expect, it } from 'vitest';
import { industryGroup } from '../../../../lib/extract/classify/industry';
import { nameGroup, pageIndustry } from '../../../../lib/extract/classify/page';
import { sampleOf } from '../read-page';

// Synthetic text only: the held-out pages are the measurement, never copied here.
const page = (html: string) => sampleOf(html, 'https://example.test/', 1);
const groupOf = (html: string) => pageIndustry(page(html))?.group;
const described = (text: string) => industryGroup(text, true)?.group;
const stated = (label: string) => industryGroup(label)?.group;

describe('The Chilean and Italian "SpA" is a legal form, not a spa', () => {
  it('reads no hospitality in a contractor named "… SpA"', () => {
    expect(
      groupOf(`<head><title>Soldador calificado - Estructuras Quebrada Honda SpA - Empleos</title></head>
        <body><h1>Soldador calificado</h1><p>Estructuras Quebrada Honda SpA busca soldador para turno 4x4.</p>
        <h2>Estructuras Quebrada Honda SpA</h2><p>Turno 4x4 en faena. Estructuras Quebrada Honda SpA.</p></body>`),
    ).not.toBe('hospitality-travel');
  });

  it('still reads a day spa as hospitality', () => {
    expect(
      groupOf(`<head><title>Lakeside Spa | Rooms and wellness</title></head><body><h1>Our spa</h1>
        <p>A spa hotel by the lake: 30 rooms, a sauna, a restaurant and massage for our guests.</p></body>`),
    ).toBe('hospitality-travel');
  });
});

describe('Mining as the market of makers and contractors', () => {
  it('reads grinding balls made for mining as no mine', () => {
    expect(described('Bolas de acero forjado para la minería, desde Durango.')).not.toBe('energy-utilities');
    expect(described('Cylinder rebuilds for open-pit mining equipment in the north.')).not.toBe('energy-utilities');
  });

  it('reads a mining contractor as no mine', () => {
    expect(described('Tanzanian mining contractor: shaft sinking, ventilation and plant upkeep.')).not.toBe(
      'energy-utilities',
    );
  });

  it('still reads a mine as energy and mining', () => {
    expect(described('Open-pit copper mining in the high desert since 1994.')).toBe('energy-utilities');
  });
});

describe('Managed IT providers and makers that warehouse', () => {
  it('reads a managed IT, cloud and security provider as IT services', () => {
    expect(described('Kivu Networks Ltd, a Rwandan managed IT, cloud and cybersecurity provider in Kigali.')).toBe(
      'it-services',
    );
  });

  it('reads "Manufacturing & Warehousing" as manufacturing, "Warehousing" alone as logistics', () => {
    expect(stated('Manufacturing & Warehousing')).toBe('manufacturing');
    expect(stated('Warehousing')).toBe('transportation-logistics');
  });
});

describe('Containers of goods, crop processors and mills', () => {
  it('reads a steel drum maker by its factory, not as software by its containers', () => {
    const html = `<head><title>Contact | Rift Steel Containers Ltd</title>
      <meta name="description" content="Rift Steel Containers Ltd: steel drums and steel containers made in Nakuru."></head>
      <body><h1>Contact us</h1><p>Factory: Plot 9, Lake Road, Nakuru. Steel containers for paint and oil.</p></body>`;
    expect(groupOf(html)).not.toBe('software');
    expect(groupOf('<head><title>Docs</title></head><body><p>Run containers with Kubernetes.</p></body>')).not.toBe(
      'manufacturing',
    );
  });

  it('reads shea butter processing and maize milling as manufacturing', () => {
    expect(described('Shea butter processing in Bolgatanga since 2009.')).toBe('manufacturing');
    expect(described('Maize millers in Eldoret since 1971.')).toBe('manufacturing');
  });

  it('reads a Spanish rice mill and a cannery by their own words', () => {
    expect(
      groupOf(`<head><title>Historia | Arrocera Llano Grande</title>
        <meta name="description" content="Más de 30 años procesando arroz del Meta."></head>
        <body><h1>Historia</h1><p>Todo empezó con una trilladora pequeña en Granada, Meta.</p></body>`),
    ).toBe('manufacturing');
    expect(
      groupOf(`<head><title>Nosotros | Conservera Bahía Azul S.A.C.</title></head>
        <body><h1>Nosotros</h1><p>Somos una conservera de Paita: conservas de pescado y de atún para exportación.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads a Portuguese wheat mill and a meat packer by their own words', () => {
    expect(
      groupOf(`<head><title>Vaga de Operador | Frigorífico Serra Azul</title></head><body><h1>Operador de produção</h1>
        <h2>Sobre a empresa</h2><p>Desde 1990 o frigorífico de abate da família, com 900 suínos abatidos por dia e exportação para 12 países.</p></body>`),
    ).toBe('manufacturing');
  });

  it('reads a company named a mill as a miller, a restaurant "El Molino" not', () => {
    expect(nameGroup('Moinho Campos Gerais')).toBe('manufacturing');
    expect(nameGroup('Molino Las Acacias')).toBe('manufacturing');
    expect(nameGroup('El Molino')).not.toBe('manufacturing');
  });
});

describe('Clearing and forwarding agents and formulation plants', () => {
  it('reads a clearing and forwarding agent as transportation', () => {
    expect(
      groupOf(`<head><title>Our director | Luangwa Clearing &amp; Forwarding</title></head><body><h1>Our director</h1>
        <p>She joined Luangwa Clearing &amp; Forwarding in 2008 as a clearing and forwarding agent at the border post.</p></body>`),
    ).toBe('transportation-logistics');
  });

  it('reads a formulation plant as manufacturing', () => {
    expect(
      groupOf(`<head><title>About | Mazowe Crop Care</title></head><body><h1>About us</h1>
        <p>Mazowe Crop Care formulates and packs fungicides at its formulation plant in Ruwa.</p></body>`),
    ).toBe('manufacturing');
  });
});

describe('Tea factories, farm services, estates and beekeepers', () => {
  it('reads no tea shop in a tea factory that makes tea from green leaf', () => {
    expect(
      groupOf(`<head><title>About | Dhankuta Hill Tea</title><meta name="description" content="Teas from Dhankuta."></head>
        <body><h1>About</h1><p>Our tea factory processes green leaf from 300 growers: withering troughs, rollers and
        dryers make 90,000 kg of made tea a year.</p></body>`),
    ).not.toBe('retail-consumer');
  });

  it('reads an agropecuaria and a beekeeper as "other"', () => {
    expect(
      groupOf(`<head><title>Nosotros | Agropecuaria Los Alisos S.A.</title></head><body><h1>Nosotros</h1>
        <p>Agropecuaria Los Alisos es una empresa agropecuaria familiar: 4.000 hectáreas de soja y maíz.</p></body>`),
    ).toBe('other');
    expect(
      groupOf(`<head><title>Historia | Apícola Sierra Chica</title></head><body><h1>Historia</h1>
        <p>Apícola Sierra Chica cuida 3.000 colmenas; la apicultura es nuestro oficio desde 1990.</p></body>`),
    ).toBe('other');
  });
});
