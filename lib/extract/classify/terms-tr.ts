import type { GroupTerms } from './terms';

type Group = GroupTerms['group'];

/**
 * The same NACE Rev. 2 section and division titles as ./terms.ts in Turkish, as TÜİK's NACE Rev. 2 publishes them
 * ("İmalat", "Bilgi ve iletişim", "İnşaat", "Konaklama ve yiyecek hizmeti faaliyetleri"), with the trade's own word
 * where a title is a phrase no company writes ("yazılım" for "bilgisayar programlama faaliyetleri", "hukuk bürosu"
 * for "hukuki faaliyetler"). LinkedIn's Turkish interface names industries with the same words ("Yazılım
 * Geliştirme", "Tekstil Üretimi", "Makine Üretimi"), which these stems match as a stated industry. Word stems, lower
 * case, accents folded by ./normalize.ts ("ı" -> "i", "ş" -> "s", "ğ" -> "g", "ü" -> "u", "ç" -> "c").
 *
 * Left out on purpose: "hizmet" (service, every trade's word), "sanayi ve ticaret" (every company's legal name says
 * "industry and trade"), "ticaret" alone (trade, in the same names), "uretim" alone (production, any maker's and
 * any studio's word).
 */
export const TR_TERMS: Record<Group, string> = {
  software: 'yazilim\\w*|bilgisayar programlama|bilgisayar oyunlari|web portallari|internet teknolojileri',
  'it-services':
    'bilisim|bilisim hizmetleri|bilisim danismanlig\\w*|erp danismanlig\\w*|erp cozum ortag\\w*|bilgi teknolojileri hizmet\\w*|bt hizmetleri|bt danismanligi|bilgi teknolojisi danismanligi|bilgisayar tesisleri yonetimi|sistem entegrasyonu|veri isleme',
  telecommunications:
    'telekomunikasyon\\w*|kablosuz telekomunikasyon|uydu telekomunikasyon|internet servis saglayici\\w*',
  'marketing-advertising':
    'reklamcilik\\w*|reklam ajans\\w*|reklam hizmetleri|pazarlama hizmetleri|dijital pazarlama|halkla iliskiler|pazar arastirmasi|medya planlama',
  'financial-services':
    'finansal hizmet\\w*|finans\\w*|bankacilik|bankalar|sigortacilik|sigorta\\w*|emeklilik fonlari|yatirim\\w*|portfoy yonetimi|aracilik hizmetleri|odeme hizmetleri|odeme sistemleri|katilim bankasi',
  healthcare:
    'insan sagligi\\w*|saglik hizmetleri|hastane\\w*|klinik\\w*|tip merkezi|ilac\\w*|eczacilik|biyoteknoloji\\w*|tibbi cihaz\\w*|dis hekimligi|veteriner\\w*',
  education: 'egitim\\w*|ogretim|yuksekogretim|universite\\w*|okul\\w*|kurs merkezi|e ogrenme|mesleki egitim',
  manufacturing:
    'imalat\\w*|imalati|makine uretimi|makine imalati|tekstil\\w*|orme kumas|dokuma|hazir giyim uretimi|otomotiv\\w*|motorlu kara tasitlari|yan sanayi|kimyasal\\w*|plastik\\w*|kaucuk|metal urunleri|ana metal\\w*|celik\\w*|dokumhane\\w*|elektrikli techizat|elektronik urunler|beyaz esya|mobilya imalati|ambalaj\\w*|savunma sanayi\\w*|havacilik ve uzay|makine\\w*|gida urunleri|gida\\w*|icecek\\w*',
  'retail-consumer':
    'perakende\\w*|toptan ve perakende|toptan ticaret|e ticaret|tuketim urunleri|hazir giyim|kozmetik\\w*|magaza\\w*|kuafor\\w*',
  'media-publishing':
    'yayincilik\\w*|yayinevi|gazete\\w*|dergi\\w*|kitap yayim\\w*|film yapim\\w*|televizyon\\w*|radyo\\w*|medya\\w*|haber ajans\\w*|gazetecilik|muzik yapim\\w*',
  'professional-services':
    'hukuk burosu|hukuk hizmetleri|avukatlik\\w*|muhasebe\\w*|mali musavirlik|denetim\\w*|yonetim danismanligi|isletme danismanligi|danismanlik\\w*|insan kaynaklari|ise alim|istihdam\\w*|mimarlik ve muhendislik|muhendislik hizmetleri|ceviri\\w*|arastirma ve gelistirme hizmetleri',
  'real-estate-construction':
    'insaat\\w*|bina insaati|muteahhit\\w*|gayrimenkul\\w*|emlak\\w*|yapi malzeme\\w*|mimarlik|konut projeleri|altyapi insaati',
  'energy-utilities':
    'enerji\\w*|elektrik uretimi|elektrik dagitim\\w*|yenilenebilir enerji|gunes enerjisi|ruzgar enerjisi|petrol ve dogalgaz|petrokimya\\w*|dogalgaz\\w*|dogal gaz|madencilik|maden\\w*|su temini|atik yonetimi|geri donusum',
  'transportation-logistics':
    'lojistik\\w*|tasimacilik\\w*|nakliye\\w*|kargo\\w*|depolama\\w*|havayolu\\w*|denizcilik\\w*|liman\\w*|demiryolu\\w*|karayolu tasimaciligi|gumruk musavirligi|tedarik zinciri',
  'hospitality-travel':
    'konaklama\\w*|otel\\w*|turizm\\w*|seyahat acente\\w*|tur operator\\w*|restoran\\w*|yiyecek ve icecek hizmet\\w*|eglence ve dinlence',
  'government-nonprofit':
    'kamu yonetimi|devlet\\w*|belediye\\w*|bakanlik\\w*|kar amaci gutmeyen|sivil toplum\\w*|vakif|dernek\\w*|uluslararasi kuruluslar|savunma bakanligi',
};
