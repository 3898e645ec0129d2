// A resolved citation as features read it (Citation): its parts and their numbers' ranges are made when first read.
// Also where a citation writes an article's number, for fixes that rewrite it.
import type { TextRange } from '../model';
import type { ScannedPart } from './scanTypes';
import type { LineIndex } from './text';
import type { Binding, Citation, CitationPart, CitationTarget, NumberFragment, Problem } from './types';

/**
 * A citation found by the scanner and resolved. Its parts, its text and its range are made when first read: most
 * features never read them, and a large draft has tens of thousands of citations (a range is three objects kept as long
 * as the analysis).
 */
export class ScannedCitationView implements Citation {
  titleText?: string;
  candidates?: string[];
  #parts: CitationPart[] | undefined;
  #targets: CitationTarget[] | undefined;
  #text: string | undefined;
  #range: TextRange | undefined;
  readonly #source: string;
  readonly #start: number;
  readonly #end: number;
  readonly #raw: readonly ScannedPart[];
  readonly #lines: LineIndex;

  /**
   * The citation at [start, end) of `source` (the text read); `range`, its range when a problem made it already (the
   * problems and the citation share it).
   */
  constructor(
    source: string,
    start: number,
    end: number,
    range: TextRange | undefined,
    public status: Citation['status'],
    raw: readonly ScannedPart[],
    lines: LineIndex,
    public bindings: Binding[],
    public problems: Problem[],
  ) {
    this.#source = source;
    this.#start = start;
    this.#end = end;
    this.#range = range;
    this.#raw = raw;
    this.#lines = lines;
  }

  get text(): string {
    return (this.#text ??= this.#source.slice(this.#start, this.#end));
  }

  set text(text: string) {
    this.#text = text;
  }

  get range(): TextRange {
    return (this.#range ??= this.#lines.range(this.#start, this.#end));
  }

  set range(range: TextRange) {
    this.#range = range;
  }

  /** The bindings' targets, in order. */
  get targets(): CitationTarget[] {
    return (this.#targets ??= this.bindings.map((b) => b.target));
  }

  get parts(): CitationPart[] {
    return (this.#parts ??= this.#raw.map((p) => new Part(p, this.#lines)));
  }

  toJSON(): Citation {
    const { text, range, status, targets, parts, titleText, candidates, bindings, problems } = this;
    return { text, range, status, targets, parts, titleText, candidates, bindings, problems };
  }
}

/**
 * A fragment of a citation. The ranges of its numbers are made when first read: most features never read them, and
 * a large draft has tens of thousands.
 */
class Part implements CitationPart {
  readonly kind: CitationPart['kind'];
  readonly #raw: ScannedPart;
  readonly #lines: LineIndex;
  #range: TextRange | undefined;
  #numbers: NumberFragment[] | undefined;
  #insert: NumberFragment | undefined;

  constructor(raw: ScannedPart, lines: LineIndex) {
    this.kind = raw.kind;
    this.#raw = raw;
    this.#lines = lines;
  }

  get range(): TextRange {
    return (this.#range ??= this.#lines.range(this.#raw.start, this.#raw.end));
  }

  get numbers(): NumberFragment[] | undefined {
    const flat = this.#raw.numbers;
    if (!flat) return undefined;
    if (!this.#numbers) {
      this.#numbers = [];
      for (let i = 0; i + 2 < flat.length; i += 3) this.#numbers.push({ value: flat[i], range: this.#lines.range(flat[i + 1], flat[i + 2]) });
    }
    return this.#numbers;
  }

  get insert(): NumberFragment | undefined {
    const i = this.#raw.insert;
    if (!i) return undefined;
    this.#insert ??= { value: i.value, range: this.#lines.range(i.start, i.end) };
    return this.#insert;
  }

  toJSON(): CitationPart {
    return { kind: this.kind, range: this.range, numbers: this.numbers, insert: this.insert };
  }
}

/**
 * Where a citation writes an article number (and its 之N): from the number's first character to the end of the
 * insert's numeral (or of the number), with what stands between them (条之). Null for a number only implied by a
 * range (第一条至第五条 writes no 第三条).
 */
export function writtenNumber(text: string, parts: readonly ScannedPart[], article: number, insert: number | null): { start: number; end: number; numberEnd: number; between: string } | null {
  for (const part of parts) {
    if (part.kind !== 'article' || !part.numbers) continue;
    const flat = part.numbers;
    for (let i = 0; i + 2 < flat.length; i += 3) {
      if (flat[i] !== article) continue;
      const lastOfUnit = i + 3 >= flat.length;
      const ins = lastOfUnit ? part.insert : undefined;
      if ((ins?.value ?? null) !== insert) continue;
      return { start: flat[i + 1], numberEnd: flat[i + 2], end: ins ? ins.end : flat[i + 2], between: ins ? text.slice(flat[i + 2], ins.start) : '' };
    }
  }
  return null;
}
