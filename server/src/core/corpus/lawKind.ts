// What kind of text a law of the corpus is, asked of all its held texts at once. Pure: no LSP.
//
// Rule: a law is of a kind when every version the corpus holds is of that kind; a title whose held texts differ in
// kind is of none, so a rule asking for court interpretations (or laws) only never takes it.
import type { Law } from './types';
import type { RegulationKind } from '../model';

/** Whether every held text of the law is of this kind (效力级别). */
export function everyTextIs(law: Law, kind: RegulationKind): boolean {
  return law.versions.every((v) => v.kind === kind);
}
