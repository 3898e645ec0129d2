// The LawCite service in process, over the real parser and corpus (bundled + test/fixtures/citations-corpus +
// test/fixtures/service/corpus) and in-memory documents, for per-feature tests.
//
// Documents are written inline with one cursor marker `$0` (removed from the text):
//   const { doc, position } = kit.open('依照《…》第六十四条$0。');
// A document without `$0` gets position { line: 0, character: 0 }.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Location, MarkupContent, Position, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { loadCorpus, type Corpus } from '../../server/src/core/corpus/index';
import type { CorpusSource, SourceDocument } from '../../server/src/service/interfaces';
import { createLawCiteService, type LawCiteService } from '../../server/src/lawCiteService';
import type { Settings } from '../../server/src/service/settings';
import { fixedSettings, loadedCorpus, MemoryDocuments, streamLogger } from '../../server/src/service/static';
import { pathToUri } from '../../server/src/service/uris';

export const REPO = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(REPO, 'test', 'fixtures');
export const SERVICE_CORPUS = path.join(FIXTURES, 'service', 'corpus');
export const BUNDLED = path.join(REPO, 'corpus');

export const CURSOR = '$0';

export const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
export const BEIJIANG_FILE = path.join(BUNDLED, `${BEIJIANG}.md`);
export const ARABIC_CHAPTERS = '阿拉伯数字章节测试条例';
export const ARABIC_CHAPTERS_FILE = path.join(SERVICE_CORPUS, `${ARABIC_CHAPTERS}.md`);

let corpus: Corpus | null = null;
/** Loaded once for all service tests. */
export function serviceCorpus(): Corpus {
  if (!corpus) corpus = loadCorpus({ folders: [path.join(FIXTURES, 'citations-corpus'), SERVICE_CORPUS] });
  return corpus;
}

/** Split a marked text into the text and the cursor's position. */
export function parseMarked(marked: string): { text: string; position: Position; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset >= 0 && marked.indexOf(CURSOR, offset + 1) >= 0) throw new Error('more than one cursor marker');
  const text = offset >= 0 ? marked.slice(0, offset) + marked.slice(offset + CURSOR.length) : marked;
  return { text, offset: Math.max(offset, 0), position: positionAt(text, Math.max(offset, 0)) };
}

export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** Position of `needle` (its `occurrence`-th match) plus `delta` characters. */
export function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = text.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`"${needle}" not found`);
  }
  return positionAt(text, idx + delta);
}

/** The range of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  const start = positionOf(text, needle, 0, occurrence);
  return { start, end: { line: start.line, character: start.character + needle.length } };
}

/** The 0-based line of a file whose text starts with `prefix` (the first one). */
export function lineStartingWith(lines: string[], prefix: string): number {
  const i = lines.findIndex((l) => l.startsWith(prefix));
  if (i < 0) throw new Error(`no line starts with "${prefix}"`);
  return i;
}

export interface Opened {
  doc: SourceDocument;
  /** The same text as an LSP TextDocument (completion reads lines from it). */
  textDocument: TextDocument;
  text: string;
  position: Position;
  offset: number;
  uri: string;
}

export interface KitOptions {
  settings?: Partial<Settings>;
  locale?: string;
  /** Replace the corpus source (e.g. one still indexing). */
  corpus?: CorpusSource;
  /** Client commands code actions may run (the VS Code client declares them). */
  commands?: string[];
  /** The client runs command: links in hovers (as the VS Code extension does). */
  commandLinks?: boolean;
  /** The client shows diagnostics in its hovers (as VS Code does). */
  diagnosticsInHover?: boolean;
}

export class ServiceKit {
  readonly documents = new MemoryDocuments();
  readonly service: LawCiteService;
  readonly source: CorpusSource;
  private counter = 0;

  constructor(options: KitOptions = {}) {
    this.source = options.corpus ?? loadedCorpus(serviceCorpus());
    this.service = createLawCiteService({
      corpus: this.source,
      documents: this.documents,
      settings: { ...fixedSettings(options.settings ?? {}, options.locale ?? 'zh-cn', options.commands ?? []), commandLinks: options.commandLinks ?? false, diagnosticsInHover: options.diagnosticsInHover ?? false },
      logger: streamLogger(null),
    });
  }

  /** Open a marked document under a fresh URI (or `uri`). Drafts are file: URIs under an imaginary folder. */
  open(marked: string, uri?: string): Opened {
    const { text, position, offset } = parseMarked(marked);
    const u = uri ?? pathToUri(path.join(path.sep === '/' ? '/tmp' : 'C:\\tmp', 'lawcite-service-tests', `draft-${++this.counter}.md`));
    const doc = this.documents.set(u, text);
    return { doc, textDocument: TextDocument.create(u, 'markdown', doc.version, text), text, position, offset, uri: u };
  }

  hover(o: Opened, position = o.position): string | null {
    const h = this.service.hover(o.doc, position);
    return h ? (h.contents as MarkupContent).value : null;
  }

  definition(o: Opened, position = o.position): Location[] | null {
    return this.service.definition(o.doc, position);
  }

  completionLabels(o: Opened, position = o.position): string[] {
    return (this.service.completion(o.textDocument, position)?.items ?? []).map((i) => i.label);
  }
}

let shared: ServiceKit | null = null;
/** One kit over the loaded corpus, shared by the tests that need no special settings. */
export function kit(): ServiceKit {
  if (!shared) shared = new ServiceKit();
  return shared;
}

/** A corpus source that is still reading folders: the loaded test corpus plus `indexing` and `progress`. */
export function indexingCorpus(done = 3, total = 10): CorpusSource {
  const base = loadedCorpus(serviceCorpus());
  return { ...base, index: base.index, indexing: true, progress: { done, total }, isCorpusFile: base.isCorpusFile };
}

export function fileLines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n');
}

/** Assert exactly these locations (uri and range), in order. */
export function assertLocations(actual: Location[] | null, expected: { uri: string; range: Range }[], message?: string): void {
  assert.deepStrictEqual(
    (actual ?? []).map((l) => ({ uri: l.uri, range: l.range })),
    expected,
    message,
  );
}
