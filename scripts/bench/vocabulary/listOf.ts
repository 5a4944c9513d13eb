/**
 * Turns a comma- or line-separated block into a list. Word lists are written as text blocks so the
 * formatter keeps them compact instead of putting each of hundreds of words on its own line.
 */
export function listOf(block: string): readonly string[] {
  return block
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
