/**
 * `--shard i/n`: a deterministic 1/n slice of the inputs, to spread one archive or folder over
 * n machines (`--shard 1/n` … `--shard n/n`; together they cover every input exactly once).
 * An input belongs to slice `1 + FNV-1a-32(key) mod n`, where key is its place in its input tree
 * (`dir/sub/page.html`, `crawl.warc.gz/1234`, or the id) — not the path it is reached by, so
 * machines that mount the data at different places still agree.
 */
/** One slice: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parses `i/n`.
 * @returns the slice, or null unless the text is `i/n` with 1 ≤ i ≤ n
 */
export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** True when the input with this key belongs to the slice. */
export function inShard(key: readonly string[], shard: Shard): boolean {
  return fnv1a(key.join('/')) % shard.count === shard.index - 1;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of a string. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
