import * as chrono from "chrono-node";

/** Any date before the first daily newspapers is a typo, not an archive entry. */
const earliestYear = 1600;
const reference = new Date(Date.UTC(2000, 0, 1));

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)? ?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Reads a date written by a person or a scraper (`April 14, 2015`, `Thursday, 02 March, 2017, 4:27pm`,
 * `2014-06-06 02:55`) as ISO 8601, keeping the precision the text gives: a date, or a local date-time.
 * Returns undefined when the text is not (mostly) a date.
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  const iso = parseIsoDate(trimmed);
  if (iso !== undefined) return iso;
  const [result] = chrono.en.strict.parse(trimmed, reference);
  if (!result || result.text.length < trimmed.length * 0.6) return undefined;
  const { start } = result;
  if (!start.isCertain("year") || !start.isCertain("month") || !start.isCertain("day")) return undefined;
  const year = start.get("year") ?? 0;
  if (year < earliestYear) return undefined;
  const day = formatDay(year, start.get("month") ?? 1, start.get("day") ?? 1);
  if (!start.isCertain("hour")) return day;
  const time = `${pad(start.get("hour") ?? 0)}:${pad(start.get("minute") ?? 0)}`;
  const offset = start.get("timezoneOffset");
  return `${day}T${time}${offset === null || offset === undefined ? "" : formatOffset(offset)}`;
}

/** Reads a strict ISO 8601 date or date-time, rejecting impossible calendar dates such as 2015-02-30. */
export function parseIsoDate(text: string): string | undefined {
  const match = isoPattern.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (!isRealDay(Number(year), Number(month), Number(day))) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined || minute === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return undefined;
  const seconds = second === undefined || second === "00" ? "" : `:${second}`;
  const offset = zone === undefined ? "" : zone === "Z" ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return `${date}T${hour}:${minute}${seconds}${offset}`;
}

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= earliestYear && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** Whether an ISO date or date-time falls on a later day than `day` (`YYYY-MM-DD`), ignoring offsets. */
export function isAfterDay(iso: string, day: string): boolean {
  return iso.slice(0, 10) > day;
}
