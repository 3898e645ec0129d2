// The default file parser: the parser's own decoding (UTF-8 ± BOM, UTF-16 with BOM, GB18030; CRLF/LF), then
// its text parser. Undecodable bytes become a warning.
import { decodeText } from '../parser/decode';
import { parseRegulationText, type ParseResult } from '../parser/index';

export function parseFileBytes(bytes: Uint8Array, file: string): ParseResult {
  const decoded = decodeText(bytes);
  const result = parseRegulationText(decoded.text, { file });
  if (decoded.replaced > 0) {
    result.warnings.unshift({ file, line: 0, message: `${decoded.replaced} undecodable byte sequence(s) (read as ${decoded.encoding})` });
  }
  return result;
}
