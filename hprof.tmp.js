const { Workspace } = require('/work/wt-server/out/server/src/state/workspace');
const { hover } = require('/work/wt-server/out/server/src/features/hover');
const { TextDocument } = require('/work/wt-server/node_modules/vscode-languageserver-textdocument');
const { formatChineseNumeral } = require('/work/wt-server/out/server/src/core/numerals');
const TITLES = ['内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例','内蒙古自治区建设我国北方重要生态安全屏障促进条例','内蒙古自治区全方位建设模范自治区促进条例','内蒙古自治区建设国家向北开放重要桥头堡促进条例'];
const lines = [], inside = [];
for (let i = 0; i < 1108; i++) {
  const title = TITLES[i % 4]; const a = formatChineseNumeral((i % 40) + 1), b = formatChineseNumeral(((i * 7) % 40) + 1), c = formatChineseNumeral(((i * 3) % 30) + 1), d = formatChineseNumeral(((i * 3) % 30) + 4);
  const head = `${i + 1}. 根据《${title}》第`;
  const line = `${head}${a}条规定，依照第${b}条第一款，结合第${c}条至第${d}条组织实施。`;
  inside.push({ line: i, character: head.length + 1 }); inside.push({ line: i, character: line.indexOf(`依照第${b}条`) + 3 });
  lines.push(line);
}
const doc = TextDocument.create('untitled:x', 'markdown', 1, lines.join('\n'));
const docs = { get: () => doc, all: () => [doc] };
const ws = new Workspace(docs, { onIndex() {}, onProblem() {}, onProgress() {}, onIndexing() {} });
ws.updateSettings(ws.settings).then(() => {
  ws.analysis(doc);
  const times = [];
  for (let k = 0; k < 2000; k++) { const p = inside[(k * 7919) % inside.length]; const t = process.hrtime.bigint(); hover(ws, doc, p); times.push([Number(process.hrtime.bigint() - t) / 1e6, p]); }
  const s = [...times].sort((x, y) => y[0] - x[0]);
  console.log('p50', s[1000][0], 'p99', s[20][0]);
  console.log(s.slice(0, 12).map(([ms, p]) => ms.toFixed(2) + ' ' + p.line + ':' + p.character + ' ' + lines[p.line].slice(0, 40)).join('\n'));
});
