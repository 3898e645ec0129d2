// node out/scripts/bench-parser.js [DIR] — times the parser over a folder of regulation files (default
// ../shared/bench/lawrefbook) against a naive script that reads every file and splits it at article headings.
import * as fs from 'fs';
import * as path from 'path';
import { decodeText, parseRegulationText } from '../server/src/core/parser';

function* files(dir: string): Generator<string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (/\.(md|txt)$/.test(e.name)) yield p;
  }
}

function main(): number {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', '..', 'shared', 'bench', 'lawrefbook'));
  if (!fs.existsSync(dir)) {
    process.stderr.write(`bench-parser: folder not found: ${dir}\n`);
    return 2;
  }
  const list = [...files(dir)];
  const now = () => performance.now();
  const naive = () => {
    let n = 0;
    for (const f of list) n += fs.readFileSync(f, 'utf8').split(/^第[一二三四五六七八九十百千零〇]+条/m).length - 1;
    return n;
  };
  const parse = () => {
    let n = 0;
    for (const f of list) for (const r of parseRegulationText(decodeText(fs.readFileSync(f)).text, { file: f }).regulations) n += r.articles.length;
    return n;
  };
  const rounds: { naiveMs: number; parseMs: number }[] = [];
  let counts = { naive: 0, parsed: 0 };
  for (let i = 0; i < 3; i++) {
    let t = now();
    counts.naive = naive();
    const naiveMs = now() - t;
    t = now();
    counts.parsed = parse();
    rounds.push({ naiveMs, parseMs: now() - t });
  }
  const best = (k: 'naiveMs' | 'parseMs') => Math.min(...rounds.map((r) => r[k]));
  const out = {
    files: list.length,
    naiveArticleSplits: counts.naive,
    parsedArticles: counts.parsed,
    naiveMs: Math.round(best('naiveMs')),
    parseMs: Math.round(best('parseMs')),
    ratio: Number((best('parseMs') / best('naiveMs')).toFixed(2)),
    peakRssMB: Math.round(process.memoryUsage().rss / 1e6),
  };
  process.stdout.write(JSON.stringify(out) + '\n');
  // Pathological inputs: each must stay linear (a quadratic step would take minutes here).
  const N = 100000;
  const stress: Record<string, string> = {
    unterminatedLines: '某某条例\n\n第一条 开始\n' + '没有标点的一行\n\n'.repeat(N),
    tocThenShortLines: '# t\n<!-- INFO END -->\n' + Array.from({ length: N }, (_, i) => `## 第${i + 1}章 甲${i}`).join('\n') + '\n短行'.repeat(N),
    manyItems: '# t\n\n第一条 x：\n' + '（一）项；\n1.目；\n'.repeat(N),
    manyTitles: '某某条例\n(2023年7月31日通过)\n第一条 文。\n'.repeat(N / 10),
    oneHugeLine: '第一条 ' + '字'.repeat(5_000_000),
  };
  const stressMs: Record<string, number> = {};
  for (const [name, text] of Object.entries(stress)) {
    const t = now();
    parseRegulationText(text, { file: name });
    stressMs[name] = Math.round(now() - t);
  }
  process.stdout.write(JSON.stringify({ stressMs }) + '\n');
  return 0;
}

process.exitCode = main();
