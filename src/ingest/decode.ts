import iconv from "iconv-lite";
import { ArticleError } from "./errors.ts";
import { removeUnwantedCharacters } from "./unwantedCharacters.ts";

/** Files larger than this are refused rather than parsed (a long scraped article is well under 1 MB). */
export const maxArticleBytes = 10 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true });
/** Bytes that Windows-1252 leaves undefined: text containing them is in some other encoding. */
const undefinedIn1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/**
 * Turns a file's bytes into text with `\n` line endings. UTF-8 (with or without BOM) and UTF-16 with a BOM are
 * decoded exactly; text that is not UTF-8 is read as Windows-1252 (a superset of ISO-8859-1), the usual encoding
 * of old scraped pages, when every byte is defined there. Anything else is refused, never guessed at.
 */
export function decodeArticleBytes(bytes: Uint8Array, sourcePath: string): string {
  if (bytes.length > maxArticleBytes) {
    throw new ArticleError(
      "too-large",
      sourcePath,
      `file is ${bytes.length} bytes, over the ${maxArticleBytes}-byte limit for one article`,
    );
  }
  const text = removeUnwantedCharacters(decodeWithBom(bytes, sourcePath).replace(/\r\n?/g, "\n"));
  if (text.trim() === "")
    throw new ArticleError("empty", sourcePath, "file is empty: an article needs a headline and a body");
  return text;
}

function decodeWithBom(bytes: Uint8Array, sourcePath: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (withoutBom.includes(0)) throw new ArticleError("binary", sourcePath, describeNulBytes(withoutBom));
  try {
    return utf8.decode(withoutBom);
  } catch {
    const unknown = withoutBom.findIndex((byte) => undefinedIn1252.has(byte));
    // Node's own TextDecoder reads "windows-1252" as ISO-8859-1, losing curly quotes and dashes.
    if (unknown === -1) return iconv.decode(Buffer.from(withoutBom), "windows-1252");
    throw new ArticleError(
      "encoding",
      sourcePath,
      `text is neither UTF-8 nor Windows-1252 (byte 0x${withoutBom[unknown]?.toString(16)}); save the file as UTF-8`,
      lineOfByte(withoutBom, unknown),
    );
  }
}

/** Text never holds NUL bytes: either it is UTF-16 that lost its byte-order mark, or it is not text at all. */
function describeNulBytes(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 4096);
  const oddNuls = sample.filter((byte, index) => index % 2 === 1 && byte === 0).length;
  if (oddNuls > sample.length / 4)
    return "text looks like UTF-16 without a byte-order mark; save the file as UTF-8";
  return "file is binary, not text (an image or document saved with a text name?)";
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  return bytes.subarray(0, index).filter((byte) => byte === 0x0a).length + 1;
}
