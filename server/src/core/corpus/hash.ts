// Content hashes: of a file's bytes (the warm index's freshness check) and of a text's words (versions.ts).
import { createHash } from 'crypto';

/** Hex, truncated to 128 bits: enough to tell two contents apart. */
export function contentHash(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}
