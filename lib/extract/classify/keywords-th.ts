import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Thai, in the same two tiers: `strong` words name the business ("โรงงาน",
 * a factory; "สำนักงานบัญชี", an accounting office; "รับเหมาก่อสร้าง", contracting), `weak` ones are common elsewhere
 * too ("ผลิต", to make; "ขนส่ง", to carry). Thai writes words without spaces between them, so the words are matched as
 * they stand, as Korean and Chinese are (./keywords-cjk.ts); the Latin normalization drops the script.
 * Left out because every site uses them, or they begin other words: "ผลิตภัณฑ์" (products, every menu's: hence
 * "ผลิต" only when no "ภัณฑ์" follows), "ใบเสนอราคา" (a request for a quote: no price there), "ข่าวสาร" (a site's news),
 * "บริการ" (service), "ลงทุน" alone (a maker invests in plant too), "บัญชี" alone (a bank account as much as
 * accounting), "อุตสาหกรรม" as a strong word (the industries a supplier serves).
 */
export const TH_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: ['ซอฟต์แวร์|แอปพลิเคชัน|นักพัฒนา|ทดลองใช้ฟรี', 'แพลตฟอร์ม'],
  'it-services': ['บริการไอที|ระบบเครือข่าย|ศูนย์ข้อมูล|รับทำเว็บไซต์|ออกแบบเว็บไซต์', 'ไอที'],
  'financial-services': ['ธนาคาร|สินเชื่อ|ประกันภัย|ประกันชีวิต|เงินกู้|บัตรเครดิต', 'การลงทุน|การเงิน'],
  healthcare: ['โรงพยาบาล|คลินิก|ผู้ป่วย|แพทย์|ทันตกรรม|ร้านขายยา|เภสัช', 'สุขภาพ|รักษา'],
  education: ['โรงเรียน|มหาวิทยาลัย|นักเรียน|นักศึกษา|หลักสูตร|กวดวิชา', 'การศึกษา|อบรม'],
  manufacturing: ['โรงงาน|ผู้ผลิต|กำลังการผลิต|สายการผลิต|กระบวนการผลิต|แปรรูป|โรงสี', 'ผลิต(?!ภัณฑ์)|อุตสาหกรรม'],
  'retail-consumer': [
    'ร้านค้าออนไลน์|ตะกร้าสินค้า|หยิบใส่ตะกร้า|สั่งซื้อสินค้า|ส่งฟรี|ค้าปลีก|เสื้อผ้า|เครื่องสำอาง|เฟอร์นิเจอร์',
    '(?<!เสนอ)ราคา|โปรโมชั่น|ส่วนลด',
  ],
  'media-publishing': ['หนังสือพิมพ์|นิตยสาร|สำนักพิมพ์|สถานีวิทยุ|สถานีโทรทัศน์|ผู้สื่อข่าว', 'บทความ'],
  'marketing-advertising': ['เอเจนซี่โฆษณา|โฆษณา|การตลาดออนไลน์|การตลาดดิจิทัล', 'การตลาด|แบรนด์'],
  'professional-services': [
    'สำนักงานบัญชี|รับทำบัญชี|ผู้สอบบัญชี|สำนักงานกฎหมาย|ทนายความ|ที่ปรึกษากฎหมาย|จัดหางาน|แปลเอกสาร',
    'ที่ปรึกษา',
  ],
  'real-estate-construction': [
    // A building's services installed (NACE 43.2): "งานระบบไฟฟ้า ประปา ปรับอากาศ" (electrical, plumbing and air
    // conditioning works), "ติดตั้งระบบดับเพลิง" (fire systems installed), an MEP contractor's trade.
    'งานระบบ(?:ไฟฟ้า|ประปา|ปรับอากาศ|ดับเพลิง)|ติดตั้งระบบ(?:ไฟฟ้า|ประปา|ปรับอากาศ|ดับเพลิง)|ระบบปรับอากาศ|ระบบดับเพลิง|รับเหมาก่อสร้าง|ผู้รับเหมา|บริษัทก่อสร้าง|งานก่อสร้าง|อสังหาริมทรัพย์|คอนโด|บ้านจัดสรร',
    'ก่อสร้าง|ที่อยู่อาศัย',
  ],
  'energy-utilities': ['พลังงานแสงอาทิตย์|โซลาร์เซลล์|โรงไฟฟ้า|พลังงานทดแทน|ปิโตรเลียม|ก๊าซธรรมชาติ', 'พลังงาน|ไฟฟ้า'],
  'transportation-logistics': ['ขนส่งสินค้า|โลจิสติกส์|คลังสินค้า|พิธีการศุลกากร|รถบรรทุก|ชิปปิ้ง', 'ขนส่ง|จัดส่ง'],
  'hospitality-travel': ['โรงแรม|รีสอร์ท|ห้องพัก|ร้านอาหาร|บริษัททัวร์|ท่องเที่ยว', 'ที่พัก|จองห้อง'],
  telecommunications: ['โทรคมนาคม|อินเทอร์เน็ตบ้าน|เครือข่ายมือถือ|ไฟเบอร์ออปติก', 'อินเทอร์เน็ต'],
  'government-nonprofit': ['มูลนิธิ|องค์กรไม่แสวงหากำไร|อาสาสมัคร|บริจาค|กระทรวง|เทศบาล', 'สมาคม'],
};

// TSIC's section names (the classification's own phrases for sections C, F, G, H, I, K, L, P and Q).
const SECTIONS: Partial<Record<IndustryGroup, string>> = {
  manufacturing: 'การผลิต(?!ภัณฑ์)',
  'real-estate-construction': 'การก่อสร้าง|กิจกรรมอสังหาริมทรัพย์',
  'retail-consumer': 'การขายส่งและการขายปลีก|การขายปลีก',
  'transportation-logistics': 'การขนส่งและสถานที่เก็บสินค้า',
  'hospitality-travel': 'ที่พักแรมและบริการด้านอาหาร',
  'financial-services': 'กิจกรรมทางการเงินและการประกันภัย',
  education: 'การศึกษา',
  healthcare: 'กิจกรรมด้านสุขภาพ',
};

/**
 * Thai's activity classification (TSIC, after ISIC) by its sections' names, with the strong words above: a stated
 * label or a description read as ./terms-cjk.ts reads Japanese ("การผลิต", manufacturing; "การก่อสร้าง",
 * construction; "การขนส่งและสถานที่เก็บสินค้า", transport and storage).
 */
export const TH_TERMS: Partial<Record<IndustryGroup, string>> = Object.fromEntries(
  (Object.entries(TH_KEYWORDS) as Array<[IndustryGroup, [string, string]]>).map(([group, [strong]]) => [
    group,
    [strong, SECTIONS[group]].filter(Boolean).join('|'),
  ]),
);

/** The Thai script: the tiers above read a text that has it. */
export const THAI_SCRIPT = /\p{Script=Thai}/u;

// "เหมาะสำหรับอุตสาหกรรมอาหาร" (suited to the food industry), "ให้บริการแก่โรงพยาบาล" (serving hospitals): what
// follows "for" or "serving", up to the next space (Thai's phrase break), names the customers, not the company's trade.
const THAI_MARKET = /(?:สำหรับ|ให้บริการแก่)[^\s]{1,40}/gu;

/** Thai text without the phrases that name a company's market. */
export function withoutThaiMarkets(text: string): string {
  return text.replace(THAI_MARKET, ' ');
}
