// Contract of the corpus: all regulations loaded, grouped by title into laws with dated versions.
import type { Article, Regulation } from '../model';

/** One law: every version (dated text) under one title, oldest first. */
export interface Law {
  title: string;
  versions: Regulation[];
}

export interface LoadProblem {
  path: string;
  reason: string;
}

export interface CorpusLike {
  /** All laws, by canonical title. */
  readonly laws: ReadonlyMap<string, Law>;
  /** The version in force on `date` (YYYY-MM-DD), else the latest. */
  version(law: Law, date?: string | null): Regulation;
  /** Find an article in a regulation. */
  article(reg: Regulation, number: number, insert?: number | null): Article | undefined;
}
