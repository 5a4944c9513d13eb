import type { YearCount } from "../../src/archive/index.ts";
import { html, type SafeHtml } from "./html.ts";

export interface BarChartOptions {
  /** Unique within the page, for the chart's ARIA references. */
  id: string;
  /** What is counted, e.g. `Articles mentioning China per year`. */
  caption: string;
}

const barWidth = 28;
const gap = 6;
const plotHeight = 100;
const labelHeight = 18;

/**
 * A bar chart of counts per year drawn at build time as inline SVG, so it needs no script or network.
 * The caption and the spoken summary carry the same numbers as text.
 */
export function barChart(data: readonly YearCount[], options: BarChartOptions): SafeHtml {
  if (data.length === 0) return html``;
  const max = Math.max(...data.map((point) => point.count), 1);
  const width = data.length * (barWidth + gap) + gap;
  const height = plotHeight + labelHeight * 2;
  const labelEvery = Math.ceil(data.length / 12);
  const summary = data.map((point) => `${point.year}: ${point.count}`).join(", ");
  const bars = data.map((point, index) => {
    const barHeight = point.count === 0 ? 0 : Math.max(2, Math.round((point.count / max) * plotHeight));
    const x = gap + index * (barWidth + gap);
    const y = labelHeight + plotHeight - barHeight;
    const showLabel = index % labelEvery === 0 || index === data.length - 1;
    return html`<rect class="chart-bar" x="${x}" y="${y}" width="${barWidth}" height="${barHeight}"><title>${point.year}: ${point.count}</title></rect>
<text class="chart-count" x="${x + barWidth / 2}" y="${y - 4}" text-anchor="middle">${point.count || ""}</text>
${showLabel && html`<text class="chart-label" x="${x + barWidth / 2}" y="${height - 4}" text-anchor="middle">${point.year}</text>`}`;
  });
  return html`<figure class="chart">
  <svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${options.id}-title" focusable="false">
    <title id="${options.id}-title">${options.caption}: ${summary}</title>
    <line class="chart-axis" x1="0" x2="${width}" y1="${labelHeight + plotHeight + 0.5}" y2="${labelHeight + plotHeight + 0.5}"></line>
    ${bars}
  </svg>
  <figcaption>${options.caption}. ${summary}.</figcaption>
</figure>`;
}
