import { createRequire } from "node:module";
import { geoNaturalEarth1, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { worldCountries } from "../../src/ingest/countries/worldCountries.ts";
import { html, type SafeHtml } from "./html.ts";
import { countOf, formatCount } from "./numbers.ts";

export interface MapCountry {
  /** ISO 3166-1 alpha-2, as in the records. */
  code: string;
  name: string;
  count: number;
  href: string;
}

const width = 960;
const height = 480;
/** Colour steps above "no articles"; the legend names each step's range. */
const steps = 5;

interface CountryShape {
  code: string;
  path: string;
}

let shapes: CountryShape[] | undefined;

/**
 * Natural Earth's 1:110m countries (world-atlas), projected once per build. world-atlas names countries by
 * ISO 3166-1 numeric code; world-countries maps those to the alpha-2 codes the records use.
 */
function countryShapes(): CountryShape[] {
  if (shapes) return shapes;
  const topology = createRequire(import.meta.url)("world-atlas/countries-110m.json") as Topology<{
    countries: GeometryCollection;
  }>;
  const collection = feature(topology, topology.objects.countries);
  const alpha2ByNumeric = new Map(worldCountries.map((country) => [country.ccn3, country.cca2]));
  const projection = geoNaturalEarth1().fitSize([width, height], collection);
  const toPath = geoPath(projection).digits(1);
  shapes = collection.features.flatMap((shape: Feature<Geometry>) => {
    const code = alpha2ByNumeric.get(String(shape.id));
    const path = toPath(shape);
    return code && path ? [{ code, path }] : [];
  });
  return shapes;
}

/** Steps on a logarithmic scale: news coverage spans one article to thousands. */
function stepOf(count: number, max: number): number {
  if (count === 0) return 0;
  return Math.min(steps, 1 + Math.floor((steps * Math.log(count)) / Math.log(max + 1)));
}

function stepRanges(max: number): { step: number; from: number; to: number }[] {
  const ranges: { step: number; from: number; to: number }[] = [];
  for (let count = 1; count <= max; count++) {
    const step = stepOf(count, max);
    const last = ranges.at(-1);
    if (last?.step === step) last.to = count;
    else ranges.push({ step, from: count, to: count });
  }
  return ranges;
}

const plural = (count: number): string => countOf(count, "article", "articles");

/**
 * A world map drawn at build time as inline SVG, each country shaded by its article count and linked to its page.
 * It needs no script; the table beside it (`countryTable`) gives the same numbers as text.
 */
export function worldMap(countries: readonly MapCountry[], caption: string): SafeHtml {
  const byCode = new Map(countries.map((country) => [country.code, country]));
  const max = Math.max(1, ...countries.map((country) => country.count));
  const paths = countryShapes().map(({ code, path }) => {
    const country = byCode.get(code);
    if (!country) return html`<path class="map-step-0" d="${path}"></path>`;
    return html`<a href="${country.href}"><path class="map-step-${stepOf(country.count, max)}" d="${path}"><title>${country.name}: ${plural(country.count)}</title></path></a>`;
  });
  const drawn = new Set(countryShapes().map((shape) => shape.code));
  const undrawn = countries.filter((country) => !drawn.has(country.code)).map((country) => country.name);
  const legend = stepRanges(max).map(
    (range) =>
      html`<li><span class="map-swatch map-step-${range.step}" aria-hidden="true"></span>${range.from === range.to ? plural(range.from) : `${formatCount(range.from)}–${plural(range.to)}`}</li>`,
  );
  return html`<figure class="world-map">
  <svg viewBox="0 0 ${width} ${height}" role="group" aria-label="${caption}">
    ${paths}
  </svg>
  <figcaption>${caption}.${undrawn.length > 0 && ` Too small to draw at this scale: ${undrawn.join(", ")}.`} <ul class="map-legend">${legend}</ul></figcaption>
</figure>`;
}

/** The map's numbers as a table, most covered first. */
export function countryTable(countries: readonly MapCountry[], caption: string): SafeHtml {
  return html`<table class="country-table">
  <caption>${caption}</caption>
  <thead><tr><th scope="col">Country</th><th scope="col">Articles</th></tr></thead>
  <tbody>${countries.map(
    (country) => html`
    <tr><th scope="row"><a href="${country.href}">${country.name}</a></th><td>${formatCount(country.count)}</td></tr>`,
  )}
  </tbody>
</table>`;
}
