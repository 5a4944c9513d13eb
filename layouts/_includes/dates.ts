import { html, type SafeHtml } from "./html.ts";

const isoParts = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::\d{2})?(Z|[+-]\d{2}:\d{2})?)?/;
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" });

/**
 * `2017-03-02T16:27` → `2 March 2017, 16:27`; the time is shown as written, never shifted to the reader's zone.
 * Midnight is the time an exporter writes when it knows only the day (`2025-01-02T00:00-05:00`): shown as the day.
 */
export function formatDate(iso: string): string {
  let formatted = formattedDates.get(iso);
  if (formatted === undefined) {
    formatted = formatOnce(iso);
    formattedDates.set(iso, formatted);
  }
  return formatted;
}

/** A date shows on its article's page and on every list the article is in: each is formatted once per build. */
const formattedDates = new Map<string, string>();

function formatOnce(iso: string): string {
  const match = isoParts.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour, minute, offset] = match;
  const date = dayFormat.format(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (hour === undefined || minute === undefined || (hour === "00" && minute === "00")) return date;
  const zone = offset === undefined ? "" : offset === "Z" ? " UTC" : ` UTC${offset}`;
  return `${date}, ${hour}:${minute}${zone}`;
}

/** `4` → `April`. */
export function monthName(month: number): string {
  return monthFormat.format(Date.UTC(2000, month - 1, 1));
}

/** A `<time>` element for a record date, marked when the date is an estimate. */
export function timeElement(iso: string, estimated = false, attributes: SafeHtml = html``): SafeHtml {
  return html`<time datetime="${iso}"${attributes}>${formatDate(iso)}</time>${
    estimated && html` <span class="estimate">(estimated)</span>`
  }`;
}

/** RFC 3339 for feeds and the sitemap; a local time without offset is published as UTC. */
export function toRfc3339(iso: string): string {
  const match = isoParts.exec(iso);
  if (!match) return iso;
  const [, year, month, day, hour = "00", minute = "00", offset = "Z"] = match;
  const seconds = /T\d{2}:\d{2}:(\d{2})/.exec(iso)?.[1] ?? "00";
  return `${year}-${month}-${day}T${hour}:${minute}:${seconds}${offset}`;
}
