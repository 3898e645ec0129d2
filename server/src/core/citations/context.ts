// What the resolver reads a reference in: the regulation a title names (its context) and the state at a point of the
// document (the last regulation cited, every one cited so far, the short titles defined so far).
import type { Law, VersionEvent } from '../corpus/index';

/** What a title (or the context) names. */
export type Context =
  /**
   * `former`: named with 旧 or 原 before it (旧公司法, 原《公司法》) or 修改前的 (versionWord.ts formerTextBefore): the text
   * before the law's latest revision (namedVersion.ts textBefore), else the version before the one otherwise read;
   * `formerYear`: the revision named (2018年修改前的《公司法》).
   */
  | { kind: 'laws'; laws: Law[]; written: string; versionYear?: number; versionEvent?: VersionEvent; former?: boolean; formerYear?: number }
  /**
   * `foreign`: another state's law ("the German Civil Code"): the articles read in it are no citations. `version`: a
   * law of the corpus named in a version the corpus does not hold (namedVersion.ts): its title, the year and event
   * named, and the versions held (text date, date it took effect). `draft`: a draft named by its draft word alone
   * (TitleHead.draft): the articles read in it are no citations either.
   */
  | { kind: 'unknown'; written: string; suggestions: string[]; foreign?: boolean; version?: UnheldVersion; draft?: true };

/** A version named that the corpus does not hold, and what it holds of that law. */
export interface UnheldVersion {
  title: string;
  year: number;
  event: VersionEvent;
  held: { text: string | null; effective: string | null }[];
  /** The order named as publishing the text (国务院第680号令; historyNote.ts orderNoteAt), when the version is named so. */
  order?: string;
}

/** The resolver's state at a point of the document. */
export interface State {
  last: Context | null;
  /** Every regulation cited so far, most recent last (for 该条例 / 上述办法, which name their kind). */
  history: Context[];
  shortTitles: Map<string, Context>;
}

/** An article cited in a regulation (of the corpus, or one it lacks), as 本条 and a 款 or 项 cited alone read it. */
export type CitedArticle = { ctx: Context; article: number; insert: number | null; paragraph: number | null };
