// Rule (司法解释 and judgments citing the 刑法: 触犯刑法分则第九章第三百九十八条, 依照刑法总则第十三条, 《刑法》分则第三章第二节):
// a code's part (总则, 分则) written between a law's name and the chapter or article cited says where in that law they
// are — they are the law's — and, as chapters are numbered within each part (总则 第三章 刑罚, 分则 第三章 破坏社会主义市场
// 经济秩序罪), in which part a chapter is: the part rides on the chain's division targets (bind.ts findDivision).
import type { Chain } from '../chain/chain';

/** The code's part written right before `at` (where a chain starts), or null. */
export function codePartBefore(text: string, at: number): string | null {
  const part = text.slice(Math.max(0, at - 2), at);
  return part === '总则' || part === '分则' ? part : null;
}

/** Mark the division targets of `chain`, which starts at `at`, with the code's part written right before it. */
export function markCodePart(text: string, at: number, chain: Chain | null): void {
  const part = chain && codePartBefore(text, at);
  if (part) for (const t of chain.targets) if (t.division) t.part = part;
}
