import type { Department, Seniority } from '../../signals/enums';

/**
 * Job titles in Hindi and Marathi (Devanagari) and in Bengali, as Indian and Bangladeshi company sites write them:
 * "संस्थापक एवं अध्यक्ष", "प्रबंध निदेशक", "व्यवस्थापकीय संचालक", "প্রতিষ্ঠাতা ও চেয়ারম্যান", "ব্যবস্থাপনা পরিচালক". Read by
 * ./title-scripts.ts in the same order of levels as the other scripts. A deputy ("उप", "सहायक", "ভাইস", "উপ") of a
 * chairman, managing director or general manager is a vp, as "Vice President" is; a "महाप्रबंधक" / "মহাব্যবস্থাপক"
 * (general manager) is a chief, as "General Manager" is in the Latin rules.
 *
 * Words that are also common family names ("अधिकारी" Adhikari, "प्रधान" Pradhan alone, "मालिक"/"মালিক" Malik) are left
 * out or read only inside a longer title, since the name reader drops a name that reads as a job title.
 */

/**
 * A word's start and end: no letter or mark of these two scripts just before or after (their words only touch their own
 * script's letters; a short range compiles far smaller than \p{L}). Vowel signs, virama and nukta are in the range.
 */
const LETTER = '[\\u0900-\\u097F\\u0980-\\u09FF]';
const B = `(?<!${LETTER})`;
const E = `(?!${LETTER})`;
/** The rest of a word (its inflections: "वित्तीय", "অধ্যাপকের"). */
const W = `${LETTER}*`;

/** A deputy or assistant written before a chief's title, with or without a space or hyphen. */
const HI_DEPUTY = '(?<!(?:उप|सहायक|सहाय्यक|वाइस)[\\s-]?)';
const BN_DEPUTY = '(?<!(?:উপ|সহ|সহকারী|ভাইস)[\\s-]?)';

/** A chairman, managing director, chief executive or general manager: c-level, and the executive department. */
const HI_CHIEF = `${HI_DEPUTY}${B}(?:अध्यक्ष${E}|सभापति|प्रबंध निदेशक|प्रबन्ध निदेशक|व्यवस्थापकीय संचालक|मुख्य कार्यकारी|महाप्रबंधक|महाप्रबन्धक|महाव्यवस्थापक|सीईओ|चेयरमैन|चेअरमन)`;
/** Any chief officer ("मुख्य वित्तीय अधिकारी", "প্রধান আর্থিক কর্মকর্তা": CFO) is c-level; its department is its function's. */
const HI_CHIEF_OFFICER = `${HI_DEPUTY}${B}मुख्य (?:${LETTER}+ ){0,2}अधिकारी`;
const BN_CHIEF_OFFICER = `${BN_DEPUTY}${B}প্রধান (?:${LETTER}+ ){0,2}কর্মকর্তা`;
const BN_CHIEF = `${BN_DEPUTY}${B}(?:চেয়ারম্যান|চেয়ারপার্সন|সভাপতি|প্রধান নির্বাহী|ব্যবস্থাপনা পরিচালক|মহাব্যবস্থাপক|সিইও)`;

export const HINDI_BENGALI_SENIORITY: Partial<Record<Seniority, string>> = {
  intern: `${B}(?:इंटर्न|इन्टर्न|प्रशिक्षु|प्रशिक्षार्थी|प्रशिक्षणार्थी|ইন্টার্ন|শিক্ষানবিশ)`,
  owner: `${B}(?:(?:सह[\\s-]?)?संस्थापक${W}|प्रोप्राइटर|प्रोपराइटर|भागीदार|साझेदार|(?:সহ[\\s-]?)?প্রতিষ্ঠাতা|স্বত্বাধিকারী|অংশীদার)`,
  'c-level': `${HI_CHIEF}|${BN_CHIEF}|${HI_CHIEF_OFFICER}|${BN_CHIEF_OFFICER}`,
  vp: `${B}(?:उपाध्यक्ष|(?:उप|वाइस)[\\s-]?(?:अध्यक्ष|सभापति|प्रबंध निदेशक|महाप्रबंधक|प्रेसिडेंट|चेयरमैन)|ভাইস (?:চেয়ারম্যান|প্রেসিডেন্ট)|সহ[\\s-]?সভাপতি|উপ[\\s-]?(?:ব্যবস্থাপনা পরিচালক|মহাব্যবস্থাপক))`,
  head: `${B}(?:विभाग ?प्रमुख|विभागाध्यक्ष|प्रमुख${E}|प्रधानाचार्य|प्राचार्य|मुख्य (?:लेखाकार|लेखापाल|अभियंता)|বিভাগীয় প্রধান|প্রধান${E})`,
  director: `${B}(?:निदेशक|संचालक|डायरेक्टर|পরিচালক|ডিরেক্টর)`,
  manager: `${B}(?:प्रबंधक|प्रबन्धक|व्यवस्थापक|मैनेजर|मॅनेजर|पर्यवेक्षक|प्रभारी|ব্যবস্থাপক|ম্যানেজার|তত্ত্বাবধায়ক|সুপারভাইজার|ইনচার্জ)`,
  senior: `${B}(?:वरिष्ठ|सीनियर|विशेषज्ञ|प्रोफेसर|জ্যেষ্ঠ|সিনিয়র|ঊর্ধ্বতন|বিশেষজ্ঞ|(?<!সহকারী )অধ্যাপক)`,
  entry: `${B}(?:कनिष्ठ|सहायक|सहाय्यक|कर्मचारी|लिपिक|विश्लेषक|सलाहकार|प्रतिनिधि|समन्वयक|तकनीशियन|কনিষ্ঠ|সহকারী|কর্মকর্তা|কর্মচারী|বিশ্লেষক|পরামর্শক|প্রতিনিধি|সমন্বয়কারী|নির্বাহী|অফিসার|এক্সিকিউটিভ)`,
};

export const HINDI_BENGALI_DEPARTMENT: Partial<Record<Department, string>> = {
  executive: `${HI_CHIEF}|${BN_CHIEF}|${B}(?:(?:सह[\\s-]?)?संस्थापक${W}|प्रोप्राइटर|प्रोपराइटर|(?:সহ[\\s-]?)?প্রতিষ্ঠাতা|স্বত্বাধিকারী)`,
  support: `${B}(?:ग्राहक (?:सेवा|सहायता)|গ্রাহক ?সেবা)`,
  sales: `${B}(?:बिक्री|विक्रय|विक्री|सेल्स|व्यापार विकास|व्यवसाय विकास|निर्यात|বিক্রয়|সেলস|রপ্তানি)`,
  marketing: `${B}(?:विपणन|मार्केटिंग|जनसंपर्क|जन संपर्क|ब्रांड|বিপণন|মার্কেটিং|জনসংযোগ|ব্র্যান্ড)`,
  design: `${B}(?:डिज़ाइन${W}|डिजाइन${W}|ডিজাইন${W}|নকশা)`,
  product: `${B}(?:उत्पाद${E}|পণ্য${E})`,
  hr: `${B}(?:मानव संसाधन|मनुष्यबळ|कार्मिक|भर्ती|एचआर|মানব ?সম্পদ|এইচআর)`,
  finance: `${B}(?:वित्त${W}|लेखा${E}|लेखाकार|लेखापाल|लेखापरीक्षक|अकाउंटेंट|कोषाध्यक्ष|हिसाब${W}|হিসাব${W}|আর্থিক|অর্থ (?:ও|বিভাগ)|ফিন্যান্স|নিরীক্ষা|কোষাধ্যক্ষ)`,
  legal: `${B}(?:विधि${E}|विधिक|कानूनी|कानून|अधिवक्ता|আইন${E}|আইনি|আইনজীবী|অ্যাডভোকেট)`,
  education: `${B}(?:शिक्षक|शिक्षिका|अध्यापक|प्राध्यापक|व्याख्याता|प्राचार्य|प्रधानाचार्य|शिक्षण|শিক্ষক|শিক্ষিকা|অধ্যাপক|প্রভাষক|শিক্ষা${E})`,
  healthcare: `${B}(?:चिकित्स${W}|नर्स|परिचारिका|फार्मासिस्ट|চিকিৎসক|ডাক্তার|নার্স|সেবিকা)`,
  research: `${B}(?:अनुसंधान|शोध${W}|वैज्ञानिक|संशोधक|গবেষক|গবেষণা|বিজ্ঞানী)`,
  it: `${B}(?:सूचना प्रौद्योगिकी|आईटी|माहिती तंत्रज्ञान|তথ্য ?প্রযুক্তি|আইটি)`,
  engineering: `${B}(?:अभियंता|अभियांत्रिकी|इंजीनियर${W}|सॉफ्टवेयर|डेवलपर|तकनीकी|প্রকৌশল${W}|ইঞ্জিনিয়ার${W}|সফটওয়্যার|ডেভেলপার|কারিগরি)`,
  operations: `${B}(?:संचालन|उत्पादन|खरीद${E}|क्रय|लॉजिस्टिक्स|आपूर्ति|कारखाना|प्रशासन|परियोजना|भंडार|উৎপাদন|ক্রয়|সরবরাহ|কারখানা|প্রশাসন|লজিস্টিকস|প্রকল্প|গুদাম)`,
};
