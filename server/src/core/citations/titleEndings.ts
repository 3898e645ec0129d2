// The titles that may be cited without 《》, found by where they end: the longest known title ending at an offset
// of a text. Kept as a set of strings plus, per last two characters, the lengths of the titles ending with them
// (longest first), so that building it for ~3,000 titles allocates a few hundred arrays instead of a trie node per
// character, and a text position whose last two characters end no title is rejected with one map lookup.

/** A full title (cited bare anywhere). */
const FULL = 1;
/** A short name (公司法, 民法典, 民诉法解释): cited bare only after a word boundary. */
const SHORT = 2;

export class TitleEndings {
  private readonly kinds = new Map<string, number>();
  /** (last char, char before it) → lengths of the titles of two or more characters ending so, longest first. */
  private readonly lengths = new Map<number, number[]>();
  /** One-character titles (never from a corpus, but an alias could be one). */
  private readonly single = new Map<number, number>();

  /** Add a title (`short`: a short name, matched only where `boundary` holds). */
  add(title: string, short = false): void {
    if (!title) return;
    const flag = short ? SHORT : FULL;
    if (title.length === 1) {
      const c = title.charCodeAt(0);
      this.single.set(c, (this.single.get(c) ?? 0) | flag);
      return;
    }
    const had = this.kinds.get(title);
    this.kinds.set(title, (had ?? 0) | flag);
    if (had !== undefined) return;
    const key = pairKey(title, title.length);
    const list = this.lengths.get(key);
    if (!list) this.lengths.set(key, [title.length]);
    else if (!list.includes(title.length)) {
      list.push(title.length);
      list.sort((a, b) => b - a);
    }
  }

  /**
   * Start of the longest title ending at `end`, or -1. A short name counts only with `shortNames` and when
   * `boundary(start)` holds (what stands before it lets it be a name).
   */
  matchEnding(text: string, end: number, shortNames: boolean, boundary: (start: number) => boolean): number {
    if (end >= 2) {
      const list = this.lengths.get(pairKey(text, end));
      if (list) {
        for (const len of list) {
          if (len > end) continue;
          const kind = this.kinds.get(text.slice(end - len, end));
          if (kind === undefined) continue;
          if (kind & FULL || (shortNames && boundary(end - len))) return end - len;
        }
      }
    }
    if (end >= 1) {
      const kind = this.single.get(text.charCodeAt(end - 1));
      if (kind !== undefined && (kind & FULL || (shortNames && boundary(end - 1)))) return end - 1;
    }
    return -1;
  }
}

function pairKey(text: string, end: number): number {
  return text.charCodeAt(end - 1) * 65536 + text.charCodeAt(end - 2);
}
