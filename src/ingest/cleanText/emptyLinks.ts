import type { Nodes, Root } from "mdast";
import { toString as mdastToString } from "mdast-util-to-string";

/** Whether a link would have an accessible name: some text, or an image with alt text. */
function hasName(node: Nodes): boolean {
  if (node.type === "image") return (node.alt ?? "").trim() !== "";
  if (node.type === "html") return false;
  if ("children" in node) return node.children.some((child) => hasName(child));
  return mdastToString(node, { includeHtml: false }).trim() !== "";
}

/** The node with its nameless links replaced by what they held (often nothing). */
function unwrapIn(node: Nodes): Nodes[] {
  if (!("children" in node)) return [node];
  const children = node.children.flatMap((child) => unwrapIn(child));
  if ((node.type === "link" || node.type === "linkReference") && !hasName(node)) return children;
  return [{ ...node, children } as Nodes];
}

/**
 * Unwraps links with no name: a removed image shortcode (`[{{< img >}}](big.png)`) or sanitized-away HTML leaves
 * `<a href>` with nothing to read, which screen readers announce as a bare URL (axe: serious).
 */
export function unwrapEmptyLinks(tree: Root): Root {
  return { ...tree, children: tree.children.flatMap((child) => unwrapIn(child)) as Root["children"] };
}
