import * as assert from 'assert';
import type { Article, Regulation } from '../../server/src/core/model';
import { groupVersions, versionAt, versionDate } from '../../server/src/core/corpus/versions';
import { fileNameDate, normalizeTitle } from '../../server/src/core/corpus/titles';

const loc = (file: string) => ({ file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } });

function art(file: string, number: number, text = `第${number}条 内容${number}`): Article {
  return { number, insert: null, label: `第${number}条`, labelLocation: loc(file), location: loc(file), paragraphs: [], division: null, text };
}

function reg(file: string, numbers: number[], dates: Partial<Pick<Regulation, 'adopted' | 'effective' | 'amended'>> = {}, textOf?: (n: number) => string): Regulation {
  return {
    title: '中华人民共和国示例法',
    shortTitles: [],
    issuer: null,
    kind: null,
    adopted: dates.adopted ?? null,
    effective: dates.effective ?? null,
    amended: dates.amended ?? null,
    lang: 'zh',
    translationOf: null,
    files: [file],
    titleLocation: null,
    notes: [],
    divisions: [],
    articles: numbers.map((n) => art(file, n, textOf?.(n))),
  };
}

describe('Corpus versions: grouping the texts of one title', () => {
  it('keeps texts with different dates as separate versions, oldest first, never merged', () => {
    const newer = reg('/c/示例法(2023-09-01).md', [1, 2, 3], { adopted: '1999-04-29', effective: '2024-01-01', amended: '2023-09-01' }, (n) => `新${n}`);
    const older = reg('/c/示例法(2017-09-01).md', [1, 2], { adopted: '1999-04-29', effective: '1999-10-01', amended: '2017-09-01' });
    const { versions, problems } = groupVersions([newer, older]);
    assert.deepStrictEqual(versions.map((v) => v.files[0]), [older.files[0], newer.files[0]]);
    assert.deepStrictEqual(versions.map((v) => v.articles.length), [2, 3]);
    assert.strictEqual(problems.length, 0);
  });

  it('joins parts with disjoint articles into one version with its articles in order', () => {
    const tail = reg('/c/附则.md', [1259, 1260], { adopted: '2020-05-28', effective: '2021-01-01' });
    const head = reg('/c/总则.md', [1, 2], { adopted: '2020-05-28', effective: '2021-01-01' });
    const middle = reg('/c/婚姻家庭编.md', [1040, 1041], { adopted: '2020-05-28' }); // no 施行 line: still a part
    const { versions, problems } = groupVersions([tail, head, middle]);
    assert.strictEqual(versions.length, 1);
    assert.deepStrictEqual(versions[0].articles.map((a) => a.number), [1, 2, 1040, 1041, 1259, 1260]);
    assert.deepStrictEqual(versions[0].files, ['/c/总则.md', '/c/婚姻家庭编.md', '/c/附则.md']);
    assert.strictEqual(versions[0].effective, '2021-01-01');
    assert.strictEqual(problems.length, 0);
  });

  it('does not join parts whose stated dates conflict', () => {
    const a = reg('/c/a.md', [1, 2], { effective: '2001-01-01' });
    const b = reg('/c/b.md', [3, 4], { effective: '2011-01-01' });
    assert.strictEqual(groupVersions([a, b]).versions.length, 2);
  });

  it('keeps one copy of the same text in two folders and reports the other as a duplicate', () => {
    const a = reg('/c/经济法/示例法(2021-04-29).md', [1, 2], { effective: '2015-09-01', amended: '2021-04-29' });
    const b = reg('/c/行政法/示例法(2021-04-29).md', [1, 2], { amended: '2021-04-29' });
    const { versions, problems } = groupVersions([a, b]);
    assert.strictEqual(versions.length, 1);
    assert.strictEqual(versions[0].articles.length, 2, 'articles not doubled');
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].kind, 'duplicate');
    assert.strictEqual(problems[0].path, b.files[0]);
    assert.match(problems[0].reason, /经济法/);
  });

  it('treats the same date with overlapping articles but edited text as a duplicate, keeping the first', () => {
    const a = reg('/c/x/示例法(2021-04-29).md', [1, 2]);
    const b = reg('/c/y/示例法(2021-04-29).md', [1, 2], {}, (n) => `改${n}`);
    const { versions, problems } = groupVersions([a, b]);
    assert.strictEqual(versions.length, 1);
    assert.strictEqual(versions[0].files[0], a.files[0]);
    assert.match(problems[0].reason, /text differs/);
  });

  it('picks the version in force on a date, else the latest', () => {
    const v2017 = reg('/c/示例法(2017-09-01).md', [1], { effective: '1999-10-01', amended: '2017-09-01' });
    const v2023 = reg('/c/示例法(2023-09-01).md', [1], { effective: '2024-01-01', amended: '2023-09-01' }, () => '新');
    const { versions } = groupVersions([v2017, v2023]);
    assert.strictEqual(versionAt(versions, '2023-10-01'), v2017, 'the 2023 revision is not yet in force');
    assert.strictEqual(versionAt(versions, '2024-01-01'), v2023);
    assert.strictEqual(versionAt(versions), v2023);
    assert.strictEqual(versionAt(versions, '1990-01-01'), v2023, 'before every version: the latest');
  });

  it('dates a version by the latest of its effective date, amendment and file name date', () => {
    assert.strictEqual(versionDate(reg('/c/a(2019-03-02).md', [1], { effective: '2004-07-01', amended: '2016-02-06' })), '2019-03-02');
    assert.strictEqual(versionDate(reg('/c/a.md', [1], { adopted: '2001-07-13' })), '2001-07-13');
    assert.strictEqual(versionDate(reg('/c/a.md', [1])), null);
  });
});

describe('Corpus titles', () => {
  it('normalises brackets, whitespace and full-width forms', () => {
    const key = normalizeTitle('上海市实施《中华人民共和国义务教育法》办法');
    assert.strictEqual(normalizeTitle('《上海市实施〈中华人民共和国义务教育法〉办法》'), key);
    assert.strictEqual(normalizeTitle(' 上海市实施 中华人民共和国义务教育法 办法 '), key);
    assert.strictEqual(normalizeTitle('规定（试行）'), normalizeTitle('规定(试行)'));
    assert.strictEqual(normalizeTitle('The Regulations  on X'), normalizeTitle('regulations on x'));
  });

  it('reads the date in a LawRefBook file name', () => {
    assert.strictEqual(fileNameDate('/a/行政复议法(2017-09-01).md'), '2017-09-01');
    assert.strictEqual(fileNameDate('/a/规定（试行）(2012-11-22).md'), '2012-11-22');
    assert.strictEqual(fileNameDate('/a(2012-11-22)/行政复议法.md'), null);
  });
});
