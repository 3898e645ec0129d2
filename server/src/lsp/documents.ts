// The workspace's documents for the language server: the editor's open documents, files on disk by URI (with a
// version that changes with the file), and the draft files of the workspace folders (for references).
import * as fs from 'fs';
import * as path from 'path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeText } from '../core/parser';
import type { SourceDocument, WorkspaceDocuments } from '../service/interfaces';
import { pathToUri, uriToPath } from '../service/uris';

export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

const DRAFT_EXTENSIONS = new Set(['.md', '.txt', '.markdown']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const MAX_WORKSPACE_FILE = 5 * 1024 * 1024;
const MAX_WORKSPACE_FILES = 20000;

export class LspDocuments implements WorkspaceDocuments {
  folders: string[] = [];
  private diskVersions = new Map<string, { mtimeMs: number; size: number; version: number }>();
  private nextDiskVersion = 1;

  constructor(
    private readonly open: OpenDocuments,
    /** Corpus files are not drafts. */
    private readonly isCorpusFile: (file: string) => boolean,
  ) {}

  get(uri: string): SourceDocument | undefined {
    const doc = this.open.get(uri);
    if (doc) return doc;
    const file = uriToPath(uri);
    return file ? this.diskDocument(file) : undefined;
  }

  /** A draft file of the workspace as on disk (not the editor's text); undefined for a corpus file or none. */
  fromDisk(uri: string): SourceDocument | undefined {
    const file = uriToPath(uri);
    return file && !this.isCorpusFile(file) ? this.diskDocument(file) : undefined;
  }

  isOpen(uri: string): boolean {
    return this.open.get(uri) !== undefined;
  }

  *drafts(): Iterable<SourceDocument> {
    const seen = new Set<string>();
    for (const doc of this.open.all()) {
      seen.add(doc.uri);
      yield doc;
    }
    for (const file of this.workspaceFiles()) {
      const uri = pathToUri(file);
      if (seen.has(uri)) continue;
      const doc = this.diskDocument(file);
      if (doc) yield doc;
    }
  }

  /** A workspace file as a document with a version that changes when the file does. */
  private diskDocument(file: string): SourceDocument | undefined {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return undefined;
    }
    if (!st.isFile() || st.size > MAX_WORKSPACE_FILE) return undefined;
    let v = this.diskVersions.get(file);
    if (!v || v.mtimeMs !== st.mtimeMs || v.size !== st.size) {
      v = { mtimeMs: st.mtimeMs, size: st.size, version: this.nextDiskVersion++ };
      this.diskVersions.set(file, v);
    }
    return {
      uri: pathToUri(file),
      version: v.version,
      getText: () => {
        try {
          return decodeText(fs.readFileSync(file)).text;
        } catch {
          return '';
        }
      },
    };
  }

  /** Draft files of the workspace folders (.md/.txt, not corpus files). */
  private workspaceFiles(): string[] {
    const out: string[] = [];
    const walk = (dir: string): void => {
      if (out.length >= MAX_WORKSPACE_FILES) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      for (const e of entries) {
        if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!this.isCorpusFile(p)) walk(p);
        } else if (e.isFile() && DRAFT_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !this.isCorpusFile(p)) {
          out.push(p);
        }
      }
    };
    for (const f of this.folders) walk(f);
    return out;
  }
}
