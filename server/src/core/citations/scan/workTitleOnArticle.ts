import { ARTICLE_NUMERAL, LAW_TITLE_END } from '../text';

/**
 * Rule (issue 14, real-court30; judges' and scholars' articles and their footnotes: 参见谭宇航：《〈反不正当竞争法〉第六条
 * 适用研究》, 朱晓喆：《意思表示的解释标准——〈民法总则〉第142条评释》): the title of a work — an article, a book, a thesis —
 * naming an article of a law in 〈〉 cites that article, as a headline over the article does; the title is read on from
 * its opening, so the nested title and its article are a citation there, and the work itself is no regulation. Not a
 * regulation's own title, one ending in a regulation's word (《关于〈刑法〉第九十三条第二款的解释》, 《关于修改〈某法〉第三十条
 * 的决定》: an interpretation or an amending decision the corpus reads as a title of its own), nor a state organ's
 * document opening with 关于 (a law's history note: 国务院《关于〈中华人民共和国中外合资经营企业法实施条例〉第一百条的修订》
 * 第一次修订, the article there the text's before it was renumbered; a proposal's title is read by its own rule in
 * scanner.ts), and only when the article follows the nested title straight away (scanner.ts reads it there, as for a
 * proposal's title). The nested name must end as a law's title does, a company's 章程 aside (《〈公司章程〉第十条的效力
 * 研究》 is about a clause, no citation).
 * Round 32 (f121-zh; a lawyer's reply naming the paper it answers: 题为《违法使用与商标法第三十二条后半句规定的“一定影响”
 * 的关系》的文章): the law may be named in the title without 〈〉, as prose names it (商标法第三十二条, 民法典第一千一百六十五条);
 * the same holds — the words right before the article end as a law's name does, and the title is no regulation's. Only
 * when other words open the title before the law's name (与, 论, 浅析 …): a title opening with the name and its articles
 * (《森林防火条例第十条、第十二条的解读》, 《某条例第十条至第十二条》) is read by articleInsideMarks.ts as before.
 */
const NESTED_ARTICLE = new RegExp(`〈([^〈〉《》]{2,60})〉第${ARTICLE_NUMERAL}条`);
const BARE_ARTICLE = new RegExp(`([^〈〉《》第]{2,40}?)第${ARTICLE_NUMERAL}条`);
const CODE_END = /法典$/;
const CHARTER = /章程(?:[(（][^()（）]*[)）])?$/;

/** Whether the text inside 《》 is a work's title naming an article of a law nested in 〈〉. */
export function workTitleOnArticle(inner: string): boolean {
  if (/^关于/.test(inner) || LAW_TITLE_END.test(inner)) return false;
  const nested = NESTED_ARTICLE.exec(inner);
  if (nested) return LAW_TITLE_END.test(nested[1]) && !CHARTER.test(nested[1]);
  const bare = BARE_ARTICLE.exec(inner);
  return !!bare && (LAW_TITLE_END.test(bare[1]) || CODE_END.test(bare[1])) && !CHARTER.test(bare[1]) && !opensWithLaw(bare[1]);
}

/** Whether the words before the article are taken for a law's name opening the title: no joining word (与, 和, 及) nor a paper's word (论, 析, 谈, 评) in them. */
function opensWithLaw(words: string): boolean {
  return !/[与和及论析谈评]/.test(words);
}
