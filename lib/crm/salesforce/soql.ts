/**
 * SOQL text built from values that came from web pages: every value is quoted and escaped, so none can change the
 * query. Ids are checked against Salesforce's id shape instead.
 */
const NAMED: Record<string, string> = { '\n': 'n', '\r': 'r', '\t': 't', '\f': 'f', '\b': 'b' };

function escaped(value: string, like: boolean): string {
  return value.replace(like ? /[\\'"\n\r\t\f\b%_]/g : /[\\'"\n\r\t\f\b]/g, (c) => `\\${NAMED[c] ?? c}`);
}

/** A string literal: backslash, quotes and control characters escaped as SOQL wants them. */
export const quote = (value: string): string => `'${escaped(value, false)}'`;

/** A LIKE pattern that finds `value` anywhere: its own % and _ are escaped, so they match only themselves. */
export const containsPattern = (value: string): string => `'%${escaped(value, true)}%'`;

export const isSalesforceId = (id: string) => /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/.test(id);

/** `('a', 'b')` for IN. */
export const list = (values: readonly string[]) => `(${values.map(quote).join(', ')})`;
