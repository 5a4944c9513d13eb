import type { MonthCount, YearCount } from "../../src/archive/index.ts";
import { monthName } from "./dates.ts";
import { html, type SafeHtml } from "./html.ts";

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
 * A bar chart of counts per year drawn at build time as inline SVG, so it needs no script or network.
 * The caption and the spoken summary carry the same numbers as text.
 */
export function barChart(data: readonly ChartPoint[], options: BarChartOptions): SafeHtml {
  if (data.length === 0) return html``;
  // Wide bars for a few years; for decades of months, bars narrow so the chart stays about a page wide.
  const barWidth = Math.max(2, Math.min(28, Math.floor(900 / data.length) - 1));
  const gap = Math.max(1, Math.round(barWidth / 5));
  const max = Math.max(...data.map((point) => point.count), 1);
  // Room either side for the first and last axis labels, which are centred on their bars.
  const margin = 16;
  const width = data.length * (barWidth + gap) + gap + 2 * margin;
  const height = plotHeight + labelHeight * 2;
  const labelled = data.filter((point) => point.axisLabel !== undefined).length;
  // Labels need about 40 units each; with more than fit, every nth is shown, the last always.
  const labelEvery = Math.max(1, Math.ceil((labelled * 40) / width));
  // Only the bars with articles are read out; many months of an archive have none.
  const counted = data.filter((point) => point.count > 0);
  const summary = `${counted.map((point) => `${point.name}: ${point.count}`).join(", ")}${
    counted.length < data.length ? "; none in the others" : ""
  }`;
  let labelIndex = 0;
  const bars = data.map((point, index) => {
    const barHeight = point.count === 0 ? 0 : Math.max(2, Math.round((point.count / max) * plotHeight));
    const x = margin + gap + index * (barWidth + gap);
    const y = labelHeight + plotHeight - barHeight;
    const showLabel =
      point.axisLabel !== undefined && (labelIndex++ % labelEvery === 0 || index === data.length - 1);
    // Counts above bars are legible only on wide bars; narrow ones carry theirs in the tooltip and summary.
    return html`<rect class="chart-bar" x="${x}" y="${y}" width="${barWidth}" height="${barHeight}"><title>${point.name}: ${point.count}</title></rect>
${barWidth >= 20 && html`<text class="chart-count" x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${point.count || ""}</text>`}
${showLabel && html`<text class="chart-label" x="${x + barWidth / 2}" y="${height - 4}" text-anchor="middle">${point.axisLabel}</text>`}`;
  });
  return html`<figure class="chart">
  <svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${options.id}-title" focusable="false">
    <title id="${options.id}-title">${options.caption}: ${summary}</title>
    <line class="chart-axis" x1="0" x2="${width}" y1="${labelHeight + plotHeight + 0.5}" y2="${labelHeight + plotHeight + 0.5}"></line>
    ${bars}
  </svg>
  <figcaption>${options.caption}. ${
    counted.length > longSummary
      ? html`<details><summary>The numbers</summary>${summary}.</details>`
      : `${summary}.`
  }</figcaption>
</figure>`;
}
