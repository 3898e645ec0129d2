// The corpus's contract: laws with dated versions, load problems, and what a corpus answers. Types only.
import type { Article, Regulation } from '../model';

/** One law: every version (dated text) under one title, oldest first (undated first). */
export interface Law {
  title: string;
  versions: Regulation[];
  /** Title of the original when this law is a translation (its versions declare `translationOf`). */
  translationOf: string | null;
}

/** Why a path was skipped or only partly used. */
export type LoadProblemKind =
  | 'missing-folder' // a folder given to load does not exist
  | 'unreadable' // cannot stat/read a file or folder (permissions, broken link, I/O)
  | 'symlink-loop' // a folder reached again through a symbolic link
  | 'not-a-file' // a .md/.txt entry that is not a regular file (FIFO, socket, device)
  | 'binary' // not text (NUL bytes), or too large
  | 'empty' // a file with no bytes
  | 'parse-error' // the parser failed on the file
  | 'no-regulation' // the file holds no regulation title
  | 'no-articles' // a regulation with a title but no article (第N条 / Article N)
  | 'duplicate'; // the same text as a file already loaded (same title and date)

export interface LoadProblem {
  path: string;
  kind: LoadProblemKind;
  /** English reason. */
  reason: string;
  /** Chinese reason. */
  reasonZh: string;
  /** For a duplicate: the file kept. */
  duplicateOf?: string;
}

/** How a name given by a drafter matched a law. */
export type TitleMatchKind = 'title' | 'normalized' | 'short';

export interface TitleMatch {
  law: Law;
  via: TitleMatchKind;
}

export interface CorpusLike {
  /** All laws, by canonical title (translations under their own title). */
  readonly laws: ReadonlyMap<string, Law>;
  /** The version in force on `date` (YYYY-MM-DD), else the latest. */
  version(law: Law, date?: string | null): Regulation;
  /** Find an article in a regulation (map built once per regulation). */
  article(reg: Regulation, number: number, insert?: number | null): Article | undefined;
  /**
   * Laws a name written by a drafter may mean: the exact title, else the normalised title (whitespace, 《》〈〉,
   * full-width forms), else a short title (declared, or without 中华人民共和国). Several when a short title is shared.
   */
  findLaws(name: string): TitleMatch[];
  /** The one law a name means, or undefined when none or several. */
  findLaw(name: string): Law | undefined;
  /** The law a regulation (version) belongs to. */
  lawOf(reg: Regulation): Law | undefined;
  /** Translations of a law (English texts declaring `translationOf` its title). */
  translationsOf(law: Law): Law[];
  /** The original of a translation; undefined for an original or when the original is not loaded. */
  originalOf(law: Law): Law | undefined;
  /** Titles (and short titles) closest to a name, best first, for "not found" suggestions. */
  nearestTitles(name: string, limit?: number): string[];
  /** Every title and short title, for completion. */
  titleEntries(): readonly { text: string; law: Law; short: boolean; key?: string }[];
  /** Grows whenever a law is added, changed or removed (incremental updates); caches over `laws` can compare it. */
  readonly generation?: number;
  /** Laws its laws say they repealed (民法典第一千二百六十条 …), by the repealed law's title as written. */
  repeals(): { find(written: string): Repeal | undefined; all(title: string): Repeal[] };
  /** Files skipped or partly used, with the reason. */
  readonly problems: readonly LoadProblem[];
}

/** A law the corpus says was repealed: by which law, in which article, from when. */
export interface Repeal {
  /** The repealed law's title as the repealing text writes it. */
  title: string;
  /** Title of the repealing law. */
  by: string;
  /** The article that repeals it (第一千二百六十条). */
  article: string;
  /** From when (YYYY-MM-DD): the date the article names, else the repealing version's effective date; null unknown. */
  date: string | null;
}
