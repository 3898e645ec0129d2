// Language-server benchmark over stdio: a 200 KB draft with 3,000 citations; round-trip latency of hover,
// definition and completion (p50/p99), time from an edit to its diagnostics, and the server's RSS.
// Run twice: with the bundled corpus, and with ../shared/bench/lawrefbook as an extra corpus folder (skipped with a
// message when absent). First, with the national corpus bundled (national-bench.ts says which): the first hover on
// 《中华人民共和国刑法》第二十条 from process start, against a naive script and `cat` over the same national texts and
// against the server without its warm index and without V8's code cache (one start before the timed runs writes
// it, as the first start after installing does); RSS after it; completion after 《 over all titles; `lawcite show`
// in a fresh process. Prints figures; `npm run bench:lsp` (`-- --national`: that part only).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { CompletionList, Hover, Location } from 'vscode-languageserver-protocol';
import { formatChineseNumeral } from '../server/src/core/numerals';
import { repoRoot, TestClient } from '../test/server/lspClient';
import { catProcess, hideNational, hideWarmIndex, median, naiveProcess, nationalPackage, processCpuMs, showProcess, type NationalPackage } from './national-bench';

const TITLES = [
  '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例',
  '内蒙古自治区建设我国北方重要生态安全屏障促进条例',
  '内蒙古自治区全方位建设模范自治区促进条例',
  '内蒙古自治区建设国家向北开放重要桥头堡促进条例',
];
const LAWREFBOOK = path.resolve(repoRoot, '..', 'shared', 'bench', 'lawrefbook');

interface Draft {
  text: string;
  /** Positions inside citations (for hover/definition). */
  inside: { line: number; character: number }[];
  /** Positions right after 》第 (for article completion). */
  afterDi: { line: number; character: number }[];
}

/** A draft of ~200 KB with ~3,000 citations: a full-title citation per line, then bare ones in its context. */
function makeDraft(): Draft {
  const lines: string[] = [];
  const inside: Draft['inside'] = [];
  const afterDi: Draft['afterDi'] = [];
  let bytes = 0;
  let citations = 0;
  let i = 0;
  while (citations < 3000 || bytes < 200 * 1024) {
    const title = TITLES[i % TITLES.length];
    const a = formatChineseNumeral((i % 40) + 1);
    const b = formatChineseNumeral(((i * 7) % 40) + 1);
    const c = formatChineseNumeral(((i * 3) % 30) + 1);
    const d = formatChineseNumeral(((i * 3) % 30) + 4);
    const head = `${i + 1}. 根据《${title}》第`;
    const line = `${head}${a}条规定，依照第${b}条第一款，结合第${c}条至第${d}条组织实施。`;
    inside.push({ line: lines.length, character: head.length + 1 });
    inside.push({ line: lines.length, character: line.indexOf(`依照第${b}条`) + 3 });
    afterDi.push({ line: lines.length, character: head.length });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
    citations += 3;
    i++;
  }
  return { text: lines.join('\n') + '\n', inside, afterDi };
}

function percentile(values: number[], p: number): number {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function fmt(values: number[]): string {
  return `p50 ${percentile(values, 50).toFixed(2)} ms, p99 ${percentile(values, 99).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms (n=${values.length})`;
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /VmRSS:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) / 1024 : NaN;
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = process.hrtime.bigint();
  const r = await fn();
  return [Number(process.hrtime.bigint() - t) / 1e6, r];
}

async function run(label: string, corpusPaths: string[]): Promise<void> {
  console.log(`\n== ${label}`);
  const client = new TestClient({ settings: { corpus: { paths: corpusPaths } } });
  const started = Date.now();
  await client.initialize();
  const status = await client.indexed(9, 600000);
  console.log(`corpus: ${status.regulations} regulations, ${status.articles} articles, indexed in ${Date.now() - started} ms`);
  const draft = makeDraft();
  const uri = 'untitled:bench-draft.md';
  const [openMs] = await timed(async () => {
    await client.open(uri, draft.text);
    return client.diagnosticsFor(uri, 1, 60000);
  });
  const diags = client.diagnostics.get(uri)!.diagnostics;
  console.log(`draft: ${Buffer.byteLength(draft.text)} bytes, ${draft.text.split('\n').length - 1} lines; first diagnostics after open ${openMs.toFixed(0)} ms (${diags.length} diagnostics)`);
  const links = await client.request<unknown[]>('textDocument/documentLink', { textDocument: { uri } });
  console.log(`citations resolved (document links): ${links.length}`);
  const picks = (n: number, list: Draft['inside']) => Array.from({ length: n }, (_, k) => list[(k * 7919) % list.length]);

  // Warm up.
  for (const p of picks(50, draft.inside)) await client.request('textDocument/hover', { textDocument: { uri }, position: p });

  const hover: number[] = [];
  let hovered = 0;
  for (const p of picks(2000, draft.inside)) {
    const [ms, h] = await timed(() => client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: p }));
    hover.push(ms);
    if (h) hovered++;
  }
  console.log(`hover:       ${fmt(hover)}; ${hovered} with content`);

  const definition: number[] = [];
  let found = 0;
  for (const p of picks(2000, draft.inside)) {
    const [ms, d] = await timed(() => client.request<Location[] | null>('textDocument/definition', { textDocument: { uri }, position: p }));
    definition.push(ms);
    if (d && d.length) found++;
  }
  console.log(`definition:  ${fmt(definition)}; ${found} with locations`);

  const completion: number[] = [];
  let items = 0;
  for (const p of picks(500, draft.afterDi)) {
    const [ms, c] = await timed(() => client.request<CompletionList>('textDocument/completion', { textDocument: { uri }, position: p }));
    completion.push(ms);
    items += c?.items.length ?? 0;
  }
  console.log(`completion (after 》第): ${fmt(completion)}; ${Math.round(items / completion.length)} items on average`);

  const titleCompletion: number[] = [];
  const probe = 'untitled:bench-title.md';
  await client.open(probe, '根据《');
  let v = 1;
  for (const q of ['北疆', '生态屏障', '促进条例', '安全', '开放', '法', '条例', '保护']) {
    for (let k = 0; k < 20; k++) {
      const text = `根据《${q.slice(0, (k % q.length) + 1)}`;
      v = await client.change(probe, [{ text }]);
      const [ms] = await timed(() => client.request<CompletionList>('textDocument/completion', { textDocument: { uri: probe }, position: { line: 0, character: text.length } }));
      titleCompletion.push(ms);
    }
  }
  void v;
  console.log(`completion (after 《): ${fmt(titleCompletion)}`);

  const edits: number[] = [];
  for (let k = 0; k < 100; k++) {
    const line = (k * 37) % (draft.inside.length / 2);
    const t0 = process.hrtime.bigint();
    const version = await client.change(uri, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: k % 2 ? '　' : '一' }]);
    await client.diagnosticsFor(uri, version, 60000);
    edits.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  console.log(`diagnostics after an edit (debounce included): ${fmt(edits)}`);

  // Hover right after an edit (analysis recomputed on demand).
  const afterEdit: number[] = [];
  for (let k = 0; k < 30; k++) {
    await client.change(uri, [{ range: { start: { line: k, character: 0 }, end: { line: k, character: 0 } }, text: '二' }]);
    const [ms] = await timed(() => client.request('textDocument/hover', { textDocument: { uri }, position: draft.inside[k * 2 + 40] }));
    afterEdit.push(ms);
  }
  console.log(`hover right after an edit: ${fmt(afterEdit)}`);

  console.log(`server RSS: ${rssMb(client.process.pid!).toFixed(0)} MB`);

  // Search across the corpus by words that match nothing: every article's text is scanned. The first search
  // also reads every article body (bodies are read on first use), later ones do not.
  const [first] = await timed(() => client.request('lawcite/searchArticles', { query: '没有这样的词语甲', limit: 50 }));
  const later: number[] = [];
  for (let k = 0; k < 10; k++) later.push((await timed(() => client.request('lawcite/searchArticles', { query: `没有这样的词语${k}`, limit: 50 })))[0]);
  console.log(`search articles by words (whole corpus scanned): first ${first.toFixed(0)} ms (reads every body), then ${fmt(later)}`);
  // Searches as drafters type them (issue 15): a word and a number, two words in any order, a common word (thousands
  // of hits ranked), a pasted citation.
  for (const query of ['筑牢 六十四', '布局 口岸', '人民政府', '《中华人民共和国刑法》第二十条']) {
    const runs: number[] = [];
    for (let k = 0; k < 5; k++) runs.push((await timed(() => client.request('lawcite/searchArticles', { query, limit: 100 })))[0]);
    console.log(`search "${query}": ${fmt(runs)}`);
  }
  console.log(`server RSS after the search: ${rssMb(client.process.pid!).toFixed(0)} MB`);
  await client.shutdown();
}

const FIRST_TEXT = '依照《中华人民共和国刑法》第二十条的规定。';

/** Process start → the first hover's answer on 刑法第二十条; the client is left running. */
async function firstHover(pkg: NationalPackage, env: Record<string, string> = {}): Promise<{ ms: number; cpu: number; correct: boolean; client: TestClient }> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env); // the server inherits the environment
  const t0 = process.hrtime.bigint();
  const client = new TestClient({ serverBin: pkg.server });
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
  await client.initialize();
  const uri = 'untitled:first-hover.md';
  await client.open(uri, FIRST_TEXT);
  const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: FIRST_TEXT.indexOf('第二十条') + 1 } });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cpu = processCpuMs(client.process.pid!);
  const text = JSON.stringify(h?.contents ?? '');
  return { ms, cpu, correct: text.includes('正当防卫') && text.includes('第二十条'), client };
}

async function runNational(): Promise<void> {
  const pkg = nationalPackage();
  if (!pkg) {
    console.log('\n(skipped the national corpus: no corpus/national and no ../shared/bench/lawrefbook)');
    return;
  }
  try {
    const bytes = pkg.files.reduce((n, f) => n + fs.statSync(f).size, 0);
    console.log(`\n== national corpus: ${pkg.label}, ${(bytes / 1048576).toFixed(1)} MiB`);
    const runs = 5;
    const naive: number[] = [];
    const naiveCpu: number[] = [];
    const cat: number[] = [];
    const warm: number[] = [];
    const warmCpu: number[] = [];
    const cold: number[] = [];
    const coldCpu: number[] = [];
    const floor: number[] = [];
    const floorCpu: number[] = [];
    const uncached: number[] = [];
    const uncachedCpu: number[] = [];
    let headings = 0;
    let correct = true;
    let rss = 0;
    naiveProcess(pkg.files); // page cache
    // The bundled server keeps V8's compiled code between starts (server/src/loader/codeCache.ts): the first start
    // writes it, as the first start after installing does.
    await (await firstHover(pkg)).client.shutdown();
    for (let i = 0; i < runs; i++) {
      // Interleaved: machine load affects all alike.
      const n = naiveProcess(pkg.files);
      naive.push(n.ms);
      naiveCpu.push(n.cpu);
      headings = n.headings;
      cat.push(catProcess(pkg.files));
      const w = await firstHover(pkg);
      warm.push(w.ms);
      warmCpu.push(w.cpu);
      correct &&= w.correct;
      rss = Math.max(rss, rssMb(w.client.process.pid!));
      await w.client.shutdown();
      const u = await firstHover(pkg, { LAWCITE_CODE_CACHE: 'off' });
      uncached.push(u.ms);
      uncachedCpu.push(u.cpu);
      correct &&= u.correct;
      await u.client.shutdown();
      hideWarmIndex(pkg, true);
      try {
        const c = await firstHover(pkg);
        cold.push(c.ms);
        coldCpu.push(c.cpu);
        correct &&= c.correct;
        await c.client.shutdown();
      } finally {
        hideWarmIndex(pkg, false);
      }
      hideNational(pkg, true);
      try {
        const b = await firstHover(pkg);
        floor.push(b.ms);
        floorCpu.push(b.cpu);
        await b.client.shutdown();
      } finally {
        hideNational(pkg, false);
      }
    }
    const f = (xs: number[]) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
    const m = (xs: number[]) => median(xs).toFixed(0);
    console.log(`first hover on 《中华人民共和国刑法》第二十条, process start → answer (${pkg.serverLabel}), ${runs} runs each, interleaved;`);
    console.log('  wall time (median, min–max) and the process\'s CPU time (user + system, median; steadier on a shared machine):');
    console.log(`  server, warm index:        ${f(warm)}; CPU ${m(warmCpu)} ms   answer correct: ${correct ? 'yes' : 'NO'}`);
    console.log(`  server, warm index, no code cache (first start after installing): ${f(uncached)}; CPU ${m(uncachedCpu)} ms`);
    console.log(`  server, no index (parse):  ${f(cold)}; CPU ${m(coldCpu)} ms`);
    console.log(`  server, seed files only, parsed (start-up floor, no national corpus, answer empty): ${f(floor)}; CPU ${m(floorCpu)} ms`);
    console.log(`  naive script (start → done, ${headings} article headings): ${f(naive)}; CPU ${m(naiveCpu)} ms`);
    console.log(`  cat of the same files:     ${f(cat)}`);
    console.log(`  warm/naive: wall ${(median(warm) / median(naive)).toFixed(2)}×, CPU ${(median(warmCpu) / median(naiveCpu)).toFixed(2)}× (target < 1)   warm/cat: wall ${(median(warm) / median(cat)).toFixed(2)}×`);
    console.log(`server RSS after the first hover (warm index): max ${rss.toFixed(0)} MB over the runs (target ≤ 250 MB)`);

    // Completion after 《 for every title: a prefix of each, typed after 《.
    const w = await firstHover(pkg);
    const client = w.client;
    const regs = await client.request<{ title: string }[]>('lawcite/listRegulations', {});
    const probe = 'untitled:bench-titles.md';
    await client.open(probe, '根据《');
    const times: number[] = [];
    let empty = 0;
    for (const [k, r] of regs.entries()) {
      const text = `根据《${r.title.slice(0, 2 + (k % 5))}`;
      await client.change(probe, [{ text }]);
      const [ms, c] = await timed(() => client.request<CompletionList>('textDocument/completion', { textDocument: { uri: probe }, position: { line: 0, character: text.length } }));
      times.push(ms);
      if (!c?.items.length) empty++;
    }
    console.log(`completion after 《 over all ${regs.length} titles (a 2–6 character prefix of each): ${fmt(times)}; ${empty} without items   target p99 < 30 ms`);
    console.log(`server RSS after that: ${rssMb(client.process.pid!).toFixed(0)} MB`);
    await client.shutdown();

    const shows: number[] = [];
    let out = '';
    let status: number | null = null;
    for (let i = 0; i < runs; i++) {
      const r = showProcess(pkg, '《刑法》第二十条');
      shows.push(r.ms);
      out = r.out;
      status = r.status;
    }
    console.log(`lawcite show "《刑法》第二十条" in a fresh process: ${f(shows)}; exit ${status}, ${out.includes('正当防卫') ? 'article shown' : 'ARTICLE NOT SHOWN'}`);
  } finally {
    pkg.dispose();
  }
}

async function main(): Promise<void> {
  // `-- --bundled`: only the run over the bundled corpus (hover, definition, completion, diagnostics, search).
  if (process.argv.includes('--bundled')) return run('bundled corpus', []);
  // The server as the .vsix ships it (one esbuild bundle) for the start-up figures.
  const bundled = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'bundle.mjs')], { encoding: 'utf8' });
  if (bundled.status !== 0) console.log(`(npm run bundle failed, timing out/ instead: ${bundled.stderr.trim()})`);
  await runNational();
  if (process.argv.includes('--national')) return;
  await run('bundled corpus', []);
  if (fs.existsSync(LAWREFBOOK)) await run(`bundled corpus + ${path.relative(repoRoot, LAWREFBOOK)}`, [LAWREFBOOK]);
  else console.log(`\n(skipped: ${LAWREFBOOK} is not there; the LawRefBook run needs ../shared/bench)`);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
