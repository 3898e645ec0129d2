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
  // Common prefix and suffix are cut first: amended articles mostly differ in a few places.
  let pre = 0;
  while (pre < x.length && pre < y.length && x[pre] === y[pre]) pre++;
  let suf = 0;
  while (suf < x.length - pre && suf < y.length - pre && x[x.length - 1 - suf] === y[y.length - 1 - suf]) suf++;
  const xs = x.slice(pre, x.length - suf);
  const ys = y.slice(pre, y.length - suf);
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
  if (suf) push('same', x.slice(x.length - suf).join(''));
  return parts;
}

/** A diff as one line of text: [-removed-]{+added+}, as `git diff --word-diff` prints it. */
export function formatDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === 'same' ? p.text : p.kind === 'removed' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');
}
