// Word-level diff of two texts: Chinese has no spaces, so a word is one Han character, a run of Latin letters or
// digits, or one other character; whitespace is kept with the token before it. Longest common subsequence of tokens.

export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Tokens of a text: Han characters one by one, letter/digit runs, each other character; concatenated they give it back. */
export function diffTokens(s: string): string[] {
  return s.match(/[A-Za-z0-9０-９]+\s*|[\s\S]\s*/gu) ?? [];
}

/** The parts of `a` kept, removed and added to make `b`, in order; adjacent parts of one kind joined. */
export function wordDiff(a: string, b: string): DiffPart[] {
  const x = diffTokens(a);
  const y = diffTokens(b);
  // A common prefix is cut first (amended articles mostly differ in a few places). Not the suffix: matching as early
  // as possible then keeps whole words together (股东会[-或者股东大会-]决议, not 股东[-会或者股东大-]会决议).
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  const xs = x.slice(pre);
  const ys = y.slice(pre);
  const n = xs.length;
  const m = ys.length;
  // lcs[i][j]: LCS length of xs[i..] and ys[j..], one flat array.
  const lcs = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * (m + 1) + j] = xs[i] === ys[j] ? lcs[(i + 1) * (m + 1) + j + 1] + 1 : Math.max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  if (pre) push('same', x.slice(0, pre).join(''));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && xs[i] === ys[j]) {
      push('same', xs[i++]);
      j++;
    } else if (i < n && (j === m || lcs[(i + 1) * (m + 1) + j] >= lcs[i * (m + 1) + j + 1])) push('removed', xs[i++]);
    else push('added', ys[j++]);
  }
  return parts;
}

/** A diff as one line of text: [-removed-]{+added+}, as `git diff --word-diff` prints it. */
export function formatDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}
