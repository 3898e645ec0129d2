// `npm run bench:scan`: scanning + resolving a 1 MB draft with 10,000 citations (target < 200 ms), against the
// bundled corpus. The draft is generated from the forms drafters use (titles, short titles, bare follow-ups, lists,
// ranges, 该条例, self references in a draft regulation, English, unknown titles, ordinals that are not citations).
// Prints the first (cold) run, then the median of warm runs, and the scan-only share.
import { performance } from 'perf_hooks';
import { analyzeDocument, scanText, titleIndexOf } from '../server/src/core/citations/index';
import { loadCorpus } from '../server/src/core/corpus/index';

const Z = '《内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例》';
const N = '《内蒙古自治区建设国家重要农畜产品生产基地促进条例》';
const S = '《内蒙古自治区建设我国北方重要生态安全屏障促进条例》';
// Each sentence holds a known number of citations (the second element).
const SENTENCES: [string, number][] = [
  [`依照${Z}第三十四条的规定，加强寄递物流行业治安管理。`, 1],
  [`${N}（以下简称“基地条例”）第二十六条要求科学确定养殖规模。`, 1],
  ['按照基地条例第三十六条、第三十七条，促进农畜产品就近加工转化。', 1],
  ['第三十八条至第四十条对品牌创建作了系统规定。', 1],
  ['依照第二十九条，市政府出台奶业振兴三年行动计划，第一批家庭牧场提质改造项目已完工。', 1],
  [`同时，${S}第五十五条要求推广新型种养模式，该条例第五十四条第二款要求园区开展循环化改造。`, 2],
  ['落实第六十条第一款、第二款，配合自治区开展林草碳汇计量监测，第二季度全部完成。', 1],
  ['按照第59条第2款的规定，委托第三方机构开展评估。', 1],
  ['有的照搬“第一百零二条”，另有文件援引《内蒙古自治区建设国家重要农牧产品生产基地促进条例》第三十四条。', 2],
  ['不得笼统写作“《促进条例》第一条”等指向不明的表述。', 1],
  ['呼和浩特海关要严格执行《中华人民共和国进出境动植物检疫法》第十条等规定。', 1],
  ['Small hybrid systems fit better under Article 18, and Articles 37 and 38 cover industrial parks.', 2],
];

export function buildDraft(targetBytes: number, citations: number): { text: string; citations: number } {
  const parts: string[] = [];
  let bytes = 0;
  let count = 0;
  const filler = '各地区各部门要结合实际抓好贯彻落实，确保各项任务落到实处。';
  const fillerBytes = Buffer.byteLength(filler);
  // Sentences round-robin; filler spreads them so that the citations reach the target count at the target size.
  let i = 0;
  while (count < citations) {
    const [s, n] = SENTENCES[i++ % SENTENCES.length];
    parts.push(s);
    bytes += Buffer.byteLength(s);
    count += n;
    if (i % 6 === 0) {
      parts.push('\n\n');
      bytes += 2;
    }
  }
  while (bytes + fillerBytes <= targetBytes) {
    parts.splice(Math.floor((parts.length * bytes) % parts.length), 0, filler);
    bytes += fillerBytes;
  }
  return { text: parts.join(''), citations: count };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
}

function main(): void {
  const corpus = loadCorpus();
  titleIndexOf(corpus); // built once per corpus, as in the server
  const { text, citations } = buildDraft(1_000_000, 10_000);
  const bytes = Buffer.byteLength(text);

  let t = performance.now();
  const first = analyzeDocument(text, corpus);
  const cold = performance.now() - t;
  const found = first.citations.filter((c) => !c.titleOnly).length;

  const warm: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 9; i++) {
    t = performance.now();
    const c0 = process.cpuUsage();
    analyzeDocument(text, corpus);
    const c1 = process.cpuUsage(c0);
    warm.push(performance.now() - t);
    cpu.push((c1.user + c1.system) / 1000);
  }
  const scan: number[] = [];
  for (let i = 0; i < 5; i++) {
    t = performance.now();
    scanText(text, { matcher: titleIndexOf(corpus) });
    scan.push(performance.now() - t);
  }
  const m = median(warm);
  console.log(`draft: ${(bytes / 1e6).toFixed(2)} MB (${text.length} UTF-16 units), ${citations} citations written, ${found} found`);
  console.log(`scan + resolve: median ${m.toFixed(1)} ms over ${warm.length} warm runs (min ${Math.min(...warm).toFixed(1)}, max ${Math.max(...warm).toFixed(1)}); first run ${cold.toFixed(1)} ms`);
  console.log(`  CPU time (unaffected by other processes waiting for the cores): median ${median(cpu).toFixed(1)} ms`);
  console.log(`  scan only: median ${median(scan).toFixed(1)} ms`);
  const load = require('os').loadavg()[0] as number;
  if (load > require('os').cpus().length) console.log(`  note: load average ${load.toFixed(1)} on ${require('os').cpus().length} cores; wall times are inflated`);
  console.log(`target < 200 ms: ${m < 200 ? 'met' : 'NOT met'}`);
  if (found !== citations) console.log(`warning: expected ${citations} citations, found ${found}`);
}

if (require.main === module) main();
