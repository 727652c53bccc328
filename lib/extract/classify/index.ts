export { type IndustryGuess, industryGroup } from './industry';
export { classifyTitle, type TitleClass } from './title';
