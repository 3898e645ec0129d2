// Rule (round 34, judgments-audit140 C; judgments scraped from 裁判文书网 and openlaw with their signature block run into
// one line: …本裁定立即执行。审判员王洋二〇二三年二月一十六日法官助理殷健书记员鲍希秀, 审 判 员杨军二〇一八年七月五日代书记员
// 娄丹, tab-separated 审\t判\t长\t杜新春\t…\t二○一四年二月十日\t\t书\t记\t员\t李丽欢, 二〇一四年十一月十四书记员 with 日
// dropped): the date written in Chinese numerals between the judges (审判长, 审判员, 代理审判员, 人民陪审员 and their names)
// and the clerk (书记员, 代书记员, 法官助理, 速录员) is the judgment's date, as on a line of its own — the last such date
// near the end. Only a year in Chinese numerals (the 落款's script) and only with a judge's title shortly before it: a
// date in the writer's sentences (本院于二〇二三年二月十六日立案) is no signature.

/** A date in Chinese numerals, 日 or not, then the clerk's or assistant's title (spaces between its characters or not). */
const DATE_BEFORE_CLERK = /([〇○OＯ零一二三四五六七八九0０]{4}[ \t\u3000]*年[ \t\u3000]*[一二三四五六七八九十]{1,3}[ \t\u3000]*月[ \t\u3000]*[一二三四五六七八九十]{1,3})[ \t\u3000]*(日?)[ \t\u3000]*(?:法官助理|代?理?书[ \t\u3000]*记[ \t\u3000]*员|速录员)/g;
/** A judge's title (its characters spaced or not). */
const JUDGE_TITLE = /审[ \t\u3000]*判[ \t\u3000]*[长员]|陪[ \t\u3000]*审[ \t\u3000]*员/;
/** How far back from the date a judge's title may stand (the judges' names and titles between). */
const JUDGES_SPAN = 80;
/** How much of the text's end is read. */
const TAIL = 3000;

/** The signature block's date as written (with its 日), or null. */
export function signatureBlockDate(text: string): string | null {
  const from = Math.max(0, text.length - TAIL);
  const tail = text.slice(from);
  let found: string | null = null;
  DATE_BEFORE_CLERK.lastIndex = 0;
  for (let m = DATE_BEFORE_CLERK.exec(tail); m; m = DATE_BEFORE_CLERK.exec(tail)) {
    if (JUDGE_TITLE.test(tail.slice(Math.max(0, m.index - JUDGES_SPAN), m.index))) found = `${m[1]}日`;
  }
  return found;
}
