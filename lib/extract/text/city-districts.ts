import { cityKey } from './gazetteer';

/**
 * Districts of the largest cities that addresses (and their structured data's `addressLocality`) write where the city
 * would stand: Istanbul's and other Turkish metropolitan cities' central districts (ilçe: "Mahmutbey Mah. …, Bağcılar /
 * İstanbul"), Cairo's districts ("Nasr City, Cairo"), Santiago's comunas ("Vitacura, Santiago"), Lima's districts,
 * Mexico City's alcaldías and Buenos Aires' barrios. A seller files the account under the city.
 * Background only (./hq-country.ts, ./line-address.ts).
 *
 * Source: general knowledge of each city's official divisions (Turkey's 2008 and 2012 metropolitan laws, Chile's
 * Provincia de Santiago, the Provincia de Lima, the Ciudad de México's 16 alcaldías, the 48 barrios of the Ciudad
 * Autónoma de Buenos Aires), and the business districts of Lagos, Nairobi, Johannesburg and Cape Town, where the
 * postal address names the suburb before the city ("Plot 22, Akin Olugbade Street, Victoria Island, Lagos"). Only
 * districts that lie inside the city's built-up core are listed: outlying districts that are towns of their own (Silivri, Çatalca, Puente Alto, Callao) keep their name.
 * Left out on purpose, as also being another notable place of the same country: Benito Juárez (Cancún's
 * municipality), Cuauhtémoc (a Chihuahua city), San Nicolás (San Nicolás de los Arroyos), Kennedy, Yenişehir (Mersin
 * and Diyarbakır), Yeşilyurt; Ikeja, Lagos State's capital, which its addresses name as a city of its own. Bogotá's localidades stay out too: "Chapinero, Bogotá" is kept unanswered, a locality and
 * its city or a city and its department being one shape (test/unit/extract/structure-rules.test.ts).
 *
 * Format: [country, city as written there, the region names that agree with it, "District/Other spelling, ..."].
 */
const DISTRICTS: ReadonlyArray<readonly [country: string, city: string, regions: RegExp, list: string]> = [
  [
    'TR',
    'İstanbul',
    /^istanbul$/,
    'Adalar, Arnavutköy, Ataşehir, Avcılar, Bağcılar, Bahçelievler, Bakırköy, Başakşehir, Bayrampaşa, Beşiktaş, ' +
      'Beykoz, Beylikdüzü, Beyoğlu, Büyükçekmece, Çekmeköy, Esenler, Esenyurt, Eyüpsultan/Eyüp, Fatih, ' +
      'Gaziosmanpaşa, Güngören, Kadıköy, Kağıthane, Kartal, Küçükçekmece, Maltepe, Pendik, Sancaktepe, Sarıyer, ' +
      'Sultanbeyli, Sultangazi, Şişli, Tuzla, Ümraniye, Üsküdar, Zeytinburnu',
  ],
  [
    'TR',
    'Ankara',
    /^ankara$/,
    'Çankaya, Keçiören, Yenimahalle, Mamak, Etimesgut, Sincan, Altındağ, Pursaklar, Gölbaşı',
  ],
  [
    'TR',
    'İzmir',
    /^izmir$/,
    'Konak, Bornova, Karşıyaka, Buca, Bayraklı, Çiğli, Gaziemir, Balçova, Narlıdere, Karabağlar',
  ],
  ['TR', 'Bursa', /^bursa$/, 'Osmangazi, Nilüfer, Yıldırım'],
  ['TR', 'Antalya', /^antalya$/, 'Muratpaşa, Kepez, Konyaaltı'],
  ['TR', 'Adana', /^adana$/, 'Seyhan, Çukurova, Yüreğir, Sarıçam'],
  ['TR', 'Konya', /^konya$/, 'Selçuklu, Meram, Karatay'],
  ['TR', 'Gaziantep', /^gaziantep$/, 'Şahinbey, Şehitkamil'],
  ['TR', 'Kayseri', /^kayseri$/, 'Melikgazi, Kocasinan'],
  ['TR', 'Eskişehir', /^eskisehir$/, 'Odunpazarı, Tepebaşı'],
  ['TR', 'Manisa', /^manisa$/, 'Yunusemre, Şehzadeler'],
  ['TR', 'Samsun', /^samsun$/, 'İlkadım, Atakum'],
  ['TR', 'Denizli', /^denizli$/, 'Merkezefendi'],
  [
    'EG',
    'Cairo',
    /^(?:cairo|al qahirah|القاهرة)$/,
    'Nasr City/مدينة نصر, Heliopolis/مصر الجديدة, Maadi/El Maadi/المعادي, Zamalek/الزمالك, Garden City/جاردن سيتي, ' +
      'Mokattam/المقطم, Abbassia/العباسية',
  ],
  [
    'CL',
    'Santiago',
    /^(?:santiago|region metropolitana(?: de santiago)?|rm)$/,
    'Las Condes, Providencia, Vitacura, Lo Barnechea, Ñuñoa, Santiago Centro, Huechuraba, Quilicura, Pudahuel, ' +
      'La Reina, Macul, Peñalolén, Estación Central, Recoleta, Independencia, Cerrillos, Renca, Conchalí, ' +
      'Quinta Normal, San Joaquín, La Cisterna, Maipú, La Florida, San Miguel',
  ],
  [
    'PE',
    'Lima',
    /^(?:lima|lima metropolitana|provincia de lima)$/,
    'Miraflores, San Isidro, Santiago de Surco/Surco, La Molina, San Borja, Barranco, Jesús María, Lince, ' +
      'Magdalena del Mar, Pueblo Libre, Surquillo, Chorrillos, Ate/Ate Vitarte, Los Olivos, San Martín de Porres, ' +
      'San Juan de Lurigancho, San Juan de Miraflores, Villa El Salvador, Breña, La Victoria, Rímac, Cercado de Lima',
  ],
  [
    'MX',
    'Ciudad de México',
    /^(?:ciudad de mexico|cdmx|mexico city|distrito federal|d f)$/,
    'Miguel Hidalgo, Álvaro Obregón, Coyoacán, Tlalpan, Azcapotzalco, Iztapalapa, Gustavo A. Madero, ' +
      'Venustiano Carranza, Cuajimalpa/Cuajimalpa de Morelos, Iztacalco, Xochimilco, Tláhuac, ' +
      'Magdalena Contreras/La Magdalena Contreras',
  ],
  [
    'AR',
    'Buenos Aires',
    /^(?:buenos aires|caba|ciudad autonoma de buenos aires|capital federal)$/,
    'Palermo, Recoleta, Belgrano, Puerto Madero, Retiro, Núñez, Caballito, Villa Crespo, Colegiales, Almagro, ' +
      'Balvanera, Monserrat, San Telmo, Villa Urquiza, Saavedra, Barracas, Microcentro',
  ],
  ['NG', 'Lagos', /^(?:lagos|lagos state)$/, 'Victoria Island, Ikoyi, Lekki, Yaba, Surulere, Apapa, Oregun, Obalende'],
  [
    'KE',
    'Nairobi',
    /^(?:nairobi|nairobi county)$/,
    'Kilimani, Westlands, Upper Hill/Upperhill, Parklands, Lavington, Kileleshwa, Gigiri, Karen, Embakasi',
  ],
  [
    'ZA',
    'Johannesburg',
    /^(?:johannesburg|gauteng)$/,
    'Sandton, Rosebank, Randburg, Bryanston, Braamfontein, Parktown, Fourways, Illovo, Melrose Arch',
  ],
  [
    'ZA',
    'Cape Town',
    /^(?:cape town|western cape)$/,
    'Milnerton, Century City, Bellville, Durbanville, Sea Point, Woodstock',
  ],
  // South Asia's postal addresses name the locality (Nepal's tole and ward, India's and Bangladesh's area) before the
  // city, and company pages say "head office in New Baneshwor, Kathmandu".
  [
    'NP',
    'Kathmandu',
    /^(?:kathmandu|bagmati(?: province| pradesh)?)$/,
    'New Baneshwor/Baneshwor, Old Baneshwor, Tripureshwor, Thamel, Lazimpat, Baluwatar, Naxal, Putalisadak, ' +
      'Kamaladi, Durbar Marg/Durbarmarg, Maharajgunj, Koteshwor, Babarmahal, Teku, Kalimati, Sinamangal, Gairidhara',
  ],
  [
    'IN',
    'Hyderabad',
    /^(?:hyderabad|telangana)$/,
    'Madhapur, HITEC City/Hitech City, Gachibowli, Banjara Hills, Jubilee Hills, Kondapur, Begumpet, Somajiguda, ' +
      'Nanakramguda, Ameerpet, Himayatnagar',
  ],
  [
    'IN',
    'Bengaluru',
    /^(?:bengaluru|bangalore|karnataka)$/,
    'Koramangala, Indiranagar, Whitefield, Electronic City, HSR Layout, Marathahalli, Jayanagar, Bellandur',
  ],
  [
    'IN',
    'Mumbai',
    /^(?:mumbai|maharashtra)$/,
    'Andheri, Andheri East, Andheri West, Powai, Lower Parel, Worli, Nariman Point, Bandra Kurla Complex, ' +
      'Goregaon, Malad, Vikhroli',
  ],
  ['IN', 'Pune', /^(?:pune|maharashtra)$/, 'Baner, Hinjewadi, Kharadi, Hadapsar, Kothrud, Viman Nagar, Yerwada'],
  [
    'BD',
    'Dhaka',
    /^(?:dhaka|dhaka division)$/,
    'Gulshan, Gulshan-1, Gulshan-2, Banani, Motijheel, Tejgaon, Dhanmondi, Uttara, Mohakhali, Baridhara, ' +
      'Karwan Bazar/Kawran Bazar, Bashundhara',
  ],
];

export interface DistrictCity {
  city: string;
  /** Region names that agree with the city (its own name, its metropolitan region's), folded as `cityKey` folds. */
  regions: RegExp;
}

let districts: Map<string, DistrictCity> | undefined;

/** The table by country and district, parsed once on first use; a district listed for two cities is dropped. */
function table(): Map<string, DistrictCity> {
  if (districts) return districts;
  const map = new Map<string, DistrictCity>();
  const twice = new Set<string>();
  for (const [country, city, regions, list] of DISTRICTS) {
    for (const district of list.split(',')) {
      for (const name of district.split('/')) {
        const key = `${country}|${cityKey(name)}`;
        if (map.has(key)) twice.add(key);
        map.set(key, { city, regions });
      }
    }
  }
  for (const key of twice) map.delete(key);
  districts = map;
  return map;
}

/**
 * The city a district of one of the largest cities lies in ("Bağcılar", TR -> İstanbul), when the address's region,
 * if it names one, agrees with that city ("Şişli / İstanbul", not "Maltepe, Ankara"). Undefined for any other name:
 * most places are cities of their own.
 */
export function districtCity(district: string, country: string | undefined, region?: string): string | undefined {
  if (!country || district.length > 60) return undefined;
  const found = table().get(`${country}|${cityKey(district)}`);
  if (!found) return undefined;
  if (region && !found.regions.test(cityKey(region)) && cityKey(region) !== cityKey(found.city)) return undefined;
  return found.city;
}
