// User-facing words of the server's own UI (hover headings, labels), in Chinese and English.
import type { MessageLanguage } from '../service/settings';

const words = {
  adopted: { zh: '通过', en: 'adopted' },
  effective: { zh: '起施行', en: 'in force from' },
  amended: { zh: '修改', en: 'last amended' },
  citedAbove: { zh: '（{label}，见上）', en: '({label}, above)' },
  restOfArticle: { zh: '{article}其余部分：', en: 'Rest of {article}:' },
  alsoCited: { zh: '另有：', en: 'Also cited: ' },
  nearestArticles: { zh: '相近的条文：', en: 'Nearest articles:' },
  namedRegulations: { zh: '本文引用的法规中有此条：', en: 'In the regulations this document cites:' },
  candidates: { zh: '可能指以下法规：', en: 'Could refer to:' },
  suggestions: { zh: '您是否要引用：', en: 'Did you mean:' },
  unknown: { zh: '无法解析此引用', en: 'This citation cannot be resolved' },
  articlesMore: { zh: '另有 {n} 条未显示', en: '{n} more articles not shown' },
  articlesInRange: { zh: '共 {n} 条', en: '{n} articles' },
  original: { zh: '中文', en: 'Chinese' },
  translation: { zh: '英文译本', en: 'English translation' },
  articleMissing: { zh: '未找到该条', en: 'Article not found' },
  noContext: { zh: '未指明所引法规', en: 'No regulation named before this citation' },
  corpusProblem: { zh: '法规库：无法使用', en: 'Corpus: cannot use' },
  corpusProblems: {
    zh: 'LawCite：法规库中有 {n} 个文件或文件夹无法使用（详见 LawCite 输出）',
    en: 'LawCite: {n} corpus files or folders cannot be used (see the LawCite output)',
  },
  corpusSkipped: {
    zh: '法规库：{n} 个文本没有条文（如决定、方案），未作为法规索引',
    en: 'Corpus: {n} texts have no articles (decisions, plans) and are not indexed as regulations',
  },
  indexing: { zh: '正在索引法规库', en: 'Indexing the corpus' },
  version: { zh: '版本', en: 'Version' },
  shortTitleOf: { zh: '简称，指', en: 'Short title of' },
  termDefined: { zh: '定义用语', en: 'Defined term' },
  termShortForm: { zh: '简称', en: 'Short form' },
  termFullForm: { zh: '全称：', en: 'Full form: ' },
  termDefinedAt: { zh: '定义于{where}', en: 'defined in {where}' },
  termAlsoDefined: { zh: '另在{where}定义', en: 'Also defined in {where}' },
  termUses: { zh: '本文件中使用 {n} 处', en: 'Used {n} times in this document' },
  stillLoading: {
    zh: '法规库仍在加载（已读 {done}/{total} 个文件），{title}可能在其中，稍后再试',
    en: 'The corpus is still loading ({done}/{total} files read); {title} may be in it, try again shortly',
  },
} as const;

export type WordKey = keyof typeof words;

export function t(key: WordKey, lang: MessageLanguage, vars: Record<string, string | number> = {}): string {
  return words[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
