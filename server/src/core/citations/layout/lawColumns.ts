// Table columns whose header names a law.
//
// Rule (what real writers do): a table that lists provisions puts the law in the column's header and only the
// article numbers in its cells — the 罪名 tables of the 确定罪名 规定 (| 刑法条文 | 罪名 |, cells 第151条第3款), tables of
// offences and penalties (| 《治安管理处罚法》条款 | 行为 |), comparison tables (| 公司法条文 | 要点 |). A bare article at the
// start of such a cell, or anywhere in it, is that law's, not the law the previous row named in passing
// ((《刑法修正案（七）》第1条) after the number). The header is a law's name, or its name followed by 条文, 条款, 法条 or
// 条目 (and 序号/编号); the caller decides whether the name is a law (only a name that names one law counts).
// A table split in two (a page break: the second part's first row is data, not a header) continues the table before
// it when only blank lines or comments stand between them and both have as many columns.

/** A table cell under a header that may name a law. */
export interface LawColumnCell {
  /** Offsets of the cell's text (between its bars). */
  start: number;
  end: number;
  /** The header's law name, brackets and 条文/条款 left off. */
  name: string;
}

const HEADER = /^[《〈]?(.{1,40}?)[》〉]?(?:的)?(?:条文|条款|法条|条目)?(?:序号|编号)?$/;
const SEPARATOR = /^\s*[|｜]?\s*:?-{2,}:?\s*(?:[|｜]\s*:?-{2,}:?\s*)*[|｜]?\s*$/;
const BETWEEN_TABLES = /^\s*(?:<!--.*-->\s*)*$/;

interface Row {
  /** [start, end) of each cell. */
  cells: [number, number][];
}

/** The cells of a table line (`|a|b|`, also with full-width bars), offsets in the text; null when not a table row. */
function rowOf(text: string, start: number, end: number): Row | null {
  const line = text.slice(start, end);
  const first = line.search(/\S/);
  if (first < 0 || (line[first] !== '|' && line[first] !== '｜')) return null;
  const cells: [number, number][] = [];
  let from = start + first + 1;
  for (let i = from; i <= end; i++) {
    const ch = i < end ? text[i] : '|';
    if (ch !== '|' && ch !== '｜') continue;
    cells.push([from, i]);
    from = i + 1;
  }
  // The trailing bar closes the last cell: what follows it is no cell.
  const last = cells[cells.length - 1];
  if (last && !text.slice(last[0], last[1]).trim() && /[|｜]\s*$/.test(line)) cells.pop();
  return cells.length ? { cells } : null;
}

/** The law name a header cell gives, or null (a header such as 罪名 gives its words: the caller checks them). */
function headerName(cell: string): string | null {
  const m = HEADER.exec(cell.trim().replace(/\s+/g, ''));
  return m && m[1] ? m[1] : null;
}

/** Every cell of every table column whose header may name a law, in document order. */
export function lawColumnCells(text: string): LawColumnCell[] {
  // (includes, not a class's test: asked of every page, searched fast.)
  if (!(text.includes('|') || text.includes('｜')) || !text.includes('--')) return [];
  const lines: [number, number][] = [];
  for (let s = 0; s <= text.length; ) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    lines.push([s, e > s && text[e - 1] === '\r' ? e - 1 : e]);
    s = e + 1;
  }
  const out: LawColumnCell[] = [];
  let previous: { names: (string | null)[]; endLine: number } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const header = rowOf(text, lines[i][0], lines[i][1]);
    if (!header || i + 1 >= lines.length || !SEPARATOR.test(text.slice(lines[i + 1][0], lines[i + 1][1]))) continue;
    let names = header.cells.map(([s, e]) => headerName(text.slice(s, e)));
    const dataRows: Row[] = [];
    // A split table: its first row is data when the table before it had as many columns and only blank lines
    // or comments stand between them.
    if (previous && previous.names.length === header.cells.length && lines.slice(previous.endLine, i).every(([s, e]) => BETWEEN_TABLES.test(text.slice(s, e)))) {
      names = previous.names;
      dataRows.push(header);
    }
    let j = i + 2;
    for (; j < lines.length; j++) {
      const row = rowOf(text, lines[j][0], lines[j][1]);
      if (!row) break;
      dataRows.push(row);
    }
    for (const row of dataRows) {
      row.cells.forEach(([s, e], k) => {
        const name = names[k];
        if (name) out.push({ start: s, end: e, name });
      });
    }
    previous = { names, endLine: j };
    i = j - 1;
  }
  return out;
}
