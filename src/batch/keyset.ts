/**
 * A compact set of strings for `--resume FILE`: each key is kept as 64 bits of its SHA-1
 * (8 bytes, in a sorted typed array) instead of a string, so two million ids take 16 MB. The
 * chance that a key is wrongly found among n others is about n / 2^64.
 */
import { createHash } from 'node:crypto';

/** Keys collected with {@link KeySet.add}, then looked up with {@link KeySet.has}. */
export class KeySet {
  #hashes = new BigUint64Array(1024);
  #size = 0;
  #sorted = true;

  /** Adds a key. */
  add(key: string): void {
    if (this.#size === this.#hashes.length) {
      const bigger = new BigUint64Array(this.#hashes.length * 2);
      bigger.set(this.#hashes);
      this.#hashes = bigger;
    }
    this.#hashes[this.#size++] = hash64(key);
    this.#sorted = false;
  }

  /** True when the key was added. */
  has(key: string): boolean {
    if (!this.#sorted) {
      this.#hashes.subarray(0, this.#size).sort();
      this.#sorted = true;
    }
    const h = hash64(key);
    let lo = 0;
    let hi = this.#size - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const v = this.#hashes[mid]!;
      if (v === h) return true;
      if (v < h) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Keys added (duplicates counted). */
  get size(): number {
    return this.#size;
  }
}

function hash64(key: string): bigint {
  return createHash('sha1').update(key).digest().readBigUInt64LE(0);
}
