// Debounced diagnostics: one pending run per document; a run whose document changed meanwhile is dropped.
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** Delay after a change before analysing; typing resets it. */
export const DIAGNOSTICS_DEBOUNCE_MS = 30;
/** Documents larger than this (characters) wait longer, so typing in them is not stalled by whole analyses. */
const LARGE_DOCUMENT_CHARS = 1_000_000;
const LARGE_DOCUMENT_DEBOUNCE_MS = 500;

export class DiagnosticsScheduler {
  private timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly getDocument: (uri: string) => TextDocument | undefined,
    private readonly compute: (doc: TextDocument) => Diagnostic[],
    private readonly publish: (uri: string, version: number, diagnostics: Diagnostic[]) => void,
    private readonly openUris: () => string[],
    /** A failed run is logged (once, here at the edge) and publishes nothing new. */
    private readonly onError: (err: unknown) => void,
    private readonly delay = DIAGNOSTICS_DEBOUNCE_MS,
  ) {}

  schedule(uri: string, delay?: number): void {
    this.cancel(uri);
    const doc = this.getDocument(uri);
    if (!doc) return;
    if (delay === undefined) delay = doc.getText().length > LARGE_DOCUMENT_CHARS ? LARGE_DOCUMENT_DEBOUNCE_MS : this.delay;
    const version = doc.version;
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        const current = this.getDocument(uri);
        if (!current || current.version !== version) return; // stale: a newer run is scheduled
        let diags: Diagnostic[];
        try {
          diags = this.compute(current);
        } catch (err) {
          this.onError(err);
          diags = [];
        }
        // The document may have changed while computing (it cannot in one synchronous run, but be safe).
        const after = this.getDocument(uri);
        if (after && after.version === version) this.publish(uri, version, diags);
      }, delay),
    );
  }

  /** Re-run for every open document (corpus or settings changed). */
  refreshAll(): void {
    for (const uri of this.openUris()) this.schedule(uri, 0);
  }

  cancel(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }
}
