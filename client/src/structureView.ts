// The 编/章/节/条 of the active draft in a view of its own (Explorer › 条文结构), for Markdown drafts with headings:
// VS Code's outline shows one tree per provider, and there Markdown's own tree is the outline (the server gives none
// to it, so the outline shows one tree). Shown only while the active draft's structure is not in the outline.
import * as vscode from 'vscode';
import type { StructureSymbol } from '../../server/src/protocol';
import { documentSelector } from './languageClient';
import { toVsRange, type ServerApi } from './serverApi';

export const STRUCTURE_VIEW = 'lawcite.structure';
/** Context key for the view's `when`: the active draft has a structure the outline does not show. */
const SHOWN = 'lawcite.structureApart';

interface Node {
  symbol: StructureSymbol;
  uri: vscode.Uri;
}

export class StructureView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Node[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;
  private started = false;

  constructor(private readonly api: ServerApi) {
    this.disposables.push(
      this.changed,
      vscode.window.registerTreeDataProvider(STRUCTURE_VIEW, this),
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(600);
      }),
    );
  }

  /** The server is up: ask from now on (a request before it would start the client itself). */
  start(): void {
    this.started = true;
    this.schedule(0);
  }

  /** Ask again (the corpus changed). */
  refresh(): void {
    if (this.started) this.schedule(0);
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const s = node.symbol;
    const item = new vscode.TreeItem(s.name, s.children?.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.description = s.detail;
    item.tooltip = s.detail ? `${s.name} ${s.detail}` : s.name;
    item.iconPath = new vscode.ThemeIcon(s.children?.length ? 'symbol-namespace' : 'symbol-field');
    item.command = { command: 'vscode.open', title: s.name, arguments: [node.uri, { selection: toVsRange(s.selectionRange), preserveFocus: false }] };
    return item;
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.roots;
    return (node.symbol.children ?? []).map((symbol) => ({ symbol, uri: node.uri }));
  }

  private schedule(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    if (!this.started) return;
    const generation = ++this.generation;
    const doc = vscode.window.activeTextEditor?.document;
    let roots: Node[] = [];
    if (doc && vscode.languages.match(documentSelector, doc) > 0) {
      try {
        const r = await this.api.documentStructure({ uri: doc.uri.toString() });
        if (r && !r.inOutline) roots = r.symbols.map((symbol) => ({ symbol, uri: doc.uri }));
      } catch {
        // The server is not up yet: the view stays as it was until the next change.
        return;
      }
    }
    if (generation !== this.generation) return;
    this.roots = roots;
    void vscode.commands.executeCommand('setContext', SHOWN, roots.length > 0);
    this.changed.fire(undefined);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
  }
}
