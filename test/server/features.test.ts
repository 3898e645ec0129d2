// Protocol-level tests: the real server over stdio, every LSP feature on fixtures and the bundled corpus.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type {
  CodeAction, CompletionList, DocumentLink, DocumentSymbol, FoldingRange, Hover, Location,
  MarkupContent, SemanticTokens, SymbolInformation,
} from 'vscode-languageserver-protocol';
import type { ArticleSummary, ArticleView, CitedProvisionsResult, CompareVersionsResult, CorpusStatus, RegulationSummary, VersionTextResult } from '../../server/src/protocol';
import { fileUri, fixtures, positionOf, repoRoot, TestClient } from './lspClient';
import { bundledLaws } from '../seedCorpus';

const workspace = path.join(fixtures, 'workspace');
const extraCorpus = path.join(fixtures, 'extra-corpus');
const BEIJIANG = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';
const beijiangFile = path.join(repoRoot, 'corpus', `${BEIJIANG}.md`);
const demoFile = path.join(extraCorpus, '测试自治区示范条例.md');

function read(file: string): { text: string; uri: string } {
  return { text: fs.readFileSync(file, 'utf8'), uri: fileUri(file) };
}

function lineOf(file: string, line: number): string {
  return fs.readFileSync(file, 'utf8').split('\n')[line];
}

describe('language server features (stdio)', function () {
  this.timeout(60000);
  let client: TestClient;
  const notice = read(path.join(workspace, 'drafts', 'notice.md'));
  const measures = read(path.join(workspace, 'drafts', 'measures.md'));

  before(async () => {
    client = new TestClient({ workspaceFolders: [workspace], settings: { corpus: { paths: [extraCorpus] }, links: true } });
    await client.initialize();
    await client.indexed(10);
    await client.open(notice.uri, notice.text);
    await client.open(measures.uri, measures.text);
  });
  after(async () => {
    await client.shutdown();
  });

  const hoverAt = async (doc: { text: string; uri: string }, needle: string, offset = 1, occurrence = 0) => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: doc.uri },
      position: positionOf(doc.text, needle, offset, occurrence),
    });
    return h ? (h.contents as MarkupContent).value : null;
  };
  const definitionAt = (doc: { text: string; uri: string }, needle: string, offset = 1) =>
    client.request<Location[] | null>('textDocument/definition', {
      textDocument: { uri: doc.uri },
      position: positionOf(doc.text, needle, offset),
    });

  describe('initialize', () => {
    it('declares every feature and the semantic token legend', () => {
      const caps = client.initializeResult.capabilities;
      assert.ok(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider);
      assert.deepStrictEqual(caps.completionProvider?.triggerCharacters, ['《', '第']);
      assert.ok(caps.documentLinkProvider && caps.documentSymbolProvider && caps.workspaceSymbolProvider);
      assert.ok(caps.foldingRangeProvider && caps.codeActionProvider);
      assert.ok(caps.semanticTokensProvider?.legend.tokenTypes.includes('class'));
    });
    it('reports the corpus in lawcite/status: the bundled laws plus the extra folder', () => {
      const last = client.statuses[client.statuses.length - 1];
      assert.strictEqual(last.indexing, false);
      assert.strictEqual(last.regulations, bundledLaws() + 1);
      assert.ok(last.articles > 600, `articles ${last.articles}`);
    });
  });

  describe('hover', () => {
    it('shows 《title》 and chapter, the cited 款 first under its label, the rest, and dates as written', async () => {
      const md = (await hoverAt(notice, '第六条第二款', 2))!;
      assert.match(md, new RegExp(`^\\*\\*《${BEIJIANG}》\\*\\* 第一章 总则`));
      assert.match(md, /\*\*第六条第二款\*\*\n\n监察委员会、人民法院、人民检察院应当按照各自职责做好筑牢祖国北疆安全稳定屏障工作。\n\n\*第六条其余部分：\*\n\n第六条 各级人民政府负责/);
      assert.match(md, /2023年7月31日通过，2023年9月1日起施行/);
    });
    it('leaves the English translation out in Chinese (lawcite.hover.translation auto)', async () => {
      const md = (await hoverAt(notice, '第六条第二款', 2))!;
      assert.doesNotMatch(md, /\| 中文 \| 英文译本 \||Article 6 People/);
    });
    it('hides nothing of a long range: the article under the pointer, then every other one as a link', async () => {
      const md = (await hoverAt(notice, '第二条至第十一条', 1))!;
      assert.match(md, /^第二条 /m);
      assert.match(md, /（共 10 条）/);
      const line = md.split('\n').find((l) => l.startsWith('另有：'))!;
      for (const label of ['第三条', '第四条', '第五条', '第六条', '第七条', '第八条', '第九条', '第十条', '第十一条']) {
        assert.match(line, new RegExp(`\\[${label}\\]\\(file:`), label);
      }
    });
    it('names the candidates of an ambiguous title once', async () => {
      const md = (await hoverAt(notice, '《促进条例》第三条', 2))!;
      assert.match(md, /指向不明，可能是：《内蒙古自治区全方位建设模范自治区促进条例》/);
      assert.strictEqual(md.split(BEIJIANG).length - 1, 1);
    });
    it('explains an unknown title and suggests the near one, once', async () => {
      const md = (await hoverAt(notice, '促进条列》第三条', 2))!;
      assert.match(md, new RegExp(`是否指《${BEIJIANG}》`));
      assert.strictEqual(md.split(BEIJIANG).length - 1, 1);
    });
    it('explains an unknown article', async () => {
      const md = (await hoverAt(notice, '第九百条', 1))!;
      assert.match(md, /没有第九百条/);
    });
    it('resolves a self reference of a draft regulation to its own article', async () => {
      const md = (await hoverAt(measures, '本办法第二条', 4))!;
      assert.match(md, /第二条 本办法适用于本市行政区域。/);
    });
    it('emphasises only the cited 项 and goes to its line', async () => {
      const doc = { uri: 'untitled:item', text: '依照《测试自治区示范条例》第三条第（二）项处理。' };
      await client.open(doc.uri, doc.text);
      const md = (await hoverAt(doc, '第三条', 1))!;
      assert.match(md, /^\*\*第三条第（二）项\*\*\n\n（二）予以警告；$/m);
      assert.match(md, /^（一）责令改正；$/m);
      const locs = (await definitionAt(doc, '第三条', 1))!;
      assert.match(lineOf(demoFile, locs[0].range.start.line), /^（二）予以警告/);
      await client.close(doc.uri);
    });
    it('explains a short title where it is defined', async () => {
      const md = (await hoverAt(notice, '（以下简称《生态条例》）', 7))!;
      assert.match(md, /《生态条例》 简称，指 《内蒙古自治区建设我国北方重要生态安全屏障促进条例》/);
    });
    it('returns null outside citations', async () => {
      assert.strictEqual(await hoverAt(notice, '各旗县区', 1), null);
    });
    it('hovers references inside corpus files and escapes their Markdown', async () => {
      const demo = read(demoFile);
      await client.open(demo.uri, demo.text);
      const md = (await hoverAt(demo, '本条例第二条', 4))!;
      assert.match(md, /\*\*《测试自治区示范条例》\*\*/);
      assert.match(md, /第二条 本条例适用于测试。/);
      const article3 = (await client.request<ArticleView[] | null>('lawcite/articleAt', { uri: demo.uri, position: positionOf(demo.text, '第三条', 1) }))!;
      const escaped = article3[0].markdown;
      assert.ok(!escaped.includes('<b>'), 'no raw HTML');
      assert.ok(!escaped.includes('](command:'), 'no command link');
      assert.match(escaped, /\\<b\\>raw\\<\/b\\> \\\[link\\\]\\\(command\\:evil\\\) \\\*stars\\\*/);
      await client.close(demo.uri);
    });
  });

  describe('definition', () => {
    it('goes to the article heading line in the corpus file (file: URI)', async () => {
      const locs = (await definitionAt(notice, '第二条至第十一条', 0))!;
      assert.strictEqual(locs[0].uri, fileUri(beijiangFile));
      assert.match(lineOf(beijiangFile, locs[0].range.start.line), /^第二条 /);
    });
    it('lands on the cited 款', async () => {
      const locs = (await definitionAt(notice, '第六条第二款', 3))!;
      assert.strictEqual(locs.length, 1);
      assert.match(lineOf(beijiangFile, locs[0].range.start.line), /^监察委员会、人民法院/);
    });
    it('returns every article of a range', async () => {
      const locs = (await definitionAt(notice, '第二条至第十一条', 1))!;
      assert.strictEqual(locs.length, 10);
      assert.match(lineOf(beijiangFile, locs[9].range.start.line), /^第十一条/);
    });
    it('returns every candidate of an ambiguous title', async () => {
      const locs = (await definitionAt(notice, '《促进条例》第三条', 2))!;
      assert.ok(locs.length >= 6, `got ${locs.length}`);
      assert.ok(locs.every((l) => l.uri.startsWith('file:///')));
    });
    it('goes from a short title to its 以下简称 declaration', async () => {
      const locs = (await definitionAt(notice, '《生态条例》第十一条', 2))!;
      assert.strictEqual(locs[0].uri, notice.uri);
      assert.strictEqual(locs[0].range.start.line, positionOf(notice.text, '以下简称').line);
    });
    it('goes from the article part of a short-title citation to the article', async () => {
      const locs = (await definitionAt(notice, '《生态条例》第十一条', 7))!;
      assert.match(decodeURIComponent(locs[0].uri), /生态安全屏障促进条例\.md$/);
    });
    it('goes from 本办法第二条 to the draft’s own 第二条', async () => {
      const locs = (await definitionAt(measures, '本办法第二条', 4))!;
      assert.strictEqual(locs[0].uri, measures.uri);
      assert.strictEqual(locs[0].range.start.line, positionOf(measures.text, '第二条 本办法').line);
    });
  });

  describe('completion', () => {
    const uri = 'untitled:completion';
    let version = 0;
    const complete = async (text: string) => {
      if (version === 0) await client.open(uri, text);
      else await client.change(uri, [{ text }]);
      version++;
      const lines = text.split('\n');
      return client.request<CompletionList>('textDocument/completion', {
        textDocument: { uri },
        position: { line: lines.length - 1, character: lines[lines.length - 1].length },
      });
    };
    it('completes titles after 《 fuzzily and inserts the closing 》', async () => {
      const list = await complete('根据《北疆');
      assert.strictEqual(list.items[0].label, BEIJIANG);
      const edit = list.items[0].textEdit as { newText: string; range: { start: { character: number } } };
      assert.strictEqual(edit.newText, `${BEIJIANG}》`);
      assert.strictEqual(edit.range.start.character, 3);
    });
    it('finds titles by loose words (生态 屏障)', async () => {
      const list = await complete('根据《生态屏障');
      assert.ok(list.items.some((i) => i.label === '内蒙古自治区建设我国北方重要生态安全屏障促进条例'));
    });
    it('offers article numbers after 《title》第 in Chinese numerals, sorted, with first words and text', async () => {
      const list = await complete(`根据《${BEIJIANG}》第`);
      assert.strictEqual(list.items.length, 89);
      assert.deepStrictEqual(list.items.slice(0, 3).map((i) => i.label), ['第一条', '第二条', '第三条']);
      const sorted = [...list.items].sort((a, b) => a.sortText!.localeCompare(b.sortText!));
      assert.deepStrictEqual(sorted.map((i) => i.label), list.items.map((i) => i.label));
      const six = list.items.find((i) => i.label === '第六条')!;
      assert.match(six.detail!, /^各级人民政府负责/);
      assert.match((six.documentation as MarkupContent).value, /监察委员会、人民法院/);
    });
    it('filters by Chinese input after 第六', async () => {
      const list = await complete(`根据《${BEIJIANG}》第六`);
      assert.deepStrictEqual(
        list.items.map((i) => i.label),
        ['第六条', '第六十条', '第六十一条', '第六十二条', '第六十三条', '第六十四条', '第六十五条', '第六十六条', '第六十七条', '第六十八条', '第六十九条'],
      );
      assert.ok(list.items.every((i) => i.filterText!.startsWith('第六')));
    });
    it('accepts Arabic input after 第64 and inserts Chinese numerals', async () => {
      const list = await complete(`根据《${BEIJIANG}》第64`);
      assert.deepStrictEqual(list.items.map((i) => i.label), ['第六十四条']);
      assert.strictEqual(list.items[0].filterText, '第64条');
      assert.strictEqual((list.items[0].textEdit as { newText: string }).newText, '第六十四条');
    });
    it('uses the regulation in context for a bare 第', async () => {
      const list = await complete(`根据《${BEIJIANG}》第五条规定。\n又依照第1`);
      assert.ok(list.items.length > 0);
      assert.ok(list.items.every((i) => i.filterText!.startsWith('第1')));
      assert.ok(list.items.some((i) => i.label === '第十一条'));
    });
    it('offers the 款 after 第X条第', async () => {
      const list = await complete(`根据《${BEIJIANG}》第六条第`);
      assert.deepStrictEqual(list.items.map((i) => i.label), ['第一款', '第二款', '第三款']);
      assert.match(list.items[1].detail!, /^监察委员会/);
    });
    it('offers the 项 after 第X条第Y款第', async () => {
      const list = await complete('根据《测试自治区示范条例》第三条第一款第');
      assert.deepStrictEqual(list.items.map((i) => i.label), ['第（一）项', '第（二）项', '第（三）项']);
    });
    it('offers the draft’s own articles after 本办法第', async () => {
      const list = await complete('第一条 为了测试，制定本办法。\n\n第二条 本办法适用于本市。\n\n第三条 违反本办法第');
      assert.deepStrictEqual(list.items.map((i) => i.label), ['第一条', '第二条', '第三条']);
    });
    it('offers nothing odd after 以下简称', async () => {
      const list = await complete(`根据《${BEIJIANG}》（以下简称《北疆`);
      assert.strictEqual(list.items.length, 0);
    });
    it('offers no articles without a regulation in context', async () => {
      await client.change(uri, [{ text: '' }]);
      const fresh = 'untitled:nocontext';
      await client.open(fresh, '第');
      const list = await client.request<CompletionList | null>('textDocument/completion', { textDocument: { uri: fresh }, position: { line: 0, character: 1 } });
      assert.strictEqual(list?.items.length ?? 0, 0);
      await client.close(fresh);
    });
  });

  describe('diagnostics and code actions', () => {
    it('publishes the engine diagnostics on open', async () => {
      const diags = await client.diagnosticsFor(notice.uri);
      const codes = diags.map((d) => d.code).sort();
      assert.deepStrictEqual(codes, ['ambiguous-regulation', 'arabic-numerals', 'unknown-article', 'unknown-regulation']);
      assert.ok(diags.every((d) => d.source === 'lawcite'));
      const arabic = diags.find((d) => d.code === 'arabic-numerals')!;
      assert.strictEqual(arabic.severity, 2, 'a warning by default');
    });
    it('republishes after an edit and drops fixed problems', async () => {
      const uri = 'untitled:diag';
      await client.open(uri, `《${BEIJIANG}》第九百条。`);
      const before = await client.diagnosticsFor(uri, 1);
      assert.strictEqual(before[0].code, 'unknown-article');
      const v = await client.change(uri, [{ range: { start: { line: 0, character: BEIJIANG.length + 3 }, end: { line: 0, character: BEIJIANG.length + 5 } }, text: '九' }]);
      const after = await client.diagnosticsFor(uri, v);
      assert.deepStrictEqual(after, []);
      await client.close(uri);
    });
    it('offers quick fixes: Chinese numerals, the suggested title, each candidate', async () => {
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: notice.uri },
        range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } },
        context: { diagnostics: [] },
      });
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('改为“五”'));
      assert.ok(titles.includes(`改为《${BEIJIANG}》`));
      assert.ok(titles.includes('改为《内蒙古自治区全方位建设模范自治区促进条例》'));
      const five = actions.find((a) => a.title === '改为“五”')!;
      assert.strictEqual(five.kind, 'quickfix');
      assert.strictEqual(five.edit!.changes![notice.uri][0].newText, '五');
      assert.strictEqual(five.diagnostics![0].code, 'arabic-numerals');
    });

    it('offers to add the missing 《》', async () => {
      const uri = 'untitled:marks';
      const text = `根据${BEIJIANG}第六条规定。`;
      await client.open(uri, text);
      const diags = await client.diagnosticsFor(uri, 1);
      assert.ok(diags.some((d) => d.code === 'missing-title-marks'));
      const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } },
        context: { diagnostics: diags },
      });
      const add = actions.find((a) => a.edit!.changes![uri][0].newText === `《${BEIJIANG}》`);
      assert.ok(add, JSON.stringify(actions.map((a) => a.title)));
      await client.close(uri);
    });
  });

  describe('references', () => {
    it('finds every citation of an article in the workspace drafts, open or not', async () => {
      const refs = (await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: notice.uri },
        position: positionOf(notice.text, '第六条第二款', 1),
        context: { includeDeclaration: false },
      }))!;
      const files = refs.map((r) => path.basename(decodeURIComponent(r.uri))).sort();
      // notice: 第六条第二款 and the range 第二条至第十一条; measures (open); other.txt (on disk only).
      assert.deepStrictEqual(files, ['measures.md', 'notice.md', 'notice.md', 'other.txt']);
    });
    it('finds citations from an article heading in a corpus file, with the declaration', async () => {
      const corpusDoc = read(beijiangFile);
      await client.open(corpusDoc.uri, corpusDoc.text);
      const refs = await client.request<Location[]>('textDocument/references', {
        textDocument: { uri: corpusDoc.uri },
        position: positionOf(corpusDoc.text, '第六条 各级', 1),
        context: { includeDeclaration: true },
      });
      assert.strictEqual(refs[0].uri, corpusDoc.uri);
      assert.strictEqual(refs.length, 5);
      await client.close(corpusDoc.uri);
    });
  });

  describe('links, symbols, folding, semantic tokens', () => {
    it('links each resolved citation to its article line', async () => {
      const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: notice.uri } });
      const first = links[0];
      assert.ok(first.target!.startsWith(fileUri(beijiangFile) + '#L'));
      const line = Number(first.target!.split('#L')[1]) - 1;
      assert.match(lineOf(beijiangFile, line), /^监察委员会/);
      assert.ok(!links.some((l) => l.range.start.line === positionOf(notice.text, '第九百条').line), 'no link for an unknown article');
    });
    it('outlines a plain-text draft regulation by 章 and 条', async () => {
      const txt = measures.uri.replace(/\.md$/, '.txt');
      await client.open(txt, measures.text, 'plaintext');
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: txt } });
      assert.deepStrictEqual(symbols.map((s) => s.name), ['第一章 总则', '第二章 管理']);
      assert.deepStrictEqual(symbols[1].children!.map((s) => s.name), ['第三条', '第四条']);
      await client.close(txt);
    });
    it('lawcite/documentStructure: the 章/条 for a view of their own where Markdown’s outline is the one tree', async () => {
      const titled = { uri: `${fileUri(path.join(workspace, 'drafts'))}/titled.md`, text: '# 某某办法（草案）\n\n第一章 总则\n\n第一条 甲。\n\n第二条 乙。\n' };
      await client.open(titled.uri, titled.text);
      assert.deepStrictEqual(await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: titled.uri } }), []);
      const r = await client.request<{ symbols: DocumentSymbol[]; inOutline: boolean }>('lawcite/documentStructure', { uri: titled.uri });
      assert.deepStrictEqual([r.inOutline, r.symbols.map((s) => s.name), r.symbols[0].children!.map((s) => s.name)], [false, ['第一章 总则'], ['第一条', '第二条']]);
      const untitledTxt = 'untitled:Untitled-1';
      await client.open(untitledTxt, '某某办法\n\n第一条 甲。\n', 'plaintext');
      assert.strictEqual((await client.request<{ inOutline: boolean }>('lawcite/documentStructure', { uri: untitledTxt })).inOutline, true);
      await client.close(untitledTxt);
      assert.strictEqual(await client.request('lawcite/documentStructure', { uri: 'file:///nowhere.md' }), null);
      assert.strictEqual(await client.request('lawcite/documentStructure', {}), null);
      await client.close(titled.uri);
    });
    it('outlines a corpus file', async () => {
      const corpusDoc = read(beijiangFile);
      await client.open(corpusDoc.uri, corpusDoc.text);
      const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: corpusDoc.uri } });
      assert.strictEqual(symbols[0].name, BEIJIANG);
      assert.strictEqual(symbols[0].children!.length, 9);
      assert.strictEqual(symbols[0].children![0].name, '第一章 总则');
      await client.close(corpusDoc.uri);
    });
    it('folds 章 and multi-line 条 of a draft regulation', async () => {
      const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri: measures.uri } });
      const chapter2 = positionOf(measures.text, '第二章').line;
      const article3 = positionOf(measures.text, '第三条 市').line;
      assert.ok(ranges.some((r) => r.startLine === chapter2));
      assert.ok(ranges.some((r) => r.startLine === article3 && r.endLine === article3 + 2));
    });
    it('finds articles across the corpus by number or words', async () => {
      const byNumber = await client.request<SymbolInformation[]>('workspace/symbol', { query: '六十四' });
      assert.ok(byNumber.length >= 6);
      // An article of a text numbered by items is named as printed (六十四、, 64.).
      assert.ok(byNumber.every((s) => /第六十四条|Article 64|^六十四、|^64[.．]/.test(s.name)), byNumber.map((s) => s.name).join(' '));
      // Words of the seed (草原 is in ~50 national laws too, past the result limit).
      const byWords = await client.request<SymbolInformation[]>('workspace/symbol', { query: '生态安全屏障' });
      assert.ok(byWords.length > 5);
      assert.ok(byWords.some((s) => s.containerName === '内蒙古自治区建设我国北方重要生态安全屏障促进条例'));
    });
    it('colours the parts of citations', async () => {
      const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: notice.uri } });
      const legend = client.initializeResult.capabilities.semanticTokensProvider!.legend.tokenTypes;
      // Decode the first tokens: 《title》 then 第六条 then 第二款 on the line of the first citation.
      const d = tokens.data;
      const line = positionOf(notice.text, '第六条第二款').line;
      assert.strictEqual(d[0], line);
      assert.strictEqual(legend[d[3]], 'class');
      assert.strictEqual(legend[d[8]], 'enumMember');
      assert.strictEqual(legend[d[13]], 'property');
    });
  });

  describe('custom lawcite/* requests', () => {
    it('lawcite/searchArticles', async () => {
      const hits = await client.request<ArticleSummary[]>('lawcite/searchArticles', { query: '64', limit: 3 });
      assert.strictEqual(hits.length, 3);
      assert.ok(hits.every((h) => h.number === 64 && h.uri.startsWith('file:') && h.citation.endsWith(h.label)));
      // Words in any order with a number, from a draft: the article first, the searched words highlighted.
      const [top] = await client.request<ArticleSummary[]>('lawcite/searchArticles', { query: '口岸 北疆 64', limit: 5, uri: notice.uri });
      assert.strictEqual(`${top.title}${top.label}`, `${BEIJIANG}第六十四条`);
      assert.ok((top.highlights ?? []).length > 0 && top.highlights!.every(([a, b]) => top.snippet.slice(a, b) === '口岸'), JSON.stringify(top));
      // Bad parameters are answered, not failed.
      assert.deepStrictEqual(await client.request<ArticleSummary[]>('lawcite/searchArticles', { query: { words: '口岸' }, uri: 3 }), []);
    });
    it('lawcite/listRegulations and lawcite/listArticles', async () => {
      const regs = await client.request<RegulationSummary[]>('lawcite/listRegulations', {});
      assert.strictEqual(regs.length, bundledLaws() + 1);
      const en = regs.find((r) => r.translationOf === BEIJIANG)!;
      assert.strictEqual(en.lang, 'en');
      // From a draft: what it cites first (the notice cites the 筑牢 regulation first), ranked over stdio as in process.
      const ranked = await client.request<RegulationSummary[]>('lawcite/listRegulations', { uri: notice.uri });
      assert.strictEqual(ranked.length, regs.length);
      assert.strictEqual(ranked[0].title, BEIJIANG);
      const searched = await client.request<ArticleSummary[]>('lawcite/searchArticles', { query: '第三条', limit: 5, uri: notice.uri });
      assert.strictEqual(searched[0].title, BEIJIANG);
      const unranked = await client.request<ArticleSummary[]>('lawcite/searchArticles', { query: '第三条', limit: 5 });
      assert.notStrictEqual(unranked[0].title, BEIJIANG, 'without the draft another law comes first');
      assert.notStrictEqual(regs[0].title, BEIJIANG, 'without the draft another law comes first');
      const arts = await client.request<ArticleSummary[]>('lawcite/listArticles', { title: BEIJIANG });
      assert.strictEqual(arts.length, 89);
      assert.strictEqual(arts[63].label, '第六十四条');
    });
    it('lawcite/articleAt gives the cited article with its 款 emphasised', async () => {
      const views = (await client.request<ArticleView[] | null>('lawcite/articleAt', { uri: notice.uri, position: positionOf(notice.text, '第六条第二款', 1) }))!;
      assert.strictEqual(views[0].title, BEIJIANG);
      assert.strictEqual(views[0].paragraph, 2);
      assert.deepStrictEqual(views[0].path, ['第一章 总则']);
      assert.match(views[0].text, /^第六条/);
      assert.strictEqual(await client.request('lawcite/articleAt', { uri: notice.uri, position: { line: 0, character: 0 } }), null);
    });
    it('lawcite/compareVersions and lawcite/versionText: 《公司法》2018 第十六条 and 2023 第十五条, found by text', async () => {
      const text = '关于公司担保的通知\n\n2020年5月1日\n\n依照《中华人民共和国公司法》第十六条办理。\n';
      const uri = fileUri(path.join(workspace, 'drafts', 'compare-versions.md'));
      await client.open(uri, text);
      const r = await client.request<CompareVersionsResult>('lawcite/compareVersions', { uri, position: positionOf(text, '第十六条', 1) });
      assert.strictEqual(r.status, 'ok', JSON.stringify(r));
      if (r.status !== 'ok') return;
      assert.deepStrictEqual([r.from.version, r.from.article?.label, r.to.version, r.to.article?.label, r.change], ['2018-10-26', '第十六条', '2023-12-29', '第十五条', 'moved']);
      const side = await client.request<VersionTextResult>('lawcite/versionText', { title: r.title, version: '2023-12-29', number: 15, insert: null });
      assert.deepStrictEqual(side, { text: r.to.text });
      const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, '第十六条', 1) });
      assert.match((hover!.contents as MarkupContent).value, /2023年12月29日版本（2024年7月1日起施行，现行有效）：第十五条/);
      assert.doesNotMatch((hover!.contents as MarkupContent).value, /command:/, 'no command links unless the client asks for them');
      const none = await client.request<CompareVersionsResult>('lawcite/compareVersions', { uri, position: { line: 0, character: 0 } });
      assert.strictEqual(none.status, 'no-citation');
    });
    it('lawcite/citedProvisions lists what a draft cites, mentions relative to the workspace folder', async () => {
      const r = await client.request<CitedProvisionsResult>('lawcite/citedProvisions', { uris: [notice.uri] });
      assert.strictEqual(r.documents, 1);
      const z = r.json.regulations.find((x) => x.title === BEIJIANG)!;
      assert.strictEqual(z.level, 'local-regulation');
      const p62 = z.articles.find((a) => a.article === 6 && a.paragraph === 2)!;
      assert.deepStrictEqual(p62.mentions.map((m) => [m.file, m.range.start.line]), [['drafts/notice.md', 4]]);
      assert.match(r.markdown, /^# 引用条文清单\n/);
      const all = await client.request<CitedProvisionsResult>('lawcite/citedProvisions', { workspace: true });
      assert.ok(all.documents >= 3, `the workspace drafts, got ${all.documents}`);
      assert.strictEqual(await client.request('lawcite/citedProvisions', { uris: 'not a list' }).then((x) => (x as CitedProvisionsResult).documents), 0);
    });
    it('lawcite/reloadCorpus returns the status', async () => {
      const status = await client.request<CorpusStatus>('lawcite/reloadCorpus', {});
      assert.strictEqual(status.regulations, bundledLaws() + 1);
      assert.strictEqual(status.indexing, false);
    });
  });
});
