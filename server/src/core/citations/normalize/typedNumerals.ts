// Numbers of a citation typed as real pages type them, read as the writer meant them (same length, same offsets):
// - Rule (issue 14, zh10; pages and 公文 writing numbers in the 大写 forms of amounts): 第壹百零壹条, 第贰拾条,
//   本法第三十條第壹款 — 壹贰叁肆伍陆柒捌玖拾佰仟 (and their traditional forms) are 一二三四五六七八九十百千 in a
//   citation's number. Read so only between 第 and a unit word (条 款 项 目 编 章 节), where no other reading exists;
//   壹万元 and a 大写 amount elsewhere are left alone.
// - Rule (issue 14, zh10; a common typo): 笫 (a bed mat, one stroke from 第) before a number and a unit word — 依照笫十二条,
//   《某某法》笫八条 — is 第. Nobody writes 笫 so otherwise; the citation gets malformed-citation with the fix writing 第.

/** 大写 numerals (simplified and traditional) and the ordinary ones they stand for. */
const CAPITAL: Record<string, string> = {
  壹: '一', 贰: '二', 貳: '二', 叁: '三', 參: '三', 叄: '三', 肆: '四', 伍: '五', 陆: '六', 陸: '六', 柒: '七', 捌: '八',
  玖: '九', 拾: '十', 佰: '百', 仟: '千',
};
const NUMBER = /[第笫](?:[零〇一二两三四五六七八九十百千壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]+|[0-9０-９]+)(?=[条條款项項目编編章节節])/g;

/** The text with such numbers read (same length) and the offsets where 笫 was read as 第. */
export function typedNumerals(text: string): { text: string; typos: number[] } {
  if (!/[笫壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]/.test(text)) return { text, typos: [] };
  const typos: number[] = [];
  const read = text.replace(NUMBER, (m: string, at: number) => {
    if (m[0] === '笫') typos.push(at);
    return '第' + m.slice(1).replace(/[壹贰貳叁參叄肆伍陆陸柒捌玖拾佰仟]/g, (c) => CAPITAL[c]);
  });
  return { text: read, typos };
}
