// The titles that may be cited without 《》, found by where they end: the longest known title ending at an offset
// of a text. Kept as lists of titles by their last three characters (longest first; two- and one-character titles
// apart), so that building it for ~3,000 titles allocates a few thousand small arrays instead of a trie node per
// character, a text position whose last characters end no title is rejected with one map lookup, and a candidate
// is compared in place (no substring made). A list is sorted once, when first matched after titles were added (sorting
// it at each insertion made building the index quadratic in the titles sharing an ending: 管理条例, 的解释).

/** A full title (cited bare anywhere). */
const FULL = 1;
/** A short name (公司法, 民法典, 民诉法解释): cited bare only after a word boundary. */
const SHORT = 2;

interface Entry {
  title: string;
  kind: number;
}

export class TitleEndings {
  /** Titles of three or more characters by their last three, longest first. */
  private readonly byTail = new Map<number, Entry[]>();
  /** Two- and one-character titles by their characters. */
  private readonly two = new Map<number, Entry>();
  private readonly one = new Map<number, Entry>();
  /** Titles of three or more characters, for adding one again (its kind joins the entry's). */
  private readonly byTitle = new Map<string, Entry>();
  /** Lists grown since they were last sorted. */
  private readonly unsorted = new Set<Entry[]>();
  /** The last character of every title: an offset after any other character ends none (one Set lookup, no key made). */
  private readonly lastChars = new Set<number>();

  /** Add a title (`short`: a short name, matched only where `boundary` holds). */
  add(title: string, short = false): void {
    if (!title) return;
    const flag = short ? SHORT : FULL;
    const n = title.length;
    this.lastChars.add(title.charCodeAt(n - 1));
    if (n <= 2) {
      const map = n === 2 ? this.two : this.one;
      const key = n === 2 ? key2(title, 2) : title.charCodeAt(0);
      const e = map.get(key);
      if (e) e.kind |= flag;
      else map.set(key, { title, kind: flag });
      return;
    }
    const same = this.byTitle.get(title);
    if (same) {
      same.kind |= flag;
      return;
    }
    const entry: Entry = { title, kind: flag };
    this.byTitle.set(title, entry);
    const key = key3(title, n);
    const list = this.byTail.get(key);
    if (!list) {
      this.byTail.set(key, [entry]);
      return;
    }
    list.push(entry);
    this.unsorted.add(list);
  }

  /** Longest first; titles of one length in the order they were added (a stable sort). */
  private sort(): void {
    for (const list of this.unsorted) list.sort((a, b) => b.title.length - a.title.length);
    this.unsorted.clear();
  }

  /**
   * Start of the longest title ending at `end`, or -1. A short name counts only with `shortNames` and when
   * `boundary(start)` holds (what stands before it lets it be a name).
   */
  matchEnding(text: string, end: number, shortNames: boolean, boundary: (start: number) => boolean): number {
    if (end < 1 || !this.lastChars.has(text.charCodeAt(end - 1))) return -1;
    if (this.unsorted.size) this.sort();
    if (end >= 3) {
      const list = this.byTail.get(key3(text, end));
      if (list) {
        for (const e of list) {
          const start = end - e.title.length;
          if (start >= 0 && text.startsWith(e.title, start) && ((e.kind & FULL) !== 0 || (shortNames && boundary(start)))) return start;
        }
      }
    }
    if (end >= 2) {
      const e = this.two.get(key2(text, end));
      if (e && ((e.kind & FULL) !== 0 || (shortNames && boundary(end - 2)))) return end - 2;
    }
    if (end >= 1) {
      const e = this.one.get(text.charCodeAt(end - 1));
      if (e && ((e.kind & FULL) !== 0 || (shortNames && boundary(end - 1)))) return end - 1;
    }
    return -1;
  }
}

function key2(text: string, end: number): number {
  return text.charCodeAt(end - 1) * 65536 + text.charCodeAt(end - 2);
}

function key3(text: string, end: number): number {
  return (text.charCodeAt(end - 1) * 65536 + text.charCodeAt(end - 2)) * 65536 + text.charCodeAt(end - 3);
}
