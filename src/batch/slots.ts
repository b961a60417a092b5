/**
 * A counting semaphore: at most `size` holders at once, the others wait in arrival order.
 * The runner uses one for free workers and one for the inputs under way (back-pressure).
 */
export class Slots {
  readonly #size: number;
  #used = 0;
  readonly #waiting: Array<() => void> = [];

  /** @param size holders allowed at once, at least 1 */
  constructor(size: number) {
    this.#size = Math.max(1, size);
  }

  /** Resolves once a slot is taken for the caller. */
  acquire(): Promise<void> {
    if (this.#used < this.#size) {
      this.#used++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Gives a slot back, to the longest waiter if any. */
  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#used--;
  }

  /** Slots taken. */
  get used(): number {
    return this.#used;
  }
}
