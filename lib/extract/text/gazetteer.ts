import { foldAccents } from '../classify/normalize';

/**
 * Major business cities whose name alone says where they are: "headquartered in Pittsburgh", a profile's "Lehi", a
 * posting's "Bengaluru". Background only (lib/signals/normalize.ts through ./hq-country.ts): the content script never
 * imports it.
 *
 * Source: general knowledge of the largest and most business-relevant cities and of the first-level divisions they
 * lie in, named after ISO 3166-2 (US states, Canadian provinces, Indian, Australian, Brazilian and Mexican states,
 * German and Austrian Länder, Swiss cantons, Italian regions, Spanish autonomous communities, Japanese prefectures).
 * Regions are written as the region tables (../sites/location.ts) spell them, in English where that form is common
 * ("Bavaria", "Lombardy", "Catalonia"), else in the local form ("Comunidad Valenciana", "Castilla y León"); names
 * the tables leave out as also being a city or another country's region keep ISO 3166-2's spelling ("Berlin",
 * "Punjab", "Distrito Federal", "La Rioja"). Other countries' cities carry the country only.
 *
 * Left out on purpose, as notable cities of two places: Portland, Cambridge, Birmingham, Manchester (NH), Dublin
 * (OH), Athens (GA), Valencia, Córdoba, Santiago, Perth, Newcastle, Richmond, Hamilton, Victoria, Halifax,
 * San José, Santa Clara, Mérida, León, Kingston, Vancouver (WA), Columbus, Kansas City, Springfield, Arlington,
 * Rochester, Charleston, Wilmington, Durham, Lexington, Toledo, Granada, Salamanca, Cartagena, Santander,
 * Hyderabad (PK), Saint Petersburg (FL), Waterloo, Laval, Reading, Worcester, Newark, Alexandria, Madison,
 * Bellevue, Santa Fe, Rosario, Kochi (JP), Florence, Naples, Venice (CA), Parma (OH), Palermo, Vitória, Baden, Halle, Washington (the state).
 * London is kept for GB: London, Ontario is a tenth of its size and its pages write "London, ON"; a .ca domain
 * disagrees and then nothing is inferred (./hq-country.ts). Melbourne (FL) and Guadalajara (ES) likewise stay
 * with the far larger place.
 *
 * Format: per country "Region: City/Other spelling, City; Region: ..." or, without regions, "City, City/Other".
 */
const CITIES: ReadonlyArray<readonly [country: string, list: string]> = [
  [
    'US',
    'New York: New York, New York City, NYC, Brooklyn, Buffalo; California: Los Angeles, San Francisco, San Diego, ' +
      'Sacramento, Oakland, Palo Alto, Mountain View, Sunnyvale, Cupertino, Menlo Park, Redwood City, San Mateo, ' +
      'Berkeley, Emeryville, Los Gatos, Irvine, Santa Monica, Long Beach, Fresno, Santa Barbara, South San Francisco; ' +
      'Texas: Houston, Dallas, Austin, San Antonio, Fort Worth, El Paso, Plano, Irving; Illinois: Chicago, Evanston; ' +
      'Pennsylvania: Philadelphia, Pittsburgh, Harrisburg; Arizona: Phoenix, Scottsdale, Tempe, Tucson; ' +
      'Florida: Miami, Tampa, Orlando, Jacksonville, Fort Lauderdale, Boca Raton, Tallahassee; Georgia: Atlanta; ' +
      'Washington: Seattle, Redmond, Tacoma, Kirkland, Spokane; Massachusetts: Boston, Somerville, Waltham; ' +
      'Colorado: Denver, Boulder, Colorado Springs; Utah: Salt Lake City, Lehi, Provo; Nevada: Las Vegas, Reno; ' +
      'Minnesota: Minneapolis, Saint Paul/St. Paul; Michigan: Detroit, Ann Arbor, Grand Rapids; ' +
      'Ohio: Cleveland, Cincinnati, Akron; Indiana: Indianapolis; Wisconsin: Milwaukee; ' +
      'Tennessee: Nashville, Memphis, Knoxville, Chattanooga; Kentucky: Louisville; Missouri: St. Louis/Saint Louis; ' +
      'Maryland: Baltimore, Bethesda, Rockville; Virginia: Reston, McLean; ' +
      'North Carolina: Raleigh, Charlotte, Chapel Hill; Louisiana: New Orleans, Baton Rouge; ' +
      'Oklahoma: Oklahoma City, Tulsa; Nebraska: Omaha; Iowa: Des Moines; Idaho: Boise; Hawaii: Honolulu; ' +
      'Alaska: Anchorage; Oregon: Beaverton; New Mexico: Albuquerque; Arkansas: Little Rock, Bentonville; ' +
      'New Jersey: Jersey City, Hoboken, Princeton; Connecticut: Stamford, Hartford, New Haven; ' +
      'Rhode Island: Providence; Alabama: Huntsville; District of Columbia: Washington D.C./Washington DC',
  ],
  [
    'CA',
    'Ontario: Toronto, Ottawa, Mississauga, Markham, Brampton, Kitchener; Quebec: Montreal/Montréal, ' +
      'Quebec City/Québec City, Gatineau; British Columbia: Burnaby, Kelowna; Alberta: Calgary, Edmonton; ' +
      'Manitoba: Winnipeg; Saskatchewan: Saskatoon; New Brunswick: Fredericton, Moncton',
  ],
  [
    'IN',
    'Karnataka: Bengaluru/Bangalore, Mysuru/Mysore; Maharashtra: Mumbai/Bombay, Pune, Nagpur, Nashik, Thane; ' +
      'Tamil Nadu: Chennai/Madras, Coimbatore; Delhi: New Delhi, Delhi; Haryana: Gurugram/Gurgaon, Faridabad; ' +
      'Uttar Pradesh: Noida, Lucknow, Kanpur, Ghaziabad; West Bengal: Kolkata/Calcutta; ' +
      'Gujarat: Ahmedabad, Vadodara, Rajkot, Gandhinagar; Rajasthan: Jaipur, Jodhpur, Udaipur; ' +
      'Kerala: Thiruvananthapuram/Trivandrum, Cochin; Madhya Pradesh: Indore, Bhopal; ' +
      'Punjab: Ludhiana, Amritsar, Mohali; Chandigarh: Chandigarh; Odisha: Bhubaneswar; ' +
      'Andhra Pradesh: Visakhapatnam, Vijayawada; Bihar: Patna; Telangana: Secunderabad',
  ],
  [
    'AU',
    'New South Wales: Sydney, Wollongong; Victoria: Melbourne, Geelong; Queensland: Brisbane, Gold Coast, ' +
      'Townsville, Cairns; Western Australia: Fremantle; South Australia: Adelaide; Tasmania: Hobart; ' +
      'Australian Capital Territory: Canberra; Northern Territory: Darwin',
  ],
  [
    'BR',
    'São Paulo: São Paulo, Campinas, Ribeirão Preto, São José dos Campos, Sorocaba; Rio de Janeiro: ' +
      'Rio de Janeiro, Niterói; Minas Gerais: Belo Horizonte, Uberlândia; Rio Grande do Sul: Porto Alegre, ' +
      'Caxias do Sul; Paraná: Curitiba, Londrina, Maringá; Santa Catarina: Florianópolis, Blumenau; ' +
      'Bahia: Salvador; Distrito Federal: Brasília; Pernambuco: Recife; Ceará: Fortaleza; Goiás: Goiânia; ' +
      'Amazonas: Manaus',
  ],
  [
    'MX',
    'Ciudad de México: Ciudad de México, Mexico City, CDMX; Jalisco: Guadalajara, Zapopan; Nuevo León: Monterrey, ' +
      'San Pedro Garza García; Querétaro: Santiago de Querétaro; Puebla: Puebla; Baja California: Tijuana, ' +
      'Mexicali; Quintana Roo: Cancún; Aguascalientes: Aguascalientes; Chihuahua: Ciudad Juárez; ' +
      'Sonora: Hermosillo; Coahuila: Saltillo; San Luis Potosí: San Luis Potosí; Sinaloa: Culiacán; ' +
      'Michoacán: Morelia; Guanajuato: Irapuato, Celaya; Estado de México: Toluca',
  ],
  [
    'DE',
    'Bavaria: München/Munich, Nürnberg/Nuremberg, Augsburg, Regensburg, Ingolstadt, Würzburg, Erlangen, Fürth; ' +
      'Baden-Württemberg: Stuttgart, Karlsruhe, Mannheim, Heidelberg, Freiburg im Breisgau, Ulm, Heilbronn, ' +
      'Pforzheim, Reutlingen, Tübingen, Ludwigsburg, Konstanz; Berlin: Berlin; Hamburg: Hamburg; Bremen: Bremen; ' +
      'Hesse: Frankfurt am Main/Frankfurt, Wiesbaden, Darmstadt, Kassel, Eschborn, Offenbach am Main; ' +
      'North Rhine-Westphalia: Köln/Cologne, Düsseldorf, Dortmund, Essen, Duisburg, Bochum, Wuppertal, ' +
      'Bielefeld, Bonn, Münster, Aachen, Gelsenkirchen, Mönchengladbach, Krefeld, Paderborn, Gütersloh, Neuss, ' +
      'Leverkusen; Lower Saxony: Hannover/Hanover, Braunschweig, Osnabrück, Göttingen, Wolfsburg; ' +
      'Saxony: Dresden, Leipzig, Chemnitz; Thuringia: Erfurt, Jena; Saxony-Anhalt: Magdeburg; ' +
      'Rhineland-Palatinate: Mainz, Ludwigshafen am Rhein/Ludwigshafen, Koblenz, Kaiserslautern, Trier; ' +
      'Saarland: Saarbrücken; Schleswig-Holstein: Kiel, Lübeck, Flensburg; Mecklenburg-Vorpommern: Rostock, ' +
      'Schwerin; Brandenburg: Potsdam',
  ],
  [
    'AT',
    'Vienna: Wien/Vienna; Styria: Graz, Leoben; Upper Austria: Linz, Wels; Salzburg: Salzburg; ' +
      'Tyrol: Innsbruck; Carinthia: Klagenfurt, Villach; Lower Austria: St. Pölten/Sankt Pölten; ' +
      'Vorarlberg: Dornbirn, Bregenz; Burgenland: Eisenstadt',
  ],
  [
    'CH',
    'Zurich: Zürich/Zurich, Winterthur; Geneva: Genève/Geneva/Genf; Bern: Bern/Berne; Basel-Stadt: Basel/Bâle; ' +
      'Vaud: Lausanne; Lucerne: Luzern/Lucerne; Zug: Zug; St. Gallen: St. Gallen; Ticino: Lugano; ' +
      'Schaffhausen: Schaffhausen; Neuchâtel: Neuchâtel; Graubünden: Chur; Aargau: Aarau',
  ],
  [
    'IT',
    'Lombardy: Milano/Milan, Bergamo, Brescia, Monza, Varese; Lazio: Roma/Rome; Piedmont: Torino/Turin; ' +
      'Liguria: Genova/Genoa; Emilia-Romagna: Bologna, Modena, Reggio Emilia, Rimini; ' +
      'Tuscany: Firenze, Pisa, Siena; Campania: Napoli, Salerno; ' +
      'Veneto: Venezia, Verona, Padova/Padua, Vicenza, Treviso; Sicily: Catania; ' +
      'Apulia: Bari, Lecce; Sardinia: Cagliari; Friuli-Venezia Giulia: Trieste, Udine; ' +
      'Trentino-Alto Adige: Trento, Bolzano; Umbria: Perugia; Marche: Ancona; Abruzzo: Pescara',
  ],
  [
    'ES',
    'Comunidad de Madrid: Madrid; Catalonia: Barcelona, Girona, Tarragona, Lleida, Sabadell, Terrassa; ' +
      'Comunidad Valenciana: Alicante/Alacant, Castellón de la Plana; Andalusia: Sevilla/Seville, Málaga, Cádiz, ' +
      'Almería, Marbella; Basque Country: Bilbao, Donostia, Vitoria-Gasteiz; Aragon: Zaragoza; ' +
      'Región de Murcia: Murcia; Asturias: Oviedo, Gijón; Castilla y León: Valladolid, Burgos; ' +
      'Islas Baleares: Palma de Mallorca; Canary Islands: Las Palmas de Gran Canaria, Santa Cruz de Tenerife; ' +
      'Navarra: Pamplona; Galicia: A Coruña, Vigo; La Rioja: Logroño',
  ],
  [
    'JP',
    'Tokyo: Tokyo/東京/東京都; Osaka: Osaka/大阪/大阪市; Kanagawa: Yokohama/横浜市, Kawasaki; Aichi: Nagoya/名古屋市; ' +
      'Kyoto: Kyoto/京都市; Hyogo: Kobe/神戸市; Fukuoka: Fukuoka/福岡市, Kitakyushu; Hokkaido: Sapporo/札幌市; ' +
      'Miyagi: Sendai; Hiroshima: Hiroshima; Saitama: Saitama; Shizuoka: Hamamatsu; Okinawa: Naha',
  ],
  // Country only: first-level regions of these countries are not what sites print, or not needed to score.
  ['GB', 'London, Edinburgh, Glasgow, Leeds, Bristol, Liverpool, Sheffield, Nottingham, Leicester, Belfast, Cardiff'],
  ['FR', 'Paris, Lyon, Marseille, Toulouse, Nantes, Bordeaux, Lille, Rennes, Strasbourg, Montpellier, Grenoble'],
  ['NL', 'Amsterdam, Rotterdam, Den Haag/The Hague, Utrecht, Eindhoven'],
  ['BE', 'Brussels/Bruxelles/Brussel, Antwerpen/Antwerp/Anvers, Gent/Ghent, Leuven, Liège'],
  ['IE', 'Cork, Galway, Limerick'],
  ['DK', 'København/Copenhagen, Aarhus/Århus, Odense, Aalborg'],
  ['SE', 'Stockholm, Göteborg/Gothenburg, Malmö, Uppsala'],
  ['NO', 'Oslo, Trondheim, Stavanger'],
  ['FI', 'Helsinki, Espoo, Tampere, Turku, Oulu'],
  ['PL', 'Warszawa/Warsaw, Kraków/Krakow/Cracow, Wrocław, Poznań, Gdańsk, Łódź, Katowice'],
  ['CZ', 'Praha/Prague, Brno'],
  ['SK', 'Bratislava'],
  ['HU', 'Budapest'],
  ['RO', 'București/Bucharest, Cluj-Napoca'],
  ['BG', 'Sofia'],
  ['GR', 'Αθήνα, Thessaloniki/Θεσσαλονίκη'],
  ['PT', 'Lisboa/Lisbon, Porto'],
  ['EE', 'Tallinn, Tartu'],
  ['LV', 'Riga'],
  ['LT', 'Vilnius, Kaunas'],
  ['SI', 'Ljubljana'],
  ['HR', 'Zagreb'],
  ['RS', 'Beograd/Belgrade'],
  ['UA', 'Kyiv/Kiev, Lviv, Kharkiv'],
  ['TR', 'İstanbul/Istanbul, Ankara, İzmir/Izmir'],
  ['IL', 'Tel Aviv, Tel Aviv-Yafo, Jerusalem, Haifa, Herzliya'],
  ['AE', 'Dubai, Abu Dhabi'],
  ['SA', 'Riyadh, Jeddah'],
  ['QA', 'Doha'],
  ['EG', 'Cairo'],
  ['KE', 'Nairobi'],
  ['NG', 'Lagos, Abuja'],
  // South Africa's provinces and New Zealand's regions are what their addresses print after the city ("Sandton,
  // Gauteng", "Christchurch, Canterbury").
  ['ZA', 'Gauteng: Johannesburg, Pretoria; Western Cape: Cape Town; KwaZulu-Natal: Durban'],
  ['GH', 'Accra, Kumasi'],
  // Anglophone Africa's capitals and larger business cities.
  ['ZW', 'Harare, Bulawayo'],
  ['ZM', 'Lusaka, Ndola, Kitwe'],
  ['TZ', 'Dar es Salaam, Dodoma, Arusha, Mwanza'],
  ['UG', 'Kampala'],
  ['RW', 'Kigali'],
  ['BW', 'Gaborone'],
  ['NA', 'Windhoek'],
  ['MW', 'Lilongwe, Blantyre'],
  ['ET', 'Addis Ababa'],
  // French-speaking Africa and the Maghreb: capitals and the larger business and industrial cities. Left out:
  // Saint-Louis (St. Louis, Missouri), Constantine and Victoria (also people's names and other places).
  ['MA', 'Casablanca, Rabat, Marrakech/Marrakesh, Tanger/Tangier, Agadir, Fès/Fez, Meknès, Oujda, Kénitra'],
  ['DZ', 'Alger/Algiers, Oran, Sétif, Annaba, Blida, Béjaïa, Bordj Bou Arréridj'],
  ['TN', 'Tunis, Sfax, Sousse, Monastir, Bizerte, Nabeul'],
  ['SN', 'Dakar, Thiès'],
  ['CI', 'Abidjan, Yamoussoukro, San-Pédro'],
  ['CM', 'Douala, Yaoundé'],
  ['CD', 'Kinshasa, Lubumbashi'],
  ['BJ', 'Cotonou'],
  ['TG', 'Lomé'],
  ['BF', 'Ouagadougou'],
  ['ML', 'Bamako'],
  ['NE', 'Niamey'],
  ['GA', 'Libreville'],
  ['MG', 'Antananarivo'],
  ['MU', 'Port Louis, Curepipe, Quatre Bornes, Ebène'],
  ['SG', 'Singapore'],
  ['HK', 'Hong Kong'],
  ['CN', 'Beijing, Shanghai, Shenzhen, Guangzhou, Hangzhou'],
  ['TW', 'Taipei, Hsinchu'],
  ['KR', 'Seoul/서울/서울특별시, Busan'],
  ['ID', 'Jakarta'],
  ['MY', 'Kuala Lumpur'],
  ['TH', 'Bangkok'],
  ['VN', 'Ho Chi Minh City, Hanoi'],
  ['PH', 'Manila, Makati, Taguig, Quezon City, Pasig, Mandaluyong, Cebu City'],
  ['PK', 'Karachi, Lahore, Islamabad'],
  ['BD', 'Dhaka'],
  ['NZ', 'Auckland: Auckland; Wellington: Wellington; Canterbury: Christchurch'],
  ['AR', 'Buenos Aires'],
  ['CO', 'Bogotá, Medellín, Barranquilla'],
  ['PE', 'Lima'],
  ['UY', 'Montevideo'],
  ['EC', 'Quito, Guayaquil'],
  ['RU', 'Moskva/Moscow'],
  // The Caucasus, Central Asia, Moldova and Mongolia: capitals and the largest business cities.
  ['AM', 'Yerevan'],
  ['GE', 'Tbilisi, Batumi'],
  ['AZ', 'Baku'],
  ['KZ', 'Almaty, Astana'],
  ['UZ', 'Tashkent/Toshkent'],
  ['KG', 'Bishkek'],
  ['MD', 'Chișinău/Chisinau'],
  ['MN', 'Ulaanbaatar/Ulan Bator'],
];

export interface GazetteerPlace {
  country: string;
  region?: string;
}

/** A city name as matched: accents and case folded, punctuation and spacing one space ("St. Pölten" -> "st polten"). */
export function cityKey(name: string): string {
  return foldAccents(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

let places: Map<string, GazetteerPlace> | undefined;

/** The table, parsed once on first use. A name listed for two places would be no answer: it is dropped. */
function table(): Map<string, GazetteerPlace> {
  if (places) return places;
  const map = new Map<string, GazetteerPlace>();
  const twice = new Set<string>();
  for (const [country, list] of CITIES) {
    for (const group of list.split(';')) {
      const colon = group.indexOf(':');
      const region = colon >= 0 ? group.slice(0, colon).trim() : undefined;
      for (const city of group.slice(colon + 1).split(',')) {
        for (const name of city.split('/')) {
          const key = cityKey(name);
          if (!key) continue;
          const known = map.get(key);
          if (known && (known.country !== country || known.region !== region)) twice.add(key);
          map.set(key, region ? { country, region } : { country });
        }
      }
    }
  }
  for (const key of twice) map.delete(key);
  places = map;
  return map;
}

// What may follow a city's own name and still be that city: "New York City", "Makati City", "Hsinchu City" (English
// "City"); Danish postal districts, capitals only ("Aarhus C", "København K", "Copenhagen SV"); a district after a
// hyphen in German-speaking cities ("Berlin-Mitte", "Wien-Döbling", "Zürich-Oerlikon"). The last two are read only
// for those countries: elsewhere "London ON" and "Porto-Novo" are other places.
const CITY_SUFFIX = /\s+city$/i;
const POSTAL_DISTRICT = /\s+[A-ZÆØÅ]{1,2}$/u;
const HYPHEN_DISTRICTS = new Set(['DE', 'AT', 'CH']);

/** The country, and region where the table has one, of a city named alone; undefined when the name is not listed. */
export function gazetteerPlace(city: string): GazetteerPlace | undefined {
  const map = table();
  const name = city.trim();
  // French writes a saint's town with a hyphen ("Saint-Louis" in Senegal, "Saint-Denis" in Réunion); the saints' cities
  // the table lists are written without one ("St. Louis", "Saint Paul").
  if (name.length > 60 || /^(?:saint|sainte|st|ste)-/i.test(name)) return undefined;
  const direct = map.get(cityKey(name));
  if (direct) return direct;
  if (CITY_SUFFIX.test(name)) return map.get(cityKey(name.replace(CITY_SUFFIX, '')));
  const district = POSTAL_DISTRICT.test(name) ? map.get(cityKey(name.replace(POSTAL_DISTRICT, ''))) : undefined;
  if (district?.country === 'DK') return district;
  const hyphen = name.indexOf('-');
  const before = hyphen > 0 ? map.get(cityKey(name.slice(0, hyphen))) : undefined;
  return before && HYPHEN_DISTRICTS.has(before.country) ? before : undefined;
}
