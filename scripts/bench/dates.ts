import type { Random } from "./random.ts";

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;
const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

const firstDay = Date.UTC(2000, 0, 1);
const dayCount = (Date.UTC(2025, 0, 1) - firstDay) / 86_400_000;
const minute = 60_000;

/** A publication time uniform over 2000-01-01 … 2024-12-31, in the newsroom's hours (06:00–23:59). */
export function randomPublicationTime(random: Random): Date {
  const day = random.int(0, dayCount - 1);
  return new Date(firstDay + day * 86_400_000 + random.int(6 * 60, 24 * 60 - 1) * minute);
}

/** A later time within a few days, as when a story is updated. */
export function laterTime(random: Random, date: Date): Date {
  return new Date(date.getTime() + random.int(20, 3 * 24 * 60) * minute);
}

/** An earlier date within about a year, for related stories that preceded this one. */
export function earlierTime(random: Random, date: Date): Date {
  return new Date(date.getTime() - random.int(1, 365) * 86_400_000);
}

const pad = (value: number): string => String(value).padStart(2, "0");

export function monthName(date: Date): string {
  return monthNames[date.getUTCMonth()] ?? "";
}

export function weekdayName(date: Date): string {
  return weekdayNames[date.getUTCDay()] ?? "";
}

/** `2014-06-06` */
export function isoDay(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** `2014-06-06 02:55` */
export function isoMinute(date: Date): string {
  return `${isoDay(date)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** `April 14, 2015` */
export function longDate(date: Date): string {
  return `${monthName(date)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/** `Thursday, 02 March, 2017, 4:27pm` */
export function weekdayDateTime(date: Date): string {
  const hours = date.getUTCHours();
  const clock = `${hours % 12 === 0 ? 12 : hours % 12}:${pad(date.getUTCMinutes())}${hours < 12 ? "am" : "pm"}`;
  return `${weekdayName(date)}, ${pad(date.getUTCDate())} ${monthName(date)}, ${date.getUTCFullYear()}, ${clock}`;
}
