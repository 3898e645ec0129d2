// The service's interfaces over things already in memory: a loaded corpus, a set of documents, fixed settings. The
// command line and the in-process tests build the service from these.
import type { CorpusLike } from '../core/corpus';
import { CorpusIndex } from './corpusIndex';
import type { CorpusSource, Logger, SettingsSource, SourceDocument, WorkspaceDocuments } from './interfaces';
import { defaultSettings, messageLanguage, type Settings } from './settings';

/** A corpus that is fully loaded: nothing is still indexing. */
export function loadedCorpus(corpus: CorpusLike): CorpusSource {
  const index = new CorpusIndex(corpus, corpus.generation ?? 0);
  return {
    index,
    indexing: false,
    progress: null,
    problems: [],
    isCorpusFile: (file) => index.byFile.has(file),
  };
}

/** Documents held in memory by URI; all of them count as open. */
export class MemoryDocuments implements WorkspaceDocuments {
  private readonly docs = new Map<string, SourceDocument>();

  /** Add or replace a document; its version grows with each change. */
  set(uri: string, text: string): SourceDocument {
    const version = (this.docs.get(uri)?.version ?? 0) + 1;
    const doc = { uri, version, getText: () => text };
    this.docs.set(uri, doc);
    return doc;
  }

  delete(uri: string): void {
    this.docs.delete(uri);
  }

  get(uri: string): SourceDocument | undefined {
    return this.docs.get(uri);
  }

  isOpen(uri: string): boolean {
    return this.docs.has(uri);
  }

  drafts(): Iterable<SourceDocument> {
    return this.docs.values();
  }
}

/** Settings given once (the command line's options). */
export function fixedSettings(settings: Partial<Settings> = {}, locale?: string, clientCommands: readonly string[] = []): SettingsSource {
  const s = { ...defaultSettings, ...settings };
  return { settings: s, generation: 0, lang: messageLanguage(s, locale), clientCommands };
}

/** A logger that writes nothing (tests), or one line per message to a stream. */
export function streamLogger(write: ((line: string) => void) | null): Logger {
  const out = write ?? (() => undefined);
  return { error: (m) => out(m), warn: (m) => out(m), info: () => undefined };
}
