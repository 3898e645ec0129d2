// 效力级别: a regulation's kind, read from a front matter word or inferred by one rule from its source folder,
// title and issuer. Pure: no I/O.
import { kindWords, type RegulationKind } from './model';
import { PROVINCES } from './provinces';

/** LawRefBook's national folders and the kind of the texts filed there (宪法 and 其他 are decided by title). */
const FOLDER_KINDS: Record<string, RegulationKind | 'by-title'> = {
  宪法: 'law',
  宪法相关法: 'law',
  民法商法: 'law',
  民法典: 'law',
  刑法: 'law',
  行政法: 'law',
  经济法: 'law',
  社会法: 'law',
  诉讼与非诉讼程序法: 'law',
  行政法规: 'administrative-regulation',
  监察法规: 'supervisory-regulation',
  司法解释: 'judicial-interpretation',
  部门规章: 'departmental-rule',
  其他: 'by-title',
};

const CONSTITUTION = /^(?:中华人民共和国)?宪法(?:修正案.*)?$/;
const REGION = new RegExp(`^(?:${PROVINCES.join('|')}|[\\u4e00-\\u9fff]{2,8}?(?:自治州|自治县)|[\\u4e00-\\u9fff]{2,3}市)`);

export interface KindEvidence {
  title: string;
  issuer: string | null;
  /** The file the text came from: its folders name LawRefBook's categories. */
  file: string;
}

/** A front matter's `kind:` value: the English name or the Chinese word (自治条例 and 单行条例 alone too). */
export function parseKind(value: string): RegulationKind | null {
  const v = value.trim();
  for (const [kind, word] of Object.entries(kindWords) as [RegulationKind, string][]) {
    if (v === kind || v === word || word.split('/').includes(v)) return kind;
  }
  return null;
}

/** The nearest folder of the file that is a LawRefBook category. */
function folderKind(file: string): RegulationKind | 'by-title' | null {
  const parts = file.split(/[\\/]/).slice(0, -1);
  for (let i = parts.length - 1; i >= 0; i--) {
    const k = FOLDER_KINDS[parts[i]];
    if (k) return k;
  }
  return null;
}

function issuerKind(issuer: string): RegulationKind | null {
  if (/最高人民法院|最高人民检察院|Supreme People's (?:Court|Procuratorate)/i.test(issuer)) return 'judicial-interpretation';
  if (/国家监察委员会|National Commission of Supervision/i.test(issuer)) return 'supervisory-regulation';
  if (/^(?:中华人民共和国)?(?:国务院|中央人民政府政务院)$|^State Council/i.test(issuer)) return 'administrative-regulation';
  if (/^全国人民代表大会(?:常务委员会)?$|National People's Congress/i.test(issuer)) return 'law';
  if (/人民代表大会(?:常务委员会)?$|People's Congress of/i.test(issuer)) return 'local-regulation';
  if (/人民政府$|People's Government of/i.test(issuer)) return 'local-government-rule';
  return null;
}

function titleKind(title: string): RegulationKind | null {
  const t = title.replace(/[\s\u3000]+/g, '');
  if (/^最高人民(?:法院|检察院)/.test(t)) return 'judicial-interpretation';
  if (/^国务院/.test(t)) return 'administrative-regulation';
  if (/^中华人民共和国[^《》]*法$/.test(t)) return 'law';
  if (/^中华人民共和国[^《》]*条例(?:（[^）]*）)?$/.test(t)) return 'administrative-regulation';
  if (REGION.test(t)) {
    if (/条例(?:（[^）]*）)?$/.test(t)) return 'local-regulation';
    if (/(?:办法|规定|细则|规则)(?:（[^）]*）)?$/.test(t)) return 'local-government-rule';
  }
  return null;
}

/**
 * The one rule: the source folder (LawRefBook's categories) first; then words of the title that fix the kind
 * (宪法 and its amendments, 自治条例, 单行条例, 通知, 意见); then the issuer; then the title's form (最高人民法院…,
 * 国务院…, 中华人民共和国…法/条例, a region's 条例/办法). Null when nothing tells.
 */
export function inferKind(e: KindEvidence): RegulationKind | null {
  const title = e.title.replace(/[\s\u3000]+/g, '');
  const folder = folderKind(e.file);
  if (CONSTITUTION.test(title)) return 'constitution';
  if (folder && folder !== 'by-title') return folder;
  if (/(?:自治条例|单行条例)(?:（[^）]*）)?$/.test(title)) return 'autonomous-regulation';
  if (/(?:通知|意见)(?:（[^）]*）)?$/.test(title)) return 'normative-document';
  const byIssuer = e.issuer ? issuerKind(e.issuer) : null;
  // A region's title outweighs a national issuer read from a note about an amending decision.
  if (byIssuer === 'law' && REGION.test(title)) return titleKind(title);
  return byIssuer ?? titleKind(title);
}

/**
 * A kind named in a search query, and the rest of the query: `司法解释 刑事诉讼`, `效力:行政法规 道路`,
 * `kind:law 公司`. The kind is a whole word (its Chinese name or English name), first or last; null when none.
 */
export function splitKindFilter(query: string): { kind: RegulationKind | null; rest: string } {
  const words = query.trim().split(/[\s\u3000]+/).filter(Boolean);
  for (const i of [0, words.length - 1]) {
    const w = words[i];
    if (w === undefined) continue;
    const m = /^(?:kind|效力|效力级别)[:：](.+)$/i.exec(w);
    const kind = parseKind(m ? m[1] : w.replace(/[:：]$/, ''));
    if (kind && (m || words.length > 1 || /[:：]$/.test(w))) {
      return { kind, rest: words.filter((_, j) => j !== i).join(' ') };
    }
  }
  return { kind: null, rest: query };
}
