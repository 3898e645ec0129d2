// `npm run bench:quotes`: what comparing quotations of cited text (quote-mismatch) costs. A draft quoting the 89
// articles of a seed regulation over and over — exact, partial, with an ellipsis, and altered (a normative word, a
// number, a long rewrite) — analysed with its quotations, then the same text with the quotation marks written as
// 【】 (the quotations not found, nothing compared). Prints the medians (wall and CPU) and the difference.
import { performance } from 'perf_hooks';
import * as os from 'os';
import { analyzeDocument, titleIndexOf } from '../server/src/core/citations/index';
import { loadCorpus } from '../server/src/core/corpus/index';
import { chineseNumeral } from '../server/src/core/labels';

const TITLE = '内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function main(): void {
  const corpus = loadCorpus();
  titleIndexOf(corpus);
  const law = corpus.laws.get(TITLE)!;
  const reg = law.versions[law.versions.length - 1];
  const quotes = Number(process.env.QUOTES ?? 2000);
  const parts: string[] = [];
  for (let i = 0; i < quotes; i++) {
    const a = reg.articles[i % reg.articles.length];
    const p = a.paragraphs[0].text.replace(/\s+/g, '');
    let q: string;
    switch (i % 5) {
      case 0: q = p; break; // exact
      case 1: q = p.slice(0, Math.max(8, p.length >> 1)); break; // partial
      case 2: q = `${p.slice(0, 6)}……${p.slice(-6)}`; break; // ellipsis
      case 3: q = p.includes('应当') ? p.replace('应当', '可以') : `${p.slice(0, 4)}不${p.slice(4)}`; break; // altered word
      default: q = `${p.slice(0, p.length >> 2)}有关部门按照职责分工负责具体工作${p.slice(-(p.length >> 2))}`; // rewritten middle
    }
    parts.push(`依照《${TITLE}》第${chineseNumeral(a.number)}条规定：“${q}”各单位遵照执行。\n`);
  }
  const withQuotes = parts.join('');
  const without = withQuotes.replace(/“/g, '【').replace(/”/g, '】');
  const run = (text: string) => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let mismatches = 0;
    for (let i = 0; i < 7; i++) {
      const t = performance.now();
      const c0 = process.cpuUsage();
      const a = analyzeDocument(text, corpus);
      const c1 = process.cpuUsage(c0);
      wall.push(performance.now() - t);
      cpu.push((c1.user + c1.system) / 1000);
      mismatches = a.diagnostics.filter((d) => d.code === 'quote-mismatch').length;
    }
    return { wall: median(wall), cpu: median(cpu), mismatches };
  };
  run(withQuotes); // warm: article texts read from the file once
  const q = run(withQuotes);
  const n = run(without);
  console.log(`draft: ${quotes} citations each followed by a quotation, ${(Buffer.byteLength(withQuotes) / 1e3).toFixed(0)} KB; ${q.mismatches} quote-mismatch diagnostics`);
  console.log(`with quotations compared: median ${q.wall.toFixed(1)} ms wall, ${q.cpu.toFixed(1)} ms CPU`);
  console.log(`quotation marks as 【】 (nothing compared): median ${n.wall.toFixed(1)} ms wall, ${n.cpu.toFixed(1)} ms CPU`);
  console.log(`comparing the quotations: +${(q.cpu - n.cpu).toFixed(1)} ms CPU (${((q.cpu - n.cpu) / quotes * 1000).toFixed(0)} µs per quotation)`);
  const load = os.loadavg()[0];
  console.log(`load average ${load.toFixed(1)} on ${os.cpus().length} cores${load > os.cpus().length ? ': wall times are inflated' : ''}`);
}

if (require.main === module) main();
