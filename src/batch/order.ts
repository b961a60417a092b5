/**
 * Output order: results arrive as workers finish; by default they leave in input order, held
 * back until every earlier input is done. `--unordered` lets each leave at once.
 */

/**
 * Releases numbered results in number order (or at once when not ordered).
 * Numbers start at 0 and each is put exactly once.
 */
export class Reorderer<T> {
  readonly #ordered: boolean;
  readonly #held = new Map<number, T>();
  #next = 0;

  /** @param ordered false for `--unordered` */
  constructor(ordered: boolean) {
    this.#ordered = ordered;
  }

  /**
   * Adds result `seq`.
   * @returns the results now due, in order (possibly none)
   */
  put(seq: number, value: T): T[] {
    if (!this.#ordered) return [value];
    this.#held.set(seq, value);
    const due: T[] = [];
    while (this.#held.has(this.#next)) {
      due.push(this.#held.get(this.#next) as T);
      this.#held.delete(this.#next++);
    }
    return due;
  }

  /** Results waiting for an earlier one. */
  get held(): number {
    return this.#held.size;
  }
}
