/**
 * The subset of SOQL the local Salesforce understands: `SELECT a, b FROM Object WHERE <term> OR <term>... [ORDER BY
 * Field ASC|DESC]`, each term `Field IN ('x', ...)` or `Field LIKE 'pattern'`, strings with SOQL's escapes. Anything
 * else is a malformed query, as Salesforce would answer it.
 */
export interface Term {
  field: string;
  op: 'IN' | 'LIKE';
  values: string[];
}
export interface Query {
  fields: string[];
  from: string;
  where: Term[];
  orderBy?: { field: string; desc: boolean };
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', b: '\b', "'": "'", '"': '"', '\\': '\\' };

/** A string keeps `pattern` too: its text with LIKE's own escapes (\\, \%, \_) left as written. */
type Token = { kind: 'word' | 'string' | 'punct'; text: string; pattern?: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (/\s/.test(c)) i++;
    else if (c === ',' || c === '(' || c === ')') {
      tokens.push({ kind: 'punct', text: c });
      i++;
    } else if (c === "'") {
      let value = '';
      let pattern = '';
      i++;
      for (;;) {
        const d = text[i];
        if (d === undefined) throw new Error('unterminated string');
        if (d === "'") break;
        if (d === '\\') {
          const e = text[i + 1] as string;
          // In a LIKE pattern \% and \_ stand for themselves; kept as written for the pattern.
          if (e === '%' || e === '_' || e === '\\') {
            value += e === '\\' ? '\\' : `\\${e}`;
            pattern += `\\${e}`;
          } else if (e in ESCAPES) {
            value += ESCAPES[e];
            pattern += ESCAPES[e];
          } else throw new Error(`invalid escape \\${e}`);
          i += 2;
          continue;
        }
        value += d;
        pattern += d;
        i++;
      }
      i++;
      tokens.push({ kind: 'string', text: value, pattern });
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(text.slice(i));
      if (!m) throw new Error(`unexpected ${c}`);
      tokens.push({ kind: 'word', text: m[0] });
      i += m[0].length;
    }
  }
  return tokens;
}

export function parseSoql(text: string): Query {
  const t = tokenize(text);
  let i = 0;
  const next = () => {
    const token = t[i++];
    if (!token) throw new Error('unexpected end');
    return token;
  };
  const keyword = (word: string) => {
    const token = next();
    if (token.kind !== 'word' || token.text.toUpperCase() !== word) throw new Error(`expected ${word}`);
  };
  keyword('SELECT');
  const fields: string[] = [];
  do fields.push(next().text);
  while (t[i]?.text === ',' && ++i);
  keyword('FROM');
  const from = next().text;
  keyword('WHERE');
  const where: Term[] = [];
  for (;;) {
    const field = next().text;
    const op = next().text.toUpperCase();
    if (op === 'IN') {
      if (next().text !== '(') throw new Error('expected (');
      const values: string[] = [];
      for (;;) {
        const v = next();
        if (v.kind !== 'string') throw new Error('expected a string');
        values.push(v.text);
        const sep = next().text;
        if (sep === ')') break;
        if (sep !== ',') throw new Error('expected , or )');
      }
      where.push({ field, op: 'IN', values });
    } else if (op === 'LIKE') {
      const v = next();
      if (v.kind !== 'string') throw new Error('expected a string');
      where.push({ field, op: 'LIKE', values: [v.pattern ?? v.text] });
    } else throw new Error(`unknown operator ${op}`);
    if (t[i]?.text.toUpperCase() !== 'OR') break;
    i++;
  }
  let orderBy: Query['orderBy'];
  if (t[i]?.text.toUpperCase() === 'ORDER') {
    i++;
    keyword('BY');
    const field = next().text;
    const dir = t[i]?.text.toUpperCase();
    if (dir === 'ASC' || dir === 'DESC') i++;
    orderBy = { field, desc: dir === 'DESC' };
  }
  if (i !== t.length) throw new Error(`unexpected ${t[i]?.text}`);
  return { fields, from, where, orderBy };
}

/** LIKE: % any run, _ one character, \% \_ and \\ themselves; case-insensitive as in Salesforce. */
export function likeMatches(pattern: string, value: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '\\' && ['%', '_', '\\'].includes(pattern[i + 1] as string)) re += `\\${pattern[++i]}`;
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 'is').test(value);
}
