// Bytes to text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, else GB18030 when the bytes are not valid UTF-8.
// Uses the platform (Buffer's fast UTF-8 check, ICU's transcoder, TextDecoder with full ICU in Node 20), no dependency.
import { Buffer, isAscii, isUtf8, transcode } from 'node:buffer';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Number of U+FFFD replacement characters produced by undecodable bytes (0 for clean input). */
  replaced: number;
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 65536) & ~1;
  if (bytes.subarray(0, n).indexOf(0) < 0) return null; // the usual case, found natively
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (even + odd < 2) return null;
  if (odd >= 4 * even) return 'utf-16le';
  if (even >= 4 * odd) return 'utf-16be';
  return null;
}

/**
 * Valid UTF-8 bytes to a string. On Chinese text ICU's transcoder to UTF-16 plus a copy into the string is about
 * 8× faster than V8's UTF-8 decoder behind Buffer#toString in Node 20 (26 ms vs 205 ms for the 55 MiB bench
 * corpus); ASCII-only bytes stay a one-byte string. Falls back to toString where ICU is missing.
 */
export function utf8ToString(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (typeof isAscii === 'function' && isAscii(buf)) return buf.toString('latin1');
  if (typeof transcode === 'function') {
    try {
      return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      // no ICU converter: the plain decoder below
    }
  }
  return buf.toString('utf8');
}

/** Decode a file's bytes; never throws. A BOM is removed from the text. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    if (typeof isUtf8 === 'function' && isUtf8(rest)) return { text: utf8ToString(rest), encoding: 'utf-8', replaced: 0 };
    const text = new TextDecoder('utf-8').decode(rest);
    return { text, encoding: 'utf-8', replaced: countReplacements(text) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16le', replaced: countReplacements(text) };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
    return { text, encoding: 'utf-16be', replaced: countReplacements(text) };
  }
  // UTF-16 without BOM: text files hold no NUL bytes except as the high (or low) half of UTF-16 code units.
  const guess = utf16WithoutBom(bytes);
  if (guess) {
    const text = new TextDecoder(guess).decode(bytes);
    return { text, encoding: guess, replaced: countReplacements(text) };
  }
  if (typeof isUtf8 === 'function') {
    if (isUtf8(bytes)) return { text: utf8ToString(bytes), encoding: 'utf-8', replaced: 0 };
  } else {
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return { text, encoding: 'utf-8', replaced: 0 };
    } catch {
      // not UTF-8
    }
  }
  // Not valid UTF-8: Chinese text saved by Windows tools is GB18030 (a superset of GBK and GB2312).
  const text = new TextDecoder('gb18030').decode(bytes);
  return { text, encoding: 'gb18030', replaced: countReplacements(text) };
}
