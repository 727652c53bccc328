/**
 * Decoding of the value encoding dexie-export-import writes (Typeson: a row's `$types` maps key paths to the type of
 * a value JSON cannot hold). The library's own import reads the file with FileReader, which a service worker does not
 * have, so the background decodes rows here. Only the types our rows can hold are accepted; anything else (a Blob, a
 * Map, a cyclic reference) cannot come from ICP Lens and is refused with its path.
 */
const REVIVERS: Record<string, (value: unknown) => unknown> = {
  undef: () => undefined,
  // Every array is tagged so; the library only rebuilds arrays that carried extra keys, which ours never do.
  arrayNonindexKeys: (value) => {
    if (!Array.isArray(value)) throw new Error('a list was expected');
    return value;
  },
  nan: () => Number.NaN,
  infinity: () => Number.POSITIVE_INFINITY,
  negativeInfinity: () => Number.NEGATIVE_INFINITY,
  date: (value) => {
    if (typeof value !== 'number' && value !== 'NaN') throw new Error('a date was expected');
    return new Date(value === 'NaN' ? Number.NaN : value);
  },
};

const unescapeKey = (key: string) => key.replace(/~1/g, '.').replace(/~0/g, '~');

function setAtPath(root: Record<string, unknown>, path: string, revive: (value: unknown) => unknown): void {
  const keys = path.split('.').map(unescapeKey);
  let parent: unknown = root;
  for (const key of keys.slice(0, -1)) {
    parent = (parent as Record<string, unknown> | undefined)?.[key];
    if (!parent || typeof parent !== 'object') throw new Error(`no value at ${path}`);
  }
  const last = keys[keys.length - 1] as string;
  const holder = parent as Record<string, unknown>;
  if (!Object.hasOwn(holder, last)) throw new Error(`no value at ${path}`);
  const value = revive(holder[last]);
  holder[last] = value;
}

/** A row as stored, from its exported form; throws with the key path and type of a value it cannot decode. */
export function reviveRow(row: unknown): unknown {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
  const { $types: types, ...rest } = row as Record<string, unknown>;
  if (types === undefined) return row;
  // A row that itself had a `$types` key is wrapped as {$: row, $types: true}.
  if (types === true) return rest.$;
  if (!types || typeof types !== 'object') throw new Error('invalid $types');
  // Deepest paths first, so a parent is replaced after its children were decoded.
  const entries = Object.entries(types as Record<string, unknown>).sort(
    ([a], [b]) => b.split('.').length - a.split('.').length,
  );
  for (const [path, type] of entries) {
    // Typeson lists the innermost encoding first and decodes in list order.
    for (const name of ([] as unknown[]).concat(type)) {
      const revive = typeof name === 'string' ? REVIVERS[name] : undefined;
      if (!revive) throw new Error(`unsupported value type ${JSON.stringify(name)} at ${path || 'the row'}`);
      setAtPath(rest, path, revive);
    }
  }
  return rest;
}
