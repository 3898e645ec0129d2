// The server's whole state, independent of the connection: open documents, settings, the corpus and its index,
// per-document analyses, and the workspace's draft files (for references). Features read it; server.ts wires it.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { decodeText } from '../core/parser';
import { AnalysisCache, type AnalysisEntry } from './analysisCache';
import { bundledCorpusDir } from './core';
import type { CorpusIndex } from './corpusIndex';
import { CorpusStore, type CorpusStoreEvents } from './corpusStore';
import { defaultSettings, messageLanguage, type MessageLanguage, type Settings } from './settings';

export interface DocumentSource {
  get(uri: string): TextDocument | undefined;
  all(): TextDocument[];
}

/** A document to analyse: an open one or a workspace file read from disk. */
export interface SourceDocument {
  uri: string;
  version: number;
  getText(): string;
}

const DRAFT_EXTENSIONS = new Set(['.md', '.txt', '.markdown']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const MAX_WORKSPACE_FILE = 5 * 1024 * 1024;
const MAX_WORKSPACE_FILES = 20000;

export function uriToPath(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

export class Workspace {
  settings: Settings = defaultSettings;
  settingsGeneration = 0;
  clientLocale: string | undefined;
  folders: string[] = [];
  readonly corpus: CorpusStore;
  readonly analyses = new AnalysisCache();
  private diskAnalyses = new AnalysisCache();
  private diskVersions = new Map<string, { mtimeMs: number; size: number; version: number }>();
  private nextDiskVersion = 1;
  private readonly includeBundled: boolean;

  constructor(
    readonly documents: DocumentSource,
    events: CorpusStoreEvents,
    options: { includeBundledCorpus?: boolean } = {},
  ) {
    this.corpus = new CorpusStore(events);
    this.includeBundled = options.includeBundledCorpus ?? true;
  }

  get index(): CorpusIndex {
    return this.corpus.index;
  }

  get lang(): MessageLanguage {
    return messageLanguage(this.settings, this.clientLocale);
  }

  /** Apply new settings; reloads the corpus when its folders changed. */
  updateSettings(settings: Settings): Promise<void> {
    this.settings = settings;
    this.settingsGeneration++;
    return this.corpus.setRoots(this.corpusRoots());
  }

  corpusRoots(): string[] {
    const bundled = this.includeBundled ? bundledCorpusDir() : null;
    const roots = bundled ? [bundled] : [];
    for (const p of this.settings.corpusPaths) {
      const expanded = p.startsWith('~') ? path.join(process.env.HOME ?? '', p.slice(1)) : p;
      roots.push(path.isAbsolute(expanded) ? expanded : path.resolve(this.folders[0] ?? process.cwd(), expanded));
    }
    return roots;
  }

  /** Analysis of an open document (or any SourceDocument), cached by version. */
  analysis(doc: SourceDocument, cache: AnalysisCache = this.analyses): AnalysisEntry {
    const file = uriToPath(doc.uri);
    return cache.get(doc.uri, doc.version, () => doc.getText(), this.index, this.settingsGeneration, {
      defaultRegulation: this.settings.defaultRegulation,
      file: file ?? doc.uri,
      corpusFile: file !== null && this.corpus.isCorpusFile(file),
      arabicNumerals: this.settings.arabicNumerals,
    });
  }

  /** Analysis of a document by URI: the open one, else the file on disk; undefined when neither exists. */
  analysisByUri(uri: string): AnalysisEntry | undefined {
    const open = this.documents.get(uri);
    if (open) return this.analysis(open);
    const file = uriToPath(uri);
    if (!file) return undefined;
    const doc = this.diskDocument(file);
    return doc ? this.analysis(doc, this.diskAnalyses) : undefined;
  }

  /** A document by URI: the open one, else the file on disk. */
  diskDocumentByUri(uri: string): SourceDocument | undefined {
    const file = uriToPath(uri);
    return file ? this.diskDocument(file) : undefined;
  }

  /** A workspace file as a document with a version that changes when the file does. */
  diskDocument(file: string): SourceDocument | undefined {
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

  /** Draft files of the workspace (.md/.txt, not corpus files), open ones included, as analyses. */
  *workspaceAnalyses(): Generator<AnalysisEntry> {
    const seen = new Set<string>();
    for (const doc of this.documents.all()) {
      seen.add(doc.uri);
      yield this.analysis(doc);
    }
    for (const file of this.workspaceFiles()) {
      const uri = pathToUri(file);
      if (seen.has(uri)) continue;
      const doc = this.diskDocument(file);
      if (doc) yield this.analysis(doc, this.diskAnalyses);
    }
  }

  workspaceFiles(): string[] {
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
          if (!this.corpus.isCorpusFile(p)) walk(p);
        } else if (e.isFile() && DRAFT_EXTENSIONS.has(path.extname(e.name).toLowerCase()) && !this.corpus.isCorpusFile(p)) {
          out.push(p);
        }
      }
    };
    for (const f of this.folders) walk(f);
    return out;
  }

  forget(uri: string): void {
    this.analyses.delete(uri);
  }
}
