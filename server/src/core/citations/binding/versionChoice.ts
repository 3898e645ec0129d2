// Which version of a law a citation is read in: the one it names, the one before (旧/原), the text in force at the
// document's date (or the earliest, when the text then in force is not in the corpus), else the latest.
import type { CorpusLike, Law } from '../../corpus/index';
import { versionDate } from '../../corpus/versions';
import { textBefore, versionNamed } from '../../corpus/namedVersion';
import type { Regulation } from '../../model';
import type { Context } from '../context';
import type { DocumentAnalysis, VersionReason } from '../types';
import { amendedText } from './amendedText';

/** Chooses the version each citation of one document is read in, from the document's date and where it came from. */
export class VersionChooser {
  constructor(private readonly corpus: CorpusLike, private readonly date: string | null,
    private readonly dateSource: DocumentAnalysis['documentDateSource'] | null) {}

  /**
   * The version a citation is read in: the one it names (（2018年修正）, （2017年版）) when the law has it; else the one
   * in force at the draft's date; else the latest (in force today).
   */
  chooseVersion(law: Law, ctx: Context | null): Regulation {
    return this.versionChoice(law, ctx).reg;
  }

  versionChoice(law: Law, ctx: Context | null): { reg: Regulation; reason: VersionReason } {
    if (ctx && ctx.kind === 'laws' && ctx.versionYear) {
      const named = versionNamed(law.versions, ctx.versionYear, ctx.versionEvent);
      if (named) return { reg: named, reason: 'named' };
    }
    // 旧/原 before the name: the version before the one otherwise read, when the corpus holds one (versionWord.ts).
    if (ctx && ctx.kind === 'laws' && ctx.former) {
      const before = textBefore(law.versions, this.date, ctx.formerYear)?.reg;
      if (before) return { reg: before, reason: 'named' };
      const i = law.versions.indexOf(this.corpus.version(law, this.date));
      if (i > 0) return { reg: law.versions[i - 1], reason: 'named' };
    }
    const first = law.versions[0];
    if (this.date && first && law.versions.every((v) => (versionDate(v) ?? '') > this.date!) && amendedText(first) && first.adopted && first.adopted <= this.date) {
      return { reg: first, reason: 'before-corpus' };
    }
    const reg = this.corpus.version(law, this.date);
    const reason: VersionReason = !this.date ? 'latest' : this.dateSource === 'front-matter' ? 'front-matter' : 'document-date';
    return { reg, reason };
  }
}
