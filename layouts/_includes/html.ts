/** Markup that is safe to insert as is: built by `html`, or sanitized upstream. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly Interpolation[];

const entities: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

const needsEscaping = /[&<>"']/;

/** Escapes text for HTML and XML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  // Most values (names, dates, slugs) need no escaping; testing first saves building a copy of each.
  if (!needsEscaping.test(text)) return text;
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

function interpolate(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(interpolate).join("");
  if (value === null || value === undefined || value === false || value === true) return "";
  return escapeHtml(String(value));
}

/**
 * The one way templates build markup: every interpolated value is escaped unless it is already SafeHtml,
 * arrays are joined, and null, undefined and booleans render as nothing (so `cond && html\`…\`` works).
 */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  values.forEach((value, index) => {
    out += interpolate(value) + (strings[index + 1] ?? "");
  });
  return new SafeHtml(out);
}

/** XML text and attributes need exactly the escaping HTML gets. */
export const xml = html;

/** Wraps `bodyHtml`, which the ingest stage already sanitized; nothing else may go through here. */
export function sanitizedBodyHtml(bodyHtml: string): SafeHtml {
  return new SafeHtml(bodyHtml);
}

/** Serializes data for a `<script type="application/ld+json">`, so no value can close the script element. */
export function jsonForScript(value: unknown): SafeHtml {
  const json = JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return new SafeHtml(json);
}
