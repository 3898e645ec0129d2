// Rule (issue 14, qa12; law-firm articles and commentaries tracing a law's history through its amendments): after an
// amendment named — 2009年《刑法修正案(七)》 ⏎ 新增第285条第2款…, 2015年《刑法修正案(九)》增设第287条之二 — the article
// the amendment added, changed or struck is the amended law's (刑法第二百八十五条第二款), not the amendment's own: a
// 修正案 numbers its items 第一条… and has no 第二百八十五条. Read so only where a verb of amending stands right before the
// article (新增, 增设, 增加, 修改, 删除 …) and the amendment has no article of that number while the law it amends has.

/** A verb of amending right before an article (a bullet or a space between at most). */
const AMENDING_VERB = /(?:新增|增设|增加|增补|增写|修改|修订|修正|删除|删去|取消|调整|将)(?:了|的)?[ \u3000]*$/;

/** Whether a verb of amending stands right before the article at `start`. */
export function amendingVerbBefore(text: string, start: number): boolean {
  return AMENDING_VERB.test(text.slice(Math.max(0, start - 6), start));
}
