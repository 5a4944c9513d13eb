/** The current day in UTC, `YYYY-MM-DD`: what the parser takes as today when run now. */
export function currentDay(): string {
  return new Date().toISOString().slice(0, 10);
}
