// What the resolver reads a reference in: the regulation a title names (its context) and the state at a point of the
// document (the last regulation cited, every one cited so far, the short titles defined so far).
import type { Law } from '../corpus/index';

/** What a title (or the context) names. */
export type Context =
  /** `former`: named with 旧 or 原 before it (旧公司法, 原《公司法》): the version before the one otherwise read. */
  | { kind: 'laws'; laws: Law[]; written: string; versionYear?: number; former?: boolean }
  /** `foreign`: another state's law ("the German Civil Code"): the articles read in it are no citations. */
  | { kind: 'unknown'; written: string; suggestions: string[]; foreign?: boolean };

/** The resolver's state at a point of the document. */
export interface State {
  last: Context | null;
  /** Every regulation cited so far, most recent last (for 该条例 / 上述办法, which name their kind). */
  history: Context[];
  shortTitles: Map<string, Context>;
}
