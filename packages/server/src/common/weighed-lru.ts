/**
 * A map kept per process, least recently used first out, bounded twice: at most `maxEntries` entries, and at
 * most `maxWeight` in all (each entry weighs what `weigh` says, e.g. the lines or rows it holds). An entry
 * heavier than the whole budget is not kept.
 */
export class WeighedLru<V> {
  private readonly kept = new Map<string, V>();
  private held = 0;

  constructor(
    private readonly weigh: (value: V) => number,
    private readonly maxEntries: number,
    private readonly maxWeight: number,
  ) {}

  /** The entry, moved to the back (most recently used). */
  get(key: string): V | undefined {
    const value = this.kept.get(key);
    if (value !== undefined) {
      this.kept.delete(key);
      this.kept.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    const weight = this.weigh(value);
    if (weight > this.maxWeight) return;
    while (this.kept.size > 0 && (this.kept.size >= this.maxEntries || this.held + weight > this.maxWeight)) this.delete(this.kept.keys().next().value as string);
    this.kept.set(key, value);
    this.held += weight;
  }

  delete(key: string): void {
    const value = this.kept.get(key);
    if (value === undefined) return;
    this.kept.delete(key);
    this.held -= this.weigh(value);
  }

  /** How many entries and how much weight are kept (for tests of the bounds). */
  get size(): { entries: number; weight: number } {
    return { entries: this.kept.size, weight: this.held };
  }
}
