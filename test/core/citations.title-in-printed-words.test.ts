// A list cell printing a regulation's articles (title, a bracketed note, label, words, then the next label set off by a
// space after the full stop): a title named in the printed words takes nothing over, and the next label — its 款 with
// it — heads the next article printed (fix-zh41b; heldout34 gov, a 随机抽查 list; layout/titleInPrintedWords.ts).
// Made-up text in the real style against the bundled corpus.
import { bundledShortTable as table } from './citations/helpers';

const TITLE = '中华人民共和国水生野生动物保护实施条例';

table('citation table: a title named in a printed article\'s words, the next label a heading (fix-zh41b)', [
  ['a title named alone in the words; the next label with its 款 set off by a space, its words opening with 对',
    `| 1 | 某市海洋执法支队 | 水生野生动物利用 | 《${TITLE}》(2013年国务院令第645号修订)第五条 渔业行政主管部门及其所属的渔政监督管理机构，有权对《野生动物保护法》和本条例的实施情况进行监督检查。第十九条第二款 对进入集贸市场的水生野生动物或者其产品，由工商行政管理部门进行监督管理。 | 按年度抽查 |`,
    [[`《${TITLE}》(2013年国务院令第645号修订)第五条`, 'resolved', '水生野生动物保护实施条例5']]],
  ['without a note, the next label without its 款',
    `| 2 | 《${TITLE}》第五条 渔业行政主管部门有权对《野生动物保护法》和本条例的实施情况进行监督检查，被检查的单位应当配合。第十九条 对进入集贸市场的水生野生动物，由工商行政管理部门进行监督管理。 |`,
    [[`《${TITLE}》第五条`, 'resolved', '水生野生动物保护实施条例5']]],
  ['not words citing another law\'s article (the writer\'s), nor a label glued to 对 or to 的; ordinals and case numbers stay unread',
    `| 3 | 《${TITLE}》第五条 渔业行政主管部门依照《中华人民共和国渔业法》第六条的规定实施监督检查，被检查的单位应当配合。第十九条第二款 对进入集贸市场的水生野生动物由工商部门管理。 |\n| 4 | 《${TITLE}》第五条 渔业行政主管部门有权对《野生动物保护法》和本条例的实施情况进行监督检查。第十九条对市场监管作了规定。第十四届第一次会议，（2019）某刑初12号。 |`,
    [[`《${TITLE}》第五条`, 'resolved', '水生野生动物保护实施条例5'], ['《中华人民共和国渔业法》第六条', 'resolved', '渔业6'], ['第十九条第二款', 'resolved', '水生野生动物保护实施条例19.2'],
      [`《${TITLE}》第五条`, 'resolved', '水生野生动物保护实施条例5'], ['第十九条', 'resolved', '野生动物保护19']]],
]);
