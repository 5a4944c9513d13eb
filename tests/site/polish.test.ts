import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseHTML } from "linkedom";
import { formatDate } from "../../layouts/_includes/dates.ts";
import { render as renderCountry } from "../../layouts/country.11ty.ts";
import { render as renderEntity } from "../../layouts/entity.11ty.ts";
import { render as renderHome } from "../../layouts/index.11ty.ts";
import { buildArchive } from "../../src/archive/index.ts";
import { resolveSiteConfig } from "../../src/site/siteConfig.ts";
import { makeRecord } from "../support/makeRecord.ts";
import { texts } from "../support/readSite.ts";

const site = resolveSiteConfig({}, {});
const person = { name: "Jo Smith", slug: "jo-smith", mentions: 2 };
const archive = buildArchive([
  makeRecord({
    slug: "newer",
    title: "Newer",
    published: "2025-01-02T00:00-05:00",
    countries: ["CN"],
    extra: { people: [person] },
  }),
  makeRecord({
    slug: "older",
    title: "Older",
    published: "2014-06-06T16:27",
    countries: ["DE"],
    extra: { people: [person] },
  }),
]);

const page = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The home page of an archive as big as the one that showed `10001 articles`. */
function bigHome(): Document {
  const [first] = archive.articles;
  assert.ok(first);
  return page(
    renderHome({
      archive: { ...archive, articles: Array.from({ length: 10_001 }, () => first) },
      articlePages: [],
      entityPages: [],
      search: { shards: [] } as never,
      site,
      page: { url: "/" },
    }),
  );
}

describe("polish a reader sees", () => {
  it("should write counts with thousands separators", () => {
    assert.match(texts(bigHome(), ".lede")[0] ?? "", /^10,001 articles published from /);
  });

  it("should write the counts of list pages with thousands separators too", () => {
    const [countryPage] = archive.countryPages;
    const [first] = archive.articles;
    assert.ok(countryPage && first);
    const big = { ...countryPage.country, articles: Array.from({ length: 4_290 }, () => first.summary) };
    const countryHtml = page(
      renderCountry({ countryPage: { ...countryPage, country: big }, site } as Parameters<
        typeof renderCountry
      >[0]),
    );
    assert.match(texts(countryHtml, ".lede")[0] ?? "", /^4,290 articles mention /);
  });

  it("should show a midnight time as the day alone, whatever its offset, and other times as written", () => {
    assert.equal(formatDate("2025-01-02T00:00-05:00"), "2 January 2025");
    assert.equal(formatDate("2025-01-02T00:00:00Z"), "2 January 2025");
    assert.equal(formatDate("2025-01-02"), "2 January 2025");
    assert.equal(formatDate("2017-03-02T16:27"), "2 March 2017, 16:27");
    assert.equal(formatDate("2016-03-24T09:30+13:00"), "24 March 2016, 09:30 UTC+13:00");
    assert.equal(
      texts(bigHome(), ".lede")[0],
      "10,001 articles published from 6 June 2014, 16:27 to 2 January 2025, mentioning 2 countries.",
    );
  });

  it("should give the home page's two search landmarks different names", () => {
    const home = bigHome();
    const names = Array.from(home.querySelectorAll("[role=search]"), (form) => {
      const label = home.getElementById(form.getAttribute("aria-labelledby") ?? "");
      return label?.textContent ?? "";
    });
    assert.deepEqual(names, ["Search the archive", "Search every article"]);
  });

  it("should link People and Organizations from the main navigation, marking the section of a person's page", () => {
    const [entityPage] = archive.entityPages;
    assert.ok(entityPage);
    assert.equal(entityPage.entity.kind, "person");
    const personPage = page(renderEntity({ entityPage, site } as Parameters<typeof renderEntity>[0]));
    const links = Array.from(personPage.querySelectorAll("nav[aria-label=Main] a"), (link) => [
      link.textContent,
      link.getAttribute("href"),
      link.getAttribute("aria-current"),
    ]);
    assert.deepEqual(links, [
      ["Latest", "/", null],
      ["Countries", "/countries/", null],
      ["People", "/people/", "page"],
      ["Organizations", "/organizations/", null],
      ["Timeline", "/timeline/", null],
      ["Search", "/search/", null],
    ]);
  });
});
