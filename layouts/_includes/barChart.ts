import type { MonthCount, YearCount } from "../../src/archive/index.ts";
import { monthName } from "./dates.ts";
import { html, type SafeHtml } from "./html.ts";
import { formatCount } from "./numbers.ts";

export interface BarChartOptions {
  /** Unique within the page, for the chart's ARIA references. */
  id: string;
  /** What is counted, e.g. `Articles mentioning China per year`. */
  caption: string;
}

/** One bar: its name in the summary, its axis label (if it gets one), and its count. */
export interface ChartPoint {
  name: string;
  axisLabel?: string;
  count: number;
}

const plotHeight = 100;
/** Past this many counts the caption folds them away; the chart's own text alternative keeps them all. */
const longSummary = 24;
const labelHeight = 18;
/**
 * The chart is as wide as its column and its text is never scaled, so it stays 12 px on any screen. Axis labels
 * and counts are spaced for the narrowest column (a phone) and, in a second tier shown only on wide screens
 * (lists.css), for a desktop column.
 */
const columnWidths = { narrow: 288, wide: 400 } as const;
/** Room one axis label or count needs, in pixels: `2024` or `1,234` at 12 px, with space around it. */
const textRoom = 44;

/** How many labels apart shown labels must be for `count` evenly spaced ones to fit in `width` pixels. */
const spacing = (count: number, width: number): number => Math.max(1, Math.ceil((count * textRoom) / width));

/**
 * Which labels each tier shows: every nth, counted back from the last. The narrow tier's n is a multiple of the
 * wide tier's, so a wide screen, which shows both, still sees evenly spaced labels.
 */
function labelTiers(count: number): {
  narrow: (position: number) => boolean;
  wide: (position: number) => boolean;
} {
  const wide = spacing(count, columnWidths.wide);
  const narrow = wide * Math.ceil(spacing(count, columnWidths.narrow) / wide);
  return {
    narrow: (position) => (count - 1 - position) % narrow === 0,
    wide: (position) => (count - 1 - position) % wide === 0,
  };
}

/** `narrow` when it fits on every screen, `wide` when only on wide ones, undefined when on none. */
function fitTier(fitsNarrow: boolean, fitsWide: boolean): "narrow" | "wide" | undefined {
  return fitsNarrow ? "narrow" : fitsWide ? "wide" : undefined;
}

/** A percentage for an SVG attribute, rounded so pages stay small. */
const percent = (value: number): string => `${Math.round(value * 1000) / 1000}%`;

export function yearPoints(coverage: readonly YearCount[]): ChartPoint[] {
  return coverage.map((point) => ({
    name: String(point.year),
    axisLabel: String(point.year),
    count: point.count,
  }));
}

/** Months, with the year as the axis label at each January (or the first month). */
export function monthPoints(months: readonly MonthCount[]): ChartPoint[] {
  return months.map((point, index) => ({
    name: `${monthName(point.month)} ${point.year}`,
    ...(point.month === 1 || index === 0 ? { axisLabel: String(point.year) } : {}),
    count: point.count,
  }));
}

/**
 * A bar chart of counts per year or month drawn at build time as inline SVG, so it needs no script or network.
 * Bars are placed in percentages of the chart's width, without a viewBox, so the text is not shrunk with them.
 * The caption and the spoken summary carry the same numbers as text.
 */
export function barChart(data: readonly ChartPoint[], options: BarChartOptions): SafeHtml {
  if (data.length === 0) return html``;
  const slot = 100 / data.length;
  const gap = slot / 5;
  const max = Math.max(...data.map((point) => point.count), 1);
  const height = plotHeight + labelHeight * 2;
  const labelled = data.flatMap((point, index) => (point.axisLabel === undefined ? [] : [index]));
  const labelPosition = new Map(labelled.map((index, position) => [index, position]));
  const labelFits = labelTiers(labelled.length);
  const countsFit = {
    narrow: (data.length * textRoom) / columnWidths.narrow <= 1,
    wide: (data.length * textRoom) / columnWidths.wide <= 1,
  };
  // Only the bars with articles are read out; many months of an archive have none.
  const counted = data.filter((point) => point.count > 0);
  const summary = `${counted.map((point) => `${point.name}: ${formatCount(point.count)}`).join(", ")}${
    counted.length < data.length ? "; none in the others" : ""
  }`;
  const bars = data.map((point, index) => {
    const barHeight = point.count === 0 ? 0 : Math.max(2, Math.round((point.count / max) * plotHeight));
    const left = index * slot + gap / 2;
    const y = labelHeight + plotHeight - barHeight;
    // The first and last labels are anchored at their bar's outer edge, so they are never cut off.
    const anchor = index === 0 ? "start" : index === data.length - 1 ? "end" : "middle";
    const x = anchor === "start" ? left : anchor === "end" ? left + slot - gap : left + (slot - gap) / 2;
    const position = labelPosition.get(index);
    const labelTier =
      position === undefined ? undefined : fitTier(labelFits.narrow(position), labelFits.wide(position));
    const countTier = point.count > 0 ? fitTier(countsFit.narrow, countsFit.wide) : undefined;
    return html`<rect class="chart-bar" x="${percent(left)}" y="${y}" width="${percent(slot - gap)}" height="${barHeight}"><title>${point.name}: ${formatCount(point.count)}</title></rect>
${countTier && html`<text class="chart-count chart-${countTier}" x="${percent(x)}" y="${y - 4}" text-anchor="${anchor}">${formatCount(point.count)}</text>`}
${labelTier && html`<text class="chart-label chart-${labelTier}" x="${percent(x)}" y="${height - 4}" text-anchor="${anchor}">${point.axisLabel}</text>`}`;
  });
  return html`<figure class="chart">
  <svg width="100%" height="${height}" role="img" aria-labelledby="${options.id}-title" focusable="false">
    <title id="${options.id}-title">${options.caption}: ${summary}</title>
    <line class="chart-axis" x1="0" x2="100%" y1="${labelHeight + plotHeight + 0.5}" y2="${labelHeight + plotHeight + 0.5}"></line>
    ${bars}
  </svg>
  <figcaption>${options.caption}. ${
    counted.length > longSummary
      ? html`<details><summary>The numbers</summary>${summary}.</details>`
      : `${summary}.`
  }</figcaption>
</figure>`;
}
