// 检查所有文稿 / Check All Drafts: diagnostics for every draft of the workspace, open or not. A draft is what
// references search too (LspDocuments.drafts: open documents, then .md/.txt files of the workspace folders outside
// the corpus folders). Closed drafts keep their problems: re-checked from disk when the corpus or settings change
// and when a checked draft is closed in the editor.
import type { Diagnostic } from 'vscode-languageserver';
import type { CheckDraftsResult } from '../protocol';
import type { SourceDocument } from '../service/interfaces';
import { describeError } from '../service/errors';

export type DraftsCheckResult = CheckDraftsResult;

export interface WorkspaceCheckDeps {
  drafts(): Iterable<SourceDocument>;
  /** A workspace file read from disk (undefined once it is gone). */
  fromDisk(uri: string): SourceDocument | undefined;
  isOpen(uri: string): boolean;
  diagnostics(doc: SourceDocument): Diagnostic[];
  publish(uri: string, diagnostics: Diagnostic[], version?: number): void;
  logError(message: string): void;
}

/** Drafts analysed per step before giving pending requests a turn. */
const BATCH = 8;

export class WorkspaceCheck {
  /** Drafts whose problems a check published (kept in Problems after they are closed). */
  private readonly checked = new Set<string>();

  constructor(private readonly deps: WorkspaceCheckDeps) {}

  async run(isCancelled: () => boolean = () => false): Promise<DraftsCheckResult> {
    const result: DraftsCheckResult = { files: 0, withProblems: 0, errors: 0, warnings: 0, problems: 0 };
    let n = 0;
    for (const doc of this.deps.drafts()) {
      if (isCancelled()) break;
      const diags = this.check(doc);
      result.files++;
      if (diags.length) result.withProblems++;
      result.problems += diags.length;
      for (const d of diags) {
        if (d.severity === 1) result.errors++;
        else if (d.severity === 2) result.warnings++;
      }
      if (++n % BATCH === 0) await new Promise((r) => setImmediate(r));
    }
    return result;
  }

  /** A checked draft was closed in the editor: show its problems on disk again (the editor's were cleared). */
  closed(uri: string): void {
    if (!this.checked.has(uri)) return;
    const doc = this.deps.fromDisk(uri);
    if (doc) this.check(doc);
    else this.forget(uri);
  }

  /** Corpus or settings changed: re-check the closed drafts shown. */
  refresh(): void {
    for (const uri of [...this.checked]) {
      if (this.deps.isOpen(uri)) continue; // the scheduler keeps open documents current
      const doc = this.deps.fromDisk(uri);
      if (doc) this.check(doc);
      else this.forget(uri);
    }
  }

  private check(doc: SourceDocument): Diagnostic[] {
    let diags: Diagnostic[] = [];
    try {
      diags = this.deps.diagnostics(doc);
    } catch (err) {
      this.deps.logError(`checkDrafts: ${doc.uri}: ${describeError(err)}`);
    }
    const open = this.deps.isOpen(doc.uri);
    this.checked.add(doc.uri);
    this.deps.publish(doc.uri, diags, open ? doc.version : undefined);
    return diags;
  }

  private forget(uri: string): void {
    this.checked.delete(uri);
    this.deps.publish(uri, []);
  }
}
