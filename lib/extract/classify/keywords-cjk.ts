import type { IndustryGroup } from '../../signals/enums';

/**
 * The page vocabulary of ./keywords.ts in Korean and Chinese (simplified and traditional), with a few Japanese words
 * written in kanji (a cold-storage warehouse's 冷蔵倉庫, 倉庫業), in the same two tiers:
 * `strong` words name the business ("공장", "법률사무소", "律师事务所", "购物车"), `weak` ones are common elsewhere too
 * ("생산", "교육", "平台"). From KSIC's and GB/T 4754's titles (./terms-cjk.ts) and the words a business uses of itself.
 * Written without spaces or with particles attached, these scripts are matched as they stand (./normalize.ts drops
 * them). Left out because every site uses them, or they mean something else: 서비스/服务 (service), 고객/客户
 * (customer), 메뉴 (a site's menu as much as a restaurant's), 기사 (an article, and a driver or engineer), 의원 (a clinic,
 * and a member of parliament), 시청 (city hall, and viewing), 재단 (a foundation, and cutting cloth), 보안 alone
 * (security: software's, guards', buildings'), 套餐 (a phone plan, and a set meal), 开发/개발 (development).
 */
export const CJK_KEYWORDS: Partial<Record<IndustryGroup, [string, string]>> = {
  software: [
    // Japanese pages are read here too (their kanji are Han): software and firmware in katakana name a maker of them.
    'ソフトウェア|ファームウェア|소프트웨어|개발자|오픈소스|무료 체험|무료체험|앱 개발|软件|軟體|开发者|開發者|源代码|原始碼|免费试用|免費試用|应用程序',
    '플랫폼|솔루션|애플리케이션|平台|应用|應用',
  ],
  'it-services': [
    'IT 서비스|IT서비스|시스템 통합|데이터센터|홈페이지 제작|정보보안|信息技术服务|系统集成|系統整合|数据中心|資料中心|网站建设|網站建置|資訊服務',
    '클라우드|유지보수|云计算|雲端',
  ],
  'financial-services': [
    '은행|대출|보험|금리|금융|银行|銀行|贷款|貸款|保险|保險|金融|理财|理財|利率',
    '투자|자산|投资|投資|资产|資產',
  ],
  healthcare: [
    '병원|환자|진료|치과|약국|한의원|제약|医院|醫院|患者|病人|诊所|診所|牙科|药房|藥局|医疗|醫療',
    '의료|건강|健康|护理|護理',
  ],
  education: [
    '학교|대학교|학생|강의|학원|수강|学校|學校|大学|大學|学生|學生|课程|課程|讲座|講座',
    '교육|연수|教育|培训|培訓',
  ],
  manufacturing: [
    '가공공장|수산물 가공|수산가공|로봇|용접|팔레타이징|工业机器人|工業機器人|焊接|공장|제조사|제조업체|제조|생산라인|금형|가공|부품|설비|工厂|工廠|制造|製造|生产线|生產線|加工|模具|零部件|零件|机械|機械|設廠|设厂|製程|制程|量產|量产|代工|電路板|电路板',
    '생산|산업|품질|生产|生產|工业|工業|品质|品質',
  ],
  'retail-consumer': [
    // A Korean online seller's footer states its mail-order registration (통신판매업 신고, required by law) and its
    // shop's own pages: the official mall, order lookup, reviews of goods, delivery fee, gift sets.
    '통신판매업|공식몰|주문조회|상품후기|배송비|선물세트|쇼핑몰|장바구니|무료배송|구매하기|의류|화장품|가구|식품|购物车|購物車|免运费|免運費|免運|免运|网店|網店|網路商店|网上商店|商城|服装|服飾|化妆品|化妝品|家具|食品',
    '할인|가격|이벤트|价格|價格|优惠|優惠|折扣|門市|门市',
  ],
  'media-publishing': [
    '기자|신문|출판|방송|구독|편집국|记者|記者|报社|報社|出版社|杂志|雜誌|订阅|訂閱|编辑部|編輯部',
    '뉴스|新闻|新聞|报道|報導',
  ],
  'marketing-advertising': [
    '광고|마케팅|광고대행사|브랜딩|广告|廣告|营销|行銷|公关|公關',
    '홍보|캠페인|品牌|推广|推廣',
  ],
  'professional-services': [
    '법률사무소|변호사|회계사|회계법인|세무사|컨설팅|번역|律师|律師|会计师|會計師|税务|稅務|翻译|翻譯',
    '자문|咨询|諮詢|顾问|顧問',
  ],
  'real-estate-construction': [
    '부동산|건설|건축|시공|분양|房地产|房地產|不动产|不動產|建筑|建築|施工|营造|營造|装修|裝修',
    '아파트|인테리어|公寓|住宅',
  ],
  'energy-utilities': [
    '태양광|전력|신재생|풍력|발전소|太阳能|太陽能|光伏|风电|風電|电力|電力|储能|儲能|发电|發電',
    '에너지|배터리|能源|电池|電池',
  ],
  'transportation-logistics': [
    '물류|운송|택배|화물|창고|포워딩|해운|物流|运输|運輸|货运|貨運|快递|快遞|仓储|倉儲|冷蔵倉庫|冷凍倉庫|倉庫業|営業倉庫|運送事業|貨物自動車運送|通関|保管と配送|保管・配送',
    '배송|配送',
  ],
  'hospitality-travel': [
    '호텔|객실|숙박|펜션|레스토랑|여행사|관광|酒店|飯店|客房|住宿|民宿|餐厅|餐廳|旅行社|旅游|旅遊|訂房',
    '예약|여행|预订|預訂|旅行',
  ],
  telecommunications: ['통신사|이동통신|요금제|광랜|유심|电信|電信|宽带|寬頻|资费|資費', '통신|通信'],
  'government-nonprofit': [
    '비영리|봉사|후원|기부|非营利|非營利|基金会|基金會|志愿者|志工|捐款',
    '정부|협회|政府|协会|協會',
  ],
};
