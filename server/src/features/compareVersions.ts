// lawcite/compareVersions and lawcite/versionText: the article cited at a position in two versions of its law, for
// the client's side-by-side (diff) view. The engine's comparison (core/query/compareVersions.ts) rendered as text.
import type { Position } from 'vscode-languageserver';
import { versionFacts, versionTextDate } from '../core/corpus/versions';
import { articleLabel } from '../core/labels';
import type { Article, Regulation } from '../core/model';
import { findArticle } from '../core/model';
import { articleInEachVersion, compareArticleVersions } from '../core/query/compareVersions';
import type { Law } from '../core/corpus/types';
import type { CompareVersionsParams, CompareVersionsResult, VersionSide, VersionTextParams, VersionTextResult } from '../protocol';
import { citationAt } from '../service/analysisCache';
import type { ServiceContext } from '../service/interfaces';
import type { MessageLanguage } from '../service/settings';
import { articleBindings } from './resolve';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** An article's text for a side of the view: its 款 one per line (as the corpus prints them). */
export function sideText(a: Article): string {
  return a.paragraphs.length ? a.paragraphs.map((p, i) => (i === 0 && !p.text.startsWith(a.label) ? `${a.label} ${p.text}` : p.text)).join('\n') : a.text;
}

function noCounterpart(version: string | null, lang: MessageLanguage): string {
  return lang === 'zh' ? `（${version ?? '未注明日期的'}版本中没有对应条文）` : `(the ${version ?? 'undated'} version has no counterpart)`;
}

function side(law: Law, reg: Regulation, a: Article | null, lang: MessageLanguage): VersionSide {
  const facts = versionFacts(law.versions, reg);
  return {
    version: facts.text,
    effective: facts.effective,
    until: facts.until,
    article: a ? { number: a.number, insert: a.insert, label: articleLabel(a.number, a.insert) } : null,
    text: a ? sideText(a) : noCounterpart(facts.text, lang),
  };
}

export function compareVersions(ws: ServiceContext, params: CompareVersionsParams): CompareVersionsResult {
  const lang = ws.lang;
  for (const [name, v] of [['from', params.from], ['to', params.to]] as const) {
    if (v !== undefined && v !== null && !DATE.test(String(v))) {
      return { status: 'no-version', message: lang === 'zh' ? `${name} 应为 YYYY-MM-DD：${String(v)}` : `${name} wants YYYY-MM-DD, got ${String(v)}` };
    }
  }
  const entry = params?.uri ? ws.analysisByUri(params.uri) : undefined;
  const citation = entry && params.position ? citationAt(entry, params.position as Position) : null;
  const b = citation ? articleBindings(citation).find((x) => x.law && !x.self) : undefined;
  if (!b || !b.law) {
    return {
      status: 'no-citation',
      message: lang === 'zh' ? 'LawCite：光标处没有引用法规库中的条文。' : 'LawCite: no article of the corpus is cited at the cursor.',
    };
  }
  const law = b.law;
  const r = compareArticleVersions(law, b.regulation, b.article, { from: params.from ?? null, to: params.to ?? null });
  if (r.status === 'one-version') {
    const only = versionTextDate(b.regulation);
    return {
      status: 'one-version',
      title: law.title,
      message: lang === 'zh'
        ? `《${law.title}》只有一个版本${only ? `（${only}）` : ''}，无可比较。`
        : `${law.title} has only one version${only ? ` (${only})` : ''}: nothing to compare.`,
    };
  }
  if (r.status === 'no-version') {
    return {
      status: 'no-version',
      title: law.title,
      message: lang === 'zh' ? `《${law.title}》在 ${r.date} 时尚无版本。` : `${law.title} had no version on ${r.date}.`,
    };
  }
  const each = articleInEachVersion(law, b.regulation, b.article);
  const versions = law.versions.map((v, i) => ({ version: versionTextDate(v), label: each[i] ? articleLabel(each[i]!.number, each[i]!.insert) : '' }));
  return {
    status: 'ok',
    title: law.title,
    from: side(law, r.from.version, r.from.article, lang),
    to: side(law, r.to.version, r.to.article, lang),
    change: r.change,
    similarity: Math.round(r.similarity * 1000) / 1000,
    versions,
  };
}

/** The text of one side, as the client's read-only document shows it. */
export function versionText(ws: ServiceContext, params: VersionTextParams): VersionTextResult {
  const law = params?.title ? ws.index.corpus.laws.get(String(params.title)) : undefined;
  if (!law) return null;
  const reg = law.versions.find((v) => (versionTextDate(v) ?? '') === String(params.version ?? ''));
  if (!reg) return null;
  if (typeof params.number !== 'number') return { text: noCounterpart(versionTextDate(reg), ws.lang) };
  const a = findArticle(reg, params.number, params.insert ?? null);
  return a ? { text: sideText(a) } : null;
}
