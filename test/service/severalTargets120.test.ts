// Round 32's decisions give one mention several targets where the words name no number of their own: 各该条 (every
// article the citation before listed) and 两法第N条 (article N of each of two laws). Hover and definition render such a
// mention as they render 第二十条至第二十三条: definition goes to every target, hover shows the first with the others
// as links and their count.
import * as assert from 'assert';
import { assertLocations, BEIJIANG, BEIJIANG_FILE, fileLines, kit, lineStartingWith, positionOf } from './serviceKit';
import { pathToUri } from '../../server/src/service/uris';
import * as path from 'path';

const beijiang = fileLines(BEIJIANG_FILE);
const OTHER = '内蒙古自治区建设国家向北开放重要桥头堡促进条例';
const OTHER_FILE = path.join(path.dirname(BEIJIANG_FILE), `${OTHER}.md`);
const other = fileLines(OTHER_FILE);
const label = (lines: string[], text: string) => {
  const line = lineStartingWith(lines, text);
  return { start: { line, character: 0 }, end: { line, character: text.length } };
};

describe('service: a mention with several targets and no number of its own (round 32)', () => {
  it('definition on 各该条 goes to every article listed before it', () => {
    const o = kit().open(`违反《${BEIJIANG}》第九条、第十条规定的，依照各该条的规定处理。`);
    assertLocations(kit().definition(o, positionOf(o.text, '各该条', 1)), ['第九条', '第十条'].map((l) => ({ uri: pathToUri(BEIJIANG_FILE), range: label(beijiang, l) })));
  });

  it('hover on 各该条 shows the first article and the other as a link, with the count', () => {
    const o = kit().open(`违反《${BEIJIANG}》第九条、第十条规定的，依照各该条的规定处理。`);
    const sections = kit().hover(o, positionOf(o.text, '各该条', 1))!.split('\n\n---\n\n');
    assert.match(sections[0], /\n\n第九条 /, sections[0]);
    assert.match(sections[1], /^另有：\[第十条\]\(file:[^)]+\)（共 2 条）$/, sections[1]);
  });

  it('definition on 两法第三条 goes to article 3 of each of the two laws', () => {
    const o = kit().open(`《${BEIJIANG}》和《${OTHER}》均有规定，两法第三条的表述有所不同。`);
    assertLocations(kit().definition(o, positionOf(o.text, '两法第三条', 3)), [
      { uri: pathToUri(BEIJIANG_FILE), range: label(beijiang, '第三条') },
      { uri: pathToUri(OTHER_FILE), range: label(other, '第三条') },
    ]);
  });

  it('hover on 两法第三条 shows the first law\'s article, the other law\'s as a link named with its title', () => {
    const o = kit().open(`《${BEIJIANG}》和《${OTHER}》均有规定，两法第三条的表述有所不同。`);
    const sections = kit().hover(o, positionOf(o.text, '两法第三条', 3))!.split('\n\n---\n\n');
    assert.match(sections[0], new RegExp(`^\\*\\*《${BEIJIANG}》\\*\\*[^\\n]*\\n\\n第三条 `), sections[0]);
    assert.match(sections[1], new RegExp(`^另有：\\[《${OTHER}》第三条\\]\\(file:[^)]+\\)（共 2 条）$`), sections[1]);
  });
});
