/**
 * The subset of Twenty's REST `filter` syntax the client sends, parsed for the local Twenty: `field[op]:value` with
 * dotted composite paths, `and(...)`, `or(...)`, `not(...)`, a comma-separated root (and), values quoted ("…" with
 * backslash escapes), bare (NULL, NOT_NULL, numbers) or lists `[…]`. Written here from the documented grammar, not
 * shared with the client, so the two cannot agree by construction.
 */
export type Filter =
  | { kind: 'and' | 'or'; items: Filter[] }
  | { kind: 'not'; item: Filter }
  | { kind: 'cmp'; path: string; op: string; value: string | string[] };

export function parseFilter(text: string): Filter {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`'filter' invalid at ${i}: ${why}`);
  };
  const peek = () => text[i];
  const scalar = (): string => {
    if (peek() === '"') {
      i++;
      let out = '';
      while (i < text.length && peek() !== '"') {
        if (peek() === '\\') i++;
        out += text[i++];
      }
      if (peek() !== '"') fail('unterminated string');
      i++;
      return out;
    }
    const m = /^[^,()[\]]+/.exec(text.slice(i));
    if (!m) fail('value expected');
    i += (m as RegExpExecArray)[0].length;
    return (m as RegExpExecArray)[0];
  };
  const expr = (): Filter => {
    const conj = /^(and|or|not)\(/.exec(text.slice(i));
    if (conj) {
      i += conj[0].length;
      const items = [expr()];
      while (peek() === ',') {
        i++;
        items.push(expr());
      }
      if (peek() !== ')') fail('")" expected');
      i++;
      if (conj[1] === 'not') return { kind: 'not', item: items[0] as Filter };
      return { kind: conj[1] as 'and' | 'or', items };
    }
    const m = /^([A-Za-z][A-Za-z0-9.]*)\[([a-zA-Z]+)\]:/.exec(text.slice(i));
    if (!m) return fail('field[comparator]:value expected');
    i += m[0].length;
    let value: string | string[];
    if (peek() === '[') {
      i++;
      value = [];
      while (peek() !== ']') {
        value.push(scalar());
        if (peek() === ',') i++;
        else if (peek() !== ']') fail('"," or "]" expected');
      }
      i++;
    } else value = scalar();
    return { kind: 'cmp', path: m[1] as string, op: m[2] as string, value };
  };
  const items = [expr()];
  while (peek() === ',') {
    i++;
    items.push(expr());
  }
  if (i !== text.length) fail('unexpected text');
  return items.length === 1 ? (items[0] as Filter) : { kind: 'and', items };
}

const likeToRegExp = (pattern: string, caseless: boolean) =>
  new RegExp(
    `^${pattern.replace(/\\([%_\\])|([%_])|([.*+?^${}()|[\]\\/])/g, (_, escaped, wild, special) =>
      escaped ? `\\${escaped}` : wild === '%' ? '.*' : wild === '_' ? '.' : `\\${special}`,
    )}$`,
    caseless ? 'is' : 's',
  );

export const COMPARATORS = new Set(['eq', 'neq', 'in', 'is', 'like', 'ilike', 'gt', 'gte', 'lt', 'lte', 'startsWith']);

export function matches(filter: Filter, get: (path: string) => unknown): boolean {
  if (filter.kind === 'and' || filter.kind === 'or')
    return filter.kind === 'and'
      ? filter.items.every((f) => matches(f, get))
      : filter.items.some((f) => matches(f, get));
  if (filter.kind === 'not') return !matches(filter.item, get);
  const { path, op, value: want } = filter as Extract<Filter, { kind: 'cmp' }>;
  const value = get(path);
  const text = value === null || value === undefined ? undefined : String(value);
  switch (op) {
    case 'is':
      return want === 'NULL' ? text === undefined : text !== undefined;
    case 'eq':
      return text === want;
    case 'in':
      return Array.isArray(want) && text !== undefined && want.includes(text);
    case 'ilike':
    case 'like':
      return text !== undefined && likeToRegExp(String(want), op === 'ilike').test(text);
    default:
      return false;
  }
}
