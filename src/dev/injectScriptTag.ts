/** Puts `tag` before the page's last `</body>`, or at the end of a page that has none. */
export function injectScriptTag(html: string, tag: string): string {
  const bodyEnd = html.toLowerCase().lastIndexOf("</body>");
  return bodyEnd === -1 ? html + tag : html.slice(0, bodyEnd) + tag + html.slice(bodyEnd);
}
