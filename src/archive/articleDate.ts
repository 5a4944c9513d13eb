const isoPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

export interface ArticleDateParts {
  year: number;
  /** 1–12. */
  month: number;
  /** Milliseconds for ordering; a local time without offset counts as UTC so order never depends on the machine. */
  instant: number;
}

/** Reads the year, month and ordering instant of an ISO date or local date-time from a record. */
export function articleDateParts(iso: string): ArticleDateParts {
  const match = isoPattern.exec(iso);
  if (!match) throw new TypeError(`not an ISO 8601 date: ${iso}`);
  const [, year = "", month = "", day = "", hour = "00", minute = "00", second = "00", offset = "Z"] = match;
  const instant = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
  if (Number.isNaN(instant)) throw new TypeError(`not a calendar date: ${iso}`);
  return { year: Number(year), month: Number(month), instant };
}
