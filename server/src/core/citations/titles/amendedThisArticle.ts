// Rule (issue 14, heldout25-court; commentaries on an article of the criminal law tracing its history:
// 本条系《某法修正案（八）》第二十二条增设。《某法修正案（九）》第八条对本条作了修改，…): 本条 as what an article of an
// amending act amends (对本条作了修改, 对本条进行了修正, 将本条修改为) is the article the page comments on, the one the
// amendment changed — never that amendment's own article, though it is the article cited last. When the page never
// named the commented article by its number, 本条 there names nothing the reader can follow: not a citation.
import { SERIES_IN_BRACKETS } from './seriesNumber';

/** 对本条 / 将本条 right before 本条 at `at`, an amending verb within a few characters after it. */
const AMENDING_AFTER = /^本条(?:第[一二三四五六七八九十]+款)?[ \u3000]*(?:的(?:规定|内容|条文))?[ \u3000]*(?:作了?|作出了?|进行了?|予以)?[ \u3000]*(?:修改|修正|修订|增设|补充|调整|删改)/;

/** Whether 本条 at `at` is the object of an amending verb (…对本条作了修改, …将本条修改为…). */
export function amendedThisArticle(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 1), at);
  return (before === '对' || before === '将') && AMENDING_AFTER.test(text.slice(at, at + 24));
}

/** An amendment's title: 某法修正案, its number in brackets (seriesNumber.ts) or none. */
const AMENDMENT_TITLE = new RegExp(`修正案(?:${SERIES_IN_BRACKETS})?$`);

/** An amending act's title: 某法修正案（九）, 关于修改《某法》的决定. */
export function amendingTitle(title: string): boolean {
  return AMENDMENT_TITLE.test(title) || /^(?:.*)?关于修改.+的决定$/.test(title);
}
