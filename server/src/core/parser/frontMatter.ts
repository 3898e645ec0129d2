// The bundled corpus format: a small front matter between "---" lines, then the text as published.
//   ---
//   title: 内蒙古自治区筑牢祖国北疆安全稳定屏障促进条例
//   shortTitles: ["筑牢祖国北疆安全稳定屏障促进条例"]
//   issuer: 内蒙古自治区人民代表大会常务委员会
//   adopted: 2023-07-31
//   effective: 2023-09-01
//   lang: zh
//   translationOf: null
//   ---
// Optional: `kind:` (效力级别, English name or Chinese word, core/kind.ts), `source:` (where the text was imported
// from, for readers; the parser does not use it), and for a law no longer in force `repealed:` (the date it was
// repealed, YYYY-MM-DD, or `true` when the date is not known) with `successor:` (the title of the law that replaces
// it, optional).
import type { RegulationKind } from '../model';
import { parseKind } from '../kind';

export interface FrontMatter {
  title?: string;
  shortTitles?: string[];
  issuer?: string | null;
  adopted?: string | null;
  effective?: string | null;
  amended?: string | null;
  /** Date of this version's text (YYYY-MM-DD). */
  version?: string | null;
  lang?: 'zh' | 'en';
  translationOf?: string | null;
  kind?: RegulationKind | null;
  source?: string;
  /** Repealed: from this date (YYYY-MM-DD), or true when the date is not known. */
  repealed?: string | true | null;
  /** Title of the law that replaces a repealed one. */
  successor?: string | null;
}

export const FRONT_MATTER_KEYS = ['title', 'shortTitles', 'kind', 'issuer', 'adopted', 'effective', 'amended', 'version', 'lang', 'translationOf', 'source', 'repealed', 'successor'] as const;

export interface FrontMatterBlock {
  data: FrontMatter;
  /** Line after the closing "---". */
  bodyStart: number;
  problems: { line: number; message: string }[];
}

function scalar(v: string): string | null {
  const s = v.trim();
  if (s === '' || s === 'null' || s === '~') return null;
  if ((s.startsWith('"') && s.endsWith('"')) || (s.startsWith("'") && s.endsWith("'"))) {
    try {
      return s.startsWith('"') ? String(JSON.parse(s)) : s.slice(1, -1);
    } catch {
      return s.slice(1, -1);
    }
  }
  return s;
}

function list(v: string): string[] {
  const s = v.trim();
  if (s.startsWith('[')) {
    try {
      const parsed = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map(String).filter((x) => x.length > 0);
    } catch {
      // fall through to a lenient split
    }
    return s.slice(1, s.endsWith(']') ? -1 : undefined).split(/[,，]/).map((x) => scalar(x) ?? '').filter((x) => x.length > 0);
  }
  const one = scalar(s);
  return one ? [one] : [];
}

/** Parse a front matter starting at the first line; null when the text has none. */
export function parseFrontMatter(lines: string[]): FrontMatterBlock | null {
  if (lines.length === 0 || lines[0].trim() !== '---') return null;
  let close = -1;
  for (let i = 1; i < Math.min(lines.length, 60); i++) {
    if (lines[i].trim() === '---') {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  const data: FrontMatter = {};
  const problems: { line: number; message: string }[] = [];
  let listKey: 'shortTitles' | null = null;
  for (let i = 1; i < close; i++) {
    const line = lines[i];
    if (!line.trim() || line.trim().startsWith('#')) continue;
    const dash = /^\s*-\s+(.*)$/.exec(line);
    if (dash && listKey) {
      const v = scalar(dash[1]);
      if (v) (data.shortTitles ??= []).push(v);
      continue;
    }
    const m = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      problems.push({ line: i, message: `front matter line not understood / 无法识别的文件头: ${line.trim()}` });
      continue;
    }
    listKey = null;
    const [, key, value] = m;
    switch (key) {
      case 'shortTitles':
        if (value.trim() === '') {
          listKey = 'shortTitles';
          data.shortTitles = [];
        } else data.shortTitles = list(value);
        break;
      case 'title':
        data.title = scalar(value) ?? undefined;
        break;
      case 'issuer':
      case 'translationOf':
        data[key] = scalar(value);
        break;
      case 'adopted':
      case 'effective':
      case 'amended':
      case 'version': {
        const v = scalar(value);
        if (v !== null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push({ line: i, message: `${key}: not a date YYYY-MM-DD / 日期格式应为 YYYY-MM-DD: ${v}` });
        else data[key] = v;
        break;
      }
      case 'kind': {
        const v = scalar(value);
        const kind = v === null ? null : parseKind(v);
        if (v !== null && !kind) problems.push({ line: i, message: `kind: unknown 效力级别 / 未知的效力级别: ${v}` });
        else data.kind = kind;
        break;
      }
      case 'source':
        data.source = scalar(value) ?? undefined;
        break;
      case 'repealed': {
        const v = scalar(value);
        if (v === null || /^(false|no)$/i.test(v)) data.repealed = null;
        else if (/^(true|yes)$/i.test(v)) data.repealed = true;
        else if (/^\d{4}-\d{2}-\d{2}$/.test(v)) data.repealed = v;
        else problems.push({ line: i, message: `repealed: not a date YYYY-MM-DD (or true) / 废止日期格式应为 YYYY-MM-DD（或 true）: ${v}` });
        break;
      }
      case 'successor':
        data.successor = scalar(value)?.replace(/^《(.*)》$/, '$1') ?? null;
        break;
      case 'lang': {
        const v = scalar(value);
        if (v === 'zh' || v === 'en') data.lang = v;
        else problems.push({ line: i, message: `lang must be zh or en / 语言应为 zh 或 en: ${v}` });
        break;
      }
      default:
        problems.push({ line: i, message: `unknown front matter key / 未知字段: ${key}` });
    }
  }
  if (data.successor && !data.repealed) problems.push({ line: 0, message: 'successor: given without repealed: (ignored) / 有 successor 而无 repealed（已忽略）' });
  return { data, bodyStart: close + 1, problems };
}

/** Write a front matter block (deterministic key order). Keys left undefined are not written: the parser reads them from the text. */
export function formatFrontMatter(fm: Required<Pick<FrontMatter, 'title'>> & FrontMatter): string {
  const out = ['---'];
  const str = (v: string | null | undefined) => (v === null || v === undefined ? 'null' : /^[\w\u4e00-\u9fff《》〈〉（）()·、\- ']+$/.test(v) && !/^(null|~)$/.test(v) ? v : JSON.stringify(v));
  out.push(`title: ${str(fm.title)}`);
  if (fm.shortTitles !== undefined) out.push(`shortTitles: ${JSON.stringify(fm.shortTitles)}`);
  if (fm.kind) out.push(`kind: ${fm.kind}`);
  if (fm.issuer !== undefined) out.push(`issuer: ${str(fm.issuer)}`);
  if (fm.adopted !== undefined) out.push(`adopted: ${fm.adopted ?? 'null'}`);
  if (fm.effective !== undefined) out.push(`effective: ${fm.effective ?? 'null'}`);
  if (fm.amended) out.push(`amended: ${fm.amended}`);
  if (fm.version) out.push(`version: ${fm.version}`);
  out.push(`lang: ${fm.lang ?? 'zh'}`);
  if (fm.translationOf !== undefined) out.push(`translationOf: ${str(fm.translationOf)}`);
  if (fm.source) out.push(`source: ${str(fm.source)}`);
  if (fm.repealed) out.push(`repealed: ${fm.repealed === true ? 'true' : fm.repealed}`);
  if (fm.repealed && fm.successor) out.push(`successor: ${str(fm.successor)}`);
  out.push('---');
  return out.join('\n') + '\n';
}
