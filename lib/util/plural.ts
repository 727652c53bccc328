/** "1 company", "2,048 companies": the count in the page's number format and the noun that agrees with it. */
export const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
