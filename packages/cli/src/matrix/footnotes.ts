/** A numbered note under the matrix: what a cell's marker refers to, with its sources. */
export interface Footnote {
  readonly n: number;
  readonly text: string;
  readonly urls: readonly string[];
  /** When the figure was checked against `urls`, for limits and facts. */
  readonly checked?: string;
}

/**
 * Numbers footnotes in the order they are first cited; the same text and sources get the same number.
 *
 * @example
 * const notes = new Footnotes(); notes.cite('one Set-Cookie only', [ALB_URL]) // 1
 */
export class Footnotes {
  readonly #byKey = new Map<string, Footnote>();

  /** The number of the footnote for `text` and `urls`, added when new; `undefined` when both are empty. */
  cite(text: string, urls: readonly string[] = [], checked?: string): number | undefined {
    if (!text && !urls.length) return undefined;
    const key = JSON.stringify([text, urls, checked ?? null]);
    const found = this.#byKey.get(key);
    if (found) return found.n;
    const note: Footnote = { n: this.#byKey.size + 1, text, urls, ...(checked ? { checked } : {}) };
    this.#byKey.set(key, note);
    return note.n;
  }

  /** Every footnote, by number. */
  list(): Footnote[] {
    return [...this.#byKey.values()];
  }
}
