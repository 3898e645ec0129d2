// A minimal LSP client for protocol tests and the benchmark: spawns the real server over stdio
// (node bin/lawcite-language-server.js --stdio) and speaks JSON-RPC with vscode-jsonrpc.
import { type ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  type MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult } from 'vscode-languageserver-protocol';
import type { CorpusStatus } from '../../server/src/protocol';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const fixtures = path.join(repoRoot, 'test', 'fixtures', 'server');
export const serverBin = path.join(repoRoot, 'bin', 'lawcite-language-server.js');

export function fileUri(p: string): string {
  return pathToFileURL(p).href;
}

export interface ClientOptions {
  /** The "lawcite" settings section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  locale?: string;
  workspaceFolders?: string[];
  /** Ask for work-done progress (window.workDoneProgress). */
  progress?: boolean;
  /** The server script to run (default: bin/lawcite-language-server.js of this repository). */
  serverBin?: string;
}

export class TestClient {
  readonly process: ChildProcess;
  readonly connection: MessageConnection;
  settings: Record<string, unknown>;
  readonly diagnostics = new Map<string, { version?: number; diagnostics: Diagnostic[] }>();
  /** Every publishDiagnostics in order, with the lawcite/status notifications received before it. */
  readonly published: { uri: string; version?: number; diagnostics: Diagnostic[]; statusesBefore: number }[] = [];
  readonly statuses: CorpusStatus[] = [];
  readonly progress: unknown[] = [];
  readonly messages: { type: number; message: string }[] = [];
  readonly logs: string[] = [];
  stderr = '';
  private waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;

  constructor(private readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [options.serverBin ?? serverBin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr!.on('data', (d) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((i) => (i.section === 'lawcite' ? this.settings : null)),
    );
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('$/progress', (p) => {
      this.progress.push(p);
      this.wake();
    });
    this.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      this.diagnostics.set(p.uri, { version: p.version, diagnostics: p.diagnostics });
      this.published.push({ ...p, statusesBefore: this.statuses.length });
      this.wake();
    });
    this.connection.onNotification('lawcite/status', (s: CorpusStatus) => {
      this.statuses.push(s);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (m: { type: number; message: string }) => {
      this.messages.push(m);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (m: { message: string }) => {
      this.logs.push(m.message);
    });
    this.connection.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Wait until `predicate` holds, re-checked on every notification; fails after `ms`. */
  async until<T>(predicate: () => T | undefined | null | false, what: string, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = predicate();
      if (v) return v;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async initialize(): Promise<InitializeResult> {
    const folders = this.options.workspaceFolders ?? [];
    this.initializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      locale: this.options.locale,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: fileUri(f), name: path.basename(f) })),
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
        window: { workDoneProgress: this.options.progress ?? true },
        textDocument: {
          hover: { contentFormat: ['markdown', 'plaintext'] },
          completion: { completionItem: { snippetSupport: false } },
          publishDiagnostics: { versionSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return this.initializeResult;
  }

  /** Wait for the corpus to finish indexing (a lawcite/status with indexing false and regulations > 0). */
  indexed(minRegulations = 1, ms = 60000): Promise<CorpusStatus> {
    return this.until(() => {
      const last = this.statuses[this.statuses.length - 1];
      return last && !last.indexing && last.regulations >= minRegulations ? last : undefined;
    }, 'corpus indexed', ms);
  }

  async open(uri: string, text: string, languageId = 'markdown'): Promise<void> {
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  async change(uri: string, changes: { range?: unknown; text: string }[]): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics published for a document's version (or any when version is omitted). */
  diagnosticsFor(uri: string, version?: number, ms?: number): Promise<Diagnostic[]> {
    return this.until(() => {
      const d = this.diagnostics.get(uri);
      if (!d) return undefined;
      if (version !== undefined && d.version !== version) return undefined;
      return d.diagnostics;
    }, `diagnostics for ${uri}`, ms).then((d) => d);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const t = setTimeout(() => {
        this.process.kill();
        resolve();
      }, 3000);
      this.process.on('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

/** Position of the first occurrence of `needle` in `text` (plus an offset inside it). */
export function positionOf(text: string, needle: string, offsetInNeedle = 0, occurrence = 0): { line: number; character: number } {
  let idx = -1;
  for (let i = 0; i <= occurrence; i++) {
    idx = text.indexOf(needle, idx + 1);
    if (idx < 0) throw new Error(`"${needle}" not found`);
  }
  const at = idx + offsetInNeedle;
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  return { line, character };
}
