// `npm run bench:index`: how fast the corpus is indexed.
// 1. The bundled corpus, in-process after warm-up (target < 50 ms): median of several runs.
// 2. The bench corpus (../shared/bench/lawrefbook; skipped with a message when absent), in the same run:
//    ours vs a naive Node script (read every file, split at article headings with one regex) vs `cat` reading
//    the same files (targets: ours/naive ≤ 2×), plus where our time goes (read, decode, parse, grouping).
//    A load builds regulations, divisions and articles with their locations; each article's 款/项/目 and text
//    are read from its lines on first use, so the cost of reading every body afterwards is printed too.
// 3. Peak memory (RSS) of indexing the bench corpus, measured in a child process (target < 500 MB), and after
//    every article body has been read.
// 4. The national corpus as bundled (national-bench.ts says whether it is bundled or a temporary copy): a load
//    from the warm index vs parsing it (the loader without the index) vs the naive script, in process; fresh
//    processes: the naive script and `cat` over the national texts, `lawcite show` of one article, and the RSS of
//    a process that loaded it and read one article. The first hover is in `npm run bench:lsp`.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { performance, PerformanceObserver } from 'perf_hooks';
import { findBundledCorpus, loadCorpus } from '../server/src/core/corpus/index';
import { walkCorpusFolder } from '../server/src/core/corpus/walk';
import { decodeText, parseRegulationText } from '../server/src/core/parser/index';
import { catProcess, median as med, naiveProcess, nationalPackage, showProcess } from './national-bench';

const ROOT = path.resolve(__dirname, '..', '..');
const BENCH = path.resolve(ROOT, '..', 'shared', 'bench', 'lawrefbook');

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function timeRuns(runs: number, fn: () => unknown): { median: number; min: number; max: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    gc();
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function benchBundled(): void {
  const dir = findBundledCorpus();
  if (!dir) {
    console.log('bundled corpus: not found (corpus/ missing) — skipped');
    return;
  }
  const t0 = performance.now();
  const first = loadCorpus({ bundled: true });
  const cold = performance.now() - t0;
  for (let i = 0; i < 5; i++) loadCorpus({ bundled: true }); // warm-up
  const r = timeRuns(21, () => loadCorpus({ bundled: true }));
  const s = first.stats();
  console.log(`bundled corpus (${dir}): ${s.regulations} regulations, ${s.articles} articles, ${first.problems.length} problems`);
  console.log(`  first load (cold, includes JIT warm-up): ${ms(cold)}`);
  console.log(`  after warm-up, 21 runs: median ${ms(r.median)} (min ${ms(r.min)}, max ${ms(r.max)})   target < 50 ms: ${r.median < 50 ? 'met' : 'NOT met'}`);
}

/** The naive baseline: read every file and split it at article headings with one regex. */
function naive(files: string[]): number {
  let n = 0;
  for (const f of files) n += fs.readFileSync(f, 'utf8').split(/^第[一二三四五六七八九十百千零〇]+条/m).length - 1;
  return n;
}

/** The same with our decoder (ICU transcoding), to show how much of the ratio is decoding. */
function naiveFastDecode(files: string[]): number {
  let n = 0;
  for (const f of files) n += decodeText(fs.readFileSync(f)).text.split(/^第[一二三四五六七八九十百千零〇]+条/m).length - 1;
  return n;
}

/** Read every article's 款/项/目 (what a first full-text search over the corpus does). */
function readAllBodies(corpus: ReturnType<typeof loadCorpus>): number {
  let n = 0;
  for (const law of corpus.laws.values()) for (const v of law.versions) for (const a of v.articles) n += a.paragraphs.length;
  return n;
}

function cat(files: string[]): number {
  const t = performance.now();
  const r = spawnSync('cat', files, { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`cat failed: ${r.status}`);
  return performance.now() - t;
}

async function benchLarge(): Promise<void> {
  if (!fs.existsSync(BENCH)) {
    console.log(`bench corpus: ${BENCH} not found — skipped (it is in ../shared/bench on CI)`);
    return;
  }
  const files = walkCorpusFolder(BENCH).files;
  const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
  console.log(`\nbench corpus (${BENCH}): ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB`);
  // Warm the page cache and the JIT for every contender.
  cat(files);
  naive(files);
  loadCorpus({ folders: [BENCH], bundled: false });
  const runs = 5;
  const catTimes: number[] = [];
  const naiveTimes: number[] = [];
  const oursTimes: number[] = [];
  const naiveFastTimes: number[] = [];
  let articles = 0;
  let naiveArticles = 0;
  for (let i = 0; i < runs; i++) {
    // Interleaved so that machine load affects all three alike.
    catTimes.push(cat(files));
    gc();
    let t = performance.now();
    naiveArticles = naive(files);
    naiveTimes.push(performance.now() - t);
    gc();
    t = performance.now();
    naiveFastDecode(files);
    naiveFastTimes.push(performance.now() - t);
    gc();
    t = performance.now();
    articles = loadCorpus({ folders: [BENCH], bundled: false }).stats().articles;
    oursTimes.push(performance.now() - t);
  }
  // Time spent in garbage collection during one load (GC entries arrive asynchronously: wait for them).
  let gcMs = 0;
  let counting = false;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (counting && e.startTime >= tGc) gcMs += e.duration;
  });
  obs.observe({ entryTypes: ['gc'] });
  gc();
  counting = true;
  const tGc = performance.now();
  loadCorpus({ folders: [BENCH], bundled: false });
  const oneLoad = performance.now() - tGc;
  await new Promise((r) => setTimeout(r, 100));
  obs.disconnect();
  const c = median(catTimes);
  const n = median(naiveTimes);
  const o = median(oursTimes);
  const nf = median(naiveFastTimes);
  console.log(`  cat:   ${ms(c)}   (median of ${runs})`);
  console.log(`  naive: ${ms(n)}   (${naiveArticles} article headings)`);
  console.log(`  ours:  ${ms(o)}   (${articles} articles with divisions and locations; 款/项/目 read on first use)`);
  console.log(`  ours/naive = ${(o / n).toFixed(2)}×   target ≤ 2×: ${o / n <= 2 ? 'met' : 'NOT met'}`);
  console.log(`  ours/cat   = ${(o / c).toFixed(2)}×`);
  console.log(`  (naive with our faster decoder: ${ms(nf)}; ours/that = ${(o / nf).toFixed(2)}×)`);
  console.log(`  garbage collection during one load: ${ms(gcMs)} of ${ms(oneLoad)}`);

  // Where our time goes (one pass each, after the runs above).
  gc();
  let t = performance.now();
  const raw = files.map((f) => fs.readFileSync(f));
  const tRead = performance.now() - t;
  t = performance.now();
  const texts = raw.map((b) => decodeText(b).text);
  const tDecode = performance.now() - t;
  t = performance.now();
  texts.forEach((text, i) => parseRegulationText(text, { file: files[i] }));
  const tParse = performance.now() - t;
  gc();
  const loaded = loadCorpus({ folders: [BENCH], bundled: false });
  t = performance.now();
  const paragraphs = readAllBodies(loaded);
  console.log(`  reading every article's 款/项/目 after a load (first full-text search): ${ms(performance.now() - t)} (${paragraphs} 款)`);
  console.log(
    `  breakdown: read ${ms(tRead)}, decode ${ms(tDecode)}, parse ${ms(tParse)} (results dropped, so little GC), ` +
      `rest of a load (walk, grouping, maps, and the GC of keeping the model) ≈ ${ms(Math.max(0, o - tRead - tDecode - tParse))}`,
  );
}

function benchMemory(): void {
  if (!fs.existsSync(BENCH)) return;
  const r = spawnSync(process.execPath, [__filename, '--child-memory', BENCH], { encoding: 'utf8' });
  if (r.status !== 0) {
    console.log(`  peak memory: child failed (${r.status}): ${r.stderr}`);
    return;
  }
  const { maxRssKb, heapUsed, heapAfterBodies, maxRssKbAfterBodies } = JSON.parse(r.stdout);
  const mb = maxRssKb / 1024;
  console.log(`  peak memory (child process, one load): RSS ${mb.toFixed(0)} MB, heap after load ${(heapUsed / 1048576).toFixed(0)} MB   target < 500 MB: ${mb < 500 ? 'met' : 'NOT met'}`);
  console.log(`  after reading every article body: peak RSS ${(maxRssKbAfterBodies / 1024).toFixed(0)} MB, heap ${(heapAfterBodies / 1048576).toFixed(0)} MB`);
}

function benchNational(): void {
  const pkg = nationalPackage();
  if (!pkg) {
    console.log('\nnational corpus: no corpus/national and no ../shared/bench/lawrefbook — skipped');
    return;
  }
  try {
    console.log(`\nnational corpus: ${pkg.label}`);
    const warm = () => loadCorpus({ bundledDir: pkg.corpus });
    const parse = () => loadCorpus({ bundledDir: pkg.corpus, warmIndex: false });
    warm();
    parse();
    naive(pkg.files);
    const runs = 5;
    const t = { warm: [] as number[], parse: [] as number[], naive: [] as number[] };
    for (let i = 0; i < runs; i++) {
      for (const [k, fn] of [['warm', warm], ['parse', parse], ['naive', () => naive(pkg.files)]] as const) {
        gc();
        const t0 = performance.now();
        fn();
        t[k].push(performance.now() - t0);
      }
    }
    const s = warm().stats();
    console.log(`  ${s.regulations} laws, ${s.versions} versions, ${s.articles} articles; in process, after warm-up, median of ${runs}:`);
    console.log(`  warm index: ${ms(med(t.warm))}   parsing (no index): ${ms(med(t.parse))}   naive script: ${ms(med(t.naive))}   warm/naive = ${(med(t.warm) / med(t.naive)).toFixed(2)}×`);
    const np: number[] = [];
    const cp: number[] = [];
    const sp: number[] = [];
    for (let i = 0; i < runs; i++) {
      np.push(naiveProcess(pkg.files).ms);
      cp.push(catProcess(pkg.files));
      sp.push(showProcess(pkg, '《刑法》第二十条').ms);
    }
    console.log(`  fresh processes, median of ${runs}: naive script ${ms(med(np))}, cat ${ms(med(cp))}, lawcite show "《刑法》第二十条" ${ms(med(sp))}`);
    const r = spawnSync(process.execPath, [__filename, '--child-national', pkg.corpus], { encoding: 'utf8' });
    if (r.status === 0) {
      const { rssKb, read } = JSON.parse(r.stdout);
      console.log(`  RSS of a process after a warm load and reading 刑法第二十条: ${(rssKb / 1024).toFixed(0)} MB (${read ? 'article read' : 'ARTICLE NOT READ'})`);
    } else console.log(`  RSS: child failed (${r.status}): ${r.stderr}`);
  } finally {
    pkg.dispose();
  }
}

if (process.argv[2] === '--child-national') {
  const corpus = loadCorpus({ bundledDir: process.argv[3] });
  const law = corpus.findLaw('中华人民共和国刑法');
  const read = law ? /正当防卫/.test(corpus.article(corpus.version(law), 20)?.text ?? '') : false;
  process.stdout.write(JSON.stringify({ rssKb: process.resourceUsage().maxRSS, read }));
} else if (process.argv[2] === '--child-memory') {
  const corpus = loadCorpus({ folders: [process.argv[3]], bundled: false });
  const heapUsed = process.memoryUsage().heapUsed;
  if (corpus.stats().articles === 0) process.exitCode = 1;
  const maxRssKb = process.resourceUsage().maxRSS;
  readAllBodies(corpus);
  const heapAfterBodies = process.memoryUsage().heapUsed;
  process.stdout.write(JSON.stringify({ maxRssKb, heapUsed, heapAfterBodies, maxRssKbAfterBodies: process.resourceUsage().maxRSS }));
} else {
  if (!(globalThis as { gc?: unknown }).gc) console.log('(run with node --expose-gc for steadier figures)');
  if (process.argv.includes('--national')) benchNational();
  else {
    benchBundled();
    void benchLarge().then(benchMemory).then(benchNational);
  }
}
