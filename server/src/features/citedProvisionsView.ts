// The list of cited provisions (core/citations/drafting/citedProvisions.ts) rendered: the JSON contract, Markdown (the
// editor's 引用条文清单 and `lawcite cites`) and CSV. Renders only; nothing is resolved here.
import type { CitedFlag, CitedMention, CitedProvisionList, CitedRegulation } from '../core/citations/drafting/citedProvisions';
import { bracketTitle, messages } from '../core/citations/messages';
import { writtenDate } from '../core/labels';
import { kindNamesEn, kindWords, type RegulationKind } from '../core/model';
import type { CitedProvisionsJson } from '../protocol';
import type { MessageLanguage } from '../service/settings';

export type { CitedProvisionsJson };

/** `{"regulations":[{"title","level","version","articles":[{"article","articleInsert","paragraph","item","text","mentions":[{"file","range"}]}]}]}` */
export function citedProvisionsJson(list: CitedProvisionList): CitedProvisionsJson {
  return {
    regulations: list.regulations.map((r) => ({
      title: r.title,
      level: r.level,
      version: r.version,
      articles: r.provisions.map((p) => ({
        article: p.article,
        articleInsert: p.articleInsert,
        paragraph: p.paragraph,
        item: p.item,
        text: p.text,
        mentions: p.mentions.map((m) => ({ file: m.file, range: m.range })),
      })),
    })),
  };
}

const words = {
  heading: { zh: '引用条文清单', en: 'Cited provisions' },
  file: { zh: '文件', en: 'File' },
  date: { zh: '日期', en: 'dated' },
  noDate: { zh: '未注明日期', en: 'no date' },
  draftKind: { zh: '按标题属于', en: 'by its title a' },
  unresolved: { zh: '处引用未能解析，未列入（lawcite check 列出）', en: 'citation(s) that do not resolve are not listed (lawcite check lists them)' },
  none: { zh: '未引用法规。', en: 'No regulation is cited.' },
  unknownKind: { zh: '效力级别不明', en: 'Kind unknown' },
  version: { zh: '版本', en: 'version' },
  adopted: { zh: '通过', en: 'adopted' },
  effective: { zh: '施行', en: 'effective' },
  versions: { zh: '共{n}个版本', en: '{n} versions' },
  citedAt: { zh: '引用：', en: 'Cited at: ' },
  titleOnly: { zh: '仅引用名称：', en: 'Named without an article at: ' },
  repealed: { zh: '已废止', en: 'Repealed' },
  columns: {
    zh: ['效力级别', '法规', '版本', '条文', '条文内容', '引用位置', '提示'],
    en: ['level', 'regulation', 'version', 'provision', 'text', 'cited at', 'flags'],
  },
} as const;

function w(key: Exclude<keyof typeof words, 'columns'>, lang: MessageLanguage, n?: number): string {
  return words[key][lang].replace('{n}', String(n ?? ''));
}

function kindName(kind: RegulationKind | null, lang: MessageLanguage): string {
  if (!kind) return w('unknownKind', lang);
  return lang === 'zh' ? kindWords[kind] : kindNamesEn[kind];
}

/** A group heading: 法律 / Laws. */
function kindHeading(kind: RegulationKind | null, lang: MessageLanguage): string {
  const name = kindName(kind, lang);
  return lang === 'zh' || !kind ? name : `${name.charAt(0).toUpperCase()}${name.slice(1)}s`;
}

function title(t: string): string {
  return /[\u4e00-\u9fff]/.test(t) ? bracketTitle(t) : t;
}

/** file:line (1-based), as editors and terminals link it. */
function place(m: CitedMention): string {
  return `${m.file}:${m.range.start.line + 1}`;
}

function places(list: readonly CitedMention[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of list) {
    const p = place(m);
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out.join(', ');
}

export function flagText(f: CitedFlag, lang: MessageLanguage, several: boolean): string {
  const m =
    f.code === 'not-yet-effective'
      ? messages.citedNotYetEffective(f.effective, f.documentDate)
      : f.code === 'superseded'
        ? messages.citedSuperseded(f.version, f.until, f.documentDate)
        : messages.citedLowerRank(kindWords[f.kind], kindNamesEn[f.kind], kindWords[f.draftKind], kindNamesEn[f.draftKind]);
  return several ? `${m[lang]} (${f.file})` : m[lang];
}

/** Text kept as written, with what Markdown would read as markup escaped (the source stays readable). */
function mdText(s: string): string {
  return s.replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`).replace(/^(\s*)(\d+)\./gm, '$1$2\\.').replace(/^(\s*)([#>+-])/gm, '$1\\$2');
}

/** 2018年10月26日版本（共2个版本） · 1993年12月29日通过 · 2018年10月26日起施行: the dates as written (the CSV keeps ISO). */
function dates(r: CitedRegulation, lang: MessageLanguage): string {
  const parts: string[] = [];
  const count = r.versions > 1 ? (lang === 'zh' ? `（${w('versions', lang, r.versions)}）` : ` (${w('versions', lang, r.versions)})`) : '';
  const d = (iso: string) => writtenDate(iso, lang);
  if (lang === 'zh') {
    if (r.version) parts.push(`${d(r.version)}${w('version', lang)}${count}`);
    if (r.adopted) parts.push(`${d(r.adopted)}${w('adopted', lang)}`);
    if (r.effective) parts.push(`${d(r.effective)}起${w('effective', lang)}`);
  } else {
    if (r.version) parts.push(`${w('version', lang)} of ${d(r.version)}${count}`);
    if (r.adopted) parts.push(`${w('adopted', lang)} ${d(r.adopted)}`);
    if (r.effective) parts.push(`${w('effective', lang)} ${d(r.effective)}`);
  }
  return parts.join(' · ');
}

export function citedProvisionsMarkdown(list: CitedProvisionList, lang: MessageLanguage): string {
  const out: string[] = [`# ${w('heading', lang)}`, ''];
  const several = list.drafts.length > 1;
  for (const d of list.drafts) {
    const about = [d.title ? title(d.title) : '', d.date ? `${w('date', lang)} ${writtenDate(d.date, lang)}` : w('noDate', lang), d.kind ? `${w('draftKind', lang)} ${kindName(d.kind, lang)}` : '']
      .filter(Boolean)
      .join(lang === 'zh' ? '，' : ', ');
    out.push(`- ${w('file', lang)}: ${mdText(d.file)} — ${mdText(about)}`);
    if (d.unresolved) out.push(`  - ${d.unresolved} ${w('unresolved', lang)}`);
  }
  out.push('');
  if (!list.regulations.length && !list.repealed.length) {
    out.push(w('none', lang), '');
    return out.join('\n');
  }
  let level: string | null = null;
  for (const r of list.regulations) {
    const name = kindHeading(r.level, lang);
    if (name !== level) {
      out.push(`## ${name}`, '');
      level = name;
    }
    out.push(`### ${mdText(title(r.title))}`, '');
    const d = dates(r, lang);
    if (d) out.push(d, '');
    for (const f of r.flags) out.push(`> ⚠ ${mdText(flagText(f, lang, several))}`, '');
    if (r.titleMentions.length) out.push(`${w('titleOnly', lang)}${mdText(places(r.titleMentions))}`, '');
    for (const p of r.provisions) {
      out.push(`#### ${p.label}`, '');
      for (const line of p.text.split('\n')) out.push(`> ${mdText(line)}`);
      out.push('', `${w('citedAt', lang)}${mdText(places(p.mentions))}`, '');
    }
  }
  if (list.repealed.length) {
    out.push(`## ${w('repealed', lang)}`, '');
    for (const r of list.repealed) {
      out.push(`### ${mdText(title(r.title))}`, '', `> ⚠ ${mdText(r.message[lang])}`, '');
      out.push(`${w('citedAt', lang)}${mdText(places(r.mentions))}`, '');
    }
  }
  return out.join('\n');
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per cited provision (and one per regulation named without an article). */
export function citedProvisionsCsv(list: CitedProvisionList, lang: MessageLanguage): string {
  const rows: string[][] = [[...words.columns[lang]]];
  const several = list.drafts.length > 1;
  for (const r of list.regulations) {
    const flags = r.flags.map((f) => flagText(f, lang, several)).join('; ');
    const head = [kindName(r.level, lang), r.title, r.version ?? ''];
    if (r.titleMentions.length) rows.push([...head, '', '', places(r.titleMentions), flags]);
    for (const p of r.provisions) rows.push([...head, p.label, p.text, places(p.mentions), flags]);
  }
  for (const r of list.repealed) rows.push([w('repealed', lang), r.title, '', '', '', places(r.mentions), r.message[lang]]);
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
