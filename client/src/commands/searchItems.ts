// How a search hit reads in the QuickPick (pure: no vscode import, unit-tested in test/client/). VS Code's QuickPick
// items take no highlight ranges from an extension, so the searched words the server found are marked 【…】 in the
// snippet (VS Code itself also highlights text that matches what was typed as it is).

/** The snippet with each highlighted range wrapped in 【】; ranges out of bounds or overlapping are skipped. */
export function markHighlights(snippet: string, highlights: readonly (readonly [number, number])[] | undefined): string {
  if (!highlights?.length) return snippet;
  let out = '';
  let at = 0;
  for (const [start, end] of [...highlights].sort((a, b) => a[0] - b[0])) {
    if (start < at || end <= start || end > snippet.length) continue;
    out += `${snippet.slice(at, start)}【${snippet.slice(start, end)}】`;
    at = end;
  }
  return out + snippet.slice(at);
}
