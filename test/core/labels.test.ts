// Dates as people write them (core/labels.ts): one writer for every date a hover, the article view or a message shows.
import * as assert from 'assert';
import { dayBefore, writtenDate, writtenSpan } from '../../server/src/core/labels';

describe('labels: written dates', () => {
  const dates: [string, string, string][] = [
    ['2023-09-01', '2023年9月1日', '1 September 2023'],
    ['2023-12-29', '2023年12月29日', '29 December 2023'],
    ['1979-07-01', '1979年7月1日', '1 July 1979'],
  ];
  for (const [iso, zh, en] of dates) {
    it(`${iso} → ${zh} / ${en}`, () => assert.deepStrictEqual([writtenDate(iso, 'zh'), writtenDate(iso, 'en')], [zh, en]));
  }
  it('leaves what is not an ISO date as it is', () => assert.strictEqual(writtenDate('—', 'zh'), '—'));

  const before: [string, string][] = [
    ['2024-07-01', '2024-06-30'],
    ['2021-01-01', '2020-12-31'],
    ['2024-03-01', '2024-02-29'],
    ['2023-03-01', '2023-02-28'],
    ['not a date', 'not a date'],
  ];
  for (const [iso, day] of before) it(`the day before ${iso} is ${day}`, () => assert.strictEqual(dayBefore(iso), day));

  it('a version’s span ends the day before the next one takes effect; the latest is in force', () => {
    assert.strictEqual(writtenSpan('2018-10-26', '2024-07-01', 'zh'), '2018年10月26日起施行，至2024年6月30日');
    assert.strictEqual(writtenSpan('2024-07-01', null, 'zh'), '2024年7月1日起施行，现行有效');
    assert.strictEqual(writtenSpan('2018-10-26', '2024-07-01', 'en'), 'in force 26 October 2018 to 30 June 2024');
    assert.strictEqual(writtenSpan('2024-07-01', null, 'en'), 'in force from 1 July 2024');
    assert.strictEqual(writtenSpan(null, null, 'zh'), '—起施行，现行有效');
  });

  it('a version replaced the day it took effect ends that day, never before it began', () => {
    assert.strictEqual(writtenSpan('2020-01-01', '2020-01-01', 'zh'), '2020年1月1日起施行，至2020年1月1日');
  });
});
