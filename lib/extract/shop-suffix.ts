// A web shop's title after the maker's name, as a shop theme writes it into og:site_name and its Organization JSON-LD:
// "… オンラインショップ", "… 公式通販サイト" (Japanese: online shop, official mail-order site), "… 온라인 스토어", "… 공식몰"
// (Korean: online store, official mall), "… 網路商店" (Chinese). A Latin domain spells "Online Shop" away from a Latin
// name; a name in another script is kept whole, so the suffix is cut here.
const SHOP_SUFFIX =
  /[ \t\u3000]*(?:[|｜/／–—-][ \t\u3000]*)?(?:公式)?(?:オンラインショップ|オンラインストア|ネットショップ|通販サイト|通販ショップ)$|[ \t\u3000]+(?:공식\s?)?(?:온라인\s?(?:스토어|쇼핑몰|몰|샵)|쇼핑몰)$|[ \t\u3000]*(?:官方)?(?:網路商店|网上商店|線上商店|线上商店|網路商城|网上商城)$/u;

/** `name` without a shop's title after it; the whole name when nothing else would remain. */
export function withoutShopSuffix(name: string): string {
  return name.replace(SHOP_SUFFIX, '').trim() || name;
}
