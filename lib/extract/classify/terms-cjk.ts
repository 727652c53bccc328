import type { GroupTerms } from './terms';

type Group = GroupTerms['group'];

/**
 * The same activity classification's key words in Japanese (JSIC, the Japan Standard Industrial Classification, and
 * LinkedIn's Japanese industry names: "輸送・物流・サプライチェーン・倉庫", "ソフトウェア開発"), Chinese (GB/T 4754 and
 * Taiwan's standard classification, simplified and traditional) and Korean (KSIC). Written without spaces, these
 * scripts are matched as they stand, not through the Latin normalization (./normalize.ts), which drops them.
 *
 * Left out on purpose: 開発/开发/개발 (development: software's and real estate's alike), サービス/服务/서비스
 * (service, every trade's), 技術/技术/기술 (technology, any maker's), 株式会社 and 有限公司 (company forms), 保管 and 配送
 * alone (any shop keeps and delivers its goods: storage and delivery together are a warehouse's trade, JSIC 47-48).
 */
export const CJK_TERMS: Record<Group, string> = {
  software:
    'ソフトウェア|ソフト開発|SaaS|アプリ開発|ゲーム開発|软件|軟體|软体|游戏开发|遊戲開發|소프트웨어|게임 개발|게임개발',
  'it-services':
    '情報処理|システム開発|システムインテグレーション|ITサービス|ITコンサルティング|信息技术服务|資訊服務|系统集成|IT 서비스|IT서비스|시스템 통합|정보기술',
  telecommunications: '電気通信|通信事業|電信|电信|通信服务|통신',
  'marketing-advertising': '広告|マーケティング|広報|广告|廣告|营销|行銷|광고|마케팅',
  'financial-services':
    '金融|銀行|银行|保険|保险|保險|証券|证券|投資|投资|資産運用|决済|決済|支付|금융|은행|보험|증권|핀테크|フィンテック',
  healthcare: '医療|病院|医薬品|製薬|バイオ|医疗|医院|医药|醫療|醫院|醫藥|生物技术|의료|병원|제약|바이오',
  education: '教育|学校|大学|学習塾|教育培训|學校|대학|교육|학원',
  manufacturing:
    '로봇|용접|産業用ロボット|溶接|工业机器人|工業機器人|焊接|製造|製作所|工業|工场|工場|製品の製造|精密加工|切削|機械|制造|製造業|制造业|机械|機械製造|工业|제조|공업|기계|부품|食品|菓子|製菓|飲料|食品饮料|식품',
  'retail-consumer': '小売|卸売|通販|化粧品|アパレル|零售|批发|批發|电商|電商|소매|도매|화장품|의류|전자상거래',
  'media-publishing':
    '出版|新聞|放送|メディア|映像制作|音楽|出版社|媒体|媒體|报社|報社|广播|廣播|影视|출판|신문|방송|미디어',
  'professional-services':
    '法律事務所|会計|税理士|コンサルティング|人材派遣|人材紹介|翻訳|律师|律師|会计|會計|咨询|諮詢|人力资源|법률|회계|컨설팅|인력',
  'real-estate-construction': '建設|建築|不動産|土木|住宅|建筑|房地产|不動產|營造|건설|건축|부동산',
  'energy-utilities':
    'エネルギー|電力|ガス|太陽光|再生可能エネルギー|能源|电力|電力公司|新能源|太阳能|에너지|전력|태양광',
  'transportation-logistics':
    '物流|運輸|輸送|倉庫|海運|航空|鉄道|サプライチェーン|冷蔵倉庫|冷凍倉庫|倉庫業|営業倉庫|運送業|運送事業|貨物自動車運送|通関|保管と配送|保管・配送|保管と輸送|保管・輸送|运输|運輸業|仓储|倉儲|物流业|운송|물류|창고|해운|항공',
  'hospitality-travel': 'ホテル|旅館|旅行|観光|飲食|レストラン|酒店|旅游|旅遊|餐饮|餐飲|호텔|여행|관광|외식',
  'government-nonprofit': '行政|官公庁|自治体|非営利|NPO法人|公益財団|政府|非营利|非營利|정부|비영리|공공기관',
};

/**
 * The Tokyo Stock Exchange's 33 sectors (東証33業種), the names Japanese company pages and infoboxes state as their
 * 業種, read whole. Food (食料品) is made, as NACE 10-11 file it in manufacturing; 医薬品 is health care. Left out: 情報・通信業
 * (software, telecoms and broadcasting in one), サービス業 and 水産・農林業 (no one group).
 */
export const TSE_SECTORS: Record<string, Group> = {
  食料品: 'manufacturing',
  繊維製品: 'manufacturing',
  'パルプ・紙': 'manufacturing',
  化学: 'manufacturing',
  医薬品: 'healthcare',
  '石油・石炭製品': 'energy-utilities',
  ゴム製品: 'manufacturing',
  'ガラス・土石製品': 'manufacturing',
  鉄鋼: 'manufacturing',
  非鉄金属: 'manufacturing',
  金属製品: 'manufacturing',
  機械: 'manufacturing',
  電気機器: 'manufacturing',
  輸送用機器: 'manufacturing',
  精密機器: 'manufacturing',
  その他製品: 'manufacturing',
  '電気・ガス業': 'energy-utilities',
  鉱業: 'energy-utilities',
  建設業: 'real-estate-construction',
  不動産業: 'real-estate-construction',
  陸運業: 'transportation-logistics',
  海運業: 'transportation-logistics',
  空運業: 'transportation-logistics',
  '倉庫・運輸関連業': 'transportation-logistics',
  卸売業: 'retail-consumer',
  小売業: 'retail-consumer',
  銀行業: 'financial-services',
  '証券、商品先物取引業': 'financial-services',
  保険業: 'financial-services',
  その他金融業: 'financial-services',
};

/**
 * LinkedIn industry names whose words belong to two groups, read whole as LinkedIn's English name is ("Medical
 * Equipment Manufacturing" is health care), written without spaces.
 */
export const CJK_NAMES: Record<string, Group> = {
  의료장비제조: 'healthcare',
  医療機器製造: 'healthcare',
  医疗设备制造: 'healthcare',
  醫療設備製造: 'healthcare',
};
