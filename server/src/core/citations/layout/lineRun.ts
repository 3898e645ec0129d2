// Lines of one run read in one law (listItemLabel.ts: a numbered list's items opened by bare articles; articleListLines.ts:
// lines each opening with 第N条规定，): every line of the run is read in the law its first line was read in, not a law
// the words of a line named in passing. Each kind of run keeps its own LineRun.
import type { Context } from '../context';

/** The last line of a run asked about: where it starts, the run's law, whether it went on from a line before. */
interface RunLine<K> {
  lineStart: number;
  key: K;
  ctx: Context;
  continued: boolean;
}

export class LineRun<K> {
  private last: RunLine<K> | null = null;

  /**
   * The run's law for the line at `lineStart` (with `key`, what the run's kind tells of it), null for a run's first line
   * or when no law is in context (`current`, the law the line would be read in alone). `continues` says whether the
   * line goes on from the last line asked about. Asking twice for the same line gives the same answer.
   */
  lawAt(lineStart: number, key: K, continues: (prev: { lineStart: number; key: K }) => boolean, current: Context | null): Context | null {
    const prev = this.last;
    if (prev && prev.lineStart === lineStart) return prev.continued ? prev.ctx : null;
    const goesOn = !!prev && continues(prev);
    const ctx = goesOn ? prev!.ctx : current;
    this.last = ctx ? { lineStart, key, ctx, continued: goesOn } : null;
    return goesOn ? ctx : null;
  }
}
