// Chinese and Korean locations run small to large: a district ("前鎮區", "해운대구") before its city ("高雄市", "부산시").
const DISTRICT = /(?:區|区|구|군)$/u;
const CJK_CITY = /(?:市|시)$/u;

/** Whether `district` is a Chinese or Korean district of the city `city` names ("前鎮區" of "高雄市"). */
export function districtOfCity(district: string | undefined, city: string | undefined): boolean {
  return !!district && !!city && DISTRICT.test(district) && CJK_CITY.test(city);
}
