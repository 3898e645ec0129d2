// The bundle is written in ASCII (scripts/bundle.mjs): every non-ASCII character of the code esbuild emits is replaced
// by its \uXXXX escape. That is safe in strings, comments and regular expressions, but not after a backslash (\《 is
// an identity escape; \u300a after it means another thing) nor inside a String.raw template (the escape would be
// kept as six characters). Such code is refused; this is the one place the rule lives (bundle.mjs and a test use it).
'use strict';

/** Why `source` cannot be made ASCII safely, or null when it can. */
function unsafeForAsciiEscape(source) {
  if (/^[\x00-\x7f]*$/.test(source)) return null;
  const afterBackslash = /\\[^\x00-\x7f]/.exec(source);
  if (afterBackslash) return `a non-ASCII character after a backslash at offset ${afterBackslash.index}`;
  const raw = source.indexOf('String.raw');
  if (raw >= 0) return `String.raw at offset ${raw} in a file with non-ASCII characters`;
  return null;
}

/** `source` with every non-ASCII UTF-16 unit written as \uXXXX. */
function asciiEscaped(source) {
  return source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

module.exports = { unsafeForAsciiEscape, asciiEscaped };
