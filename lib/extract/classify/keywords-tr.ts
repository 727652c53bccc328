import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Turkish, in the same two tiers and normalisation (lower case, accents and
 * cedillas folded: "üretiyoruz" is "uretiyoruz", "imalatı" is "imalati"). Left out because every Turkish company
 * names itself with them: "sanayi" and "ticaret" ("Sanayi ve Ticaret A.Ş." is a legal name's words, not a trade),
 * "hizmet" (service) alone.
 */
export const TR_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: ['yazilim\\w*|mobil uygulama\\w*|bulut tabanli|kaynak kod\\w*|ucretsiz dene', 'uygulama|platform\\w*'],

  'it-services': [
    'bilisim hizmetleri|bilisim danismanlig\\w*|erp danismanlig\\w*|erp cozum ortag\\w*|sistem entegrasyonu',
    'bilisim',
  ],
  manufacturing: [
    'uretiyoruz|uretmekteyiz|uretim tesis\\w*|uretim hatt\\w*|imalat\\w*|fabrika\\w*|dokumhane\\w*|talasli imalat|torna\\w*|kaynakli imalat|sac metal|plastik enjeksiyon|kalip\\w*',
    'uretim\\w*|endustriyel|makine\\w*',
  ],
  'transportation-logistics': [
    'lojistik|nakliye\\w*|tasimacilik|gumrukleme|depolama hizmet\\w*|uluslararasi tasima|filo\\w*',
    'kargo|sevkiyat\\w*|teslimat',
  ],
  'real-estate-construction': ['insaat\\w*|muteahhit\\w*|konut projele\\w*|taahhut', 'proje\\w*|yapi\\w*'],
  healthcare: ['hastane\\w*|klinik\\w*|saglik hizmet\\w*|tibbi cihaz\\w*|dis hekim\\w*', 'saglik|hasta\\w*'],
  'retail-consumer': ['sepete ekle|ucretsiz kargo|magaza\\w*|online alisveris', 'urunler|indirim\\w*'],
};
