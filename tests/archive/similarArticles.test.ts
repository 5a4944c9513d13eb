import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildArchive } from "../../src/archive/index.ts";
import { makeRecord } from "../support/makeRecord.ts";

const topics = {
  whaling: "Whaling fleets harpoon minke whales off the coast while conservationists protest whaling quotas",
  chips:
    "Semiconductor fabs expand wafer production as chip shortages squeeze carmakers and semiconductor exports",
  wheat: "Wheat harvest falls as drought scorches farms and grain exporters raise wheat prices",
};

/** Articles on three topics, ten each, with different countries, so only words can tell them apart. */
const records = Object.entries(topics).flatMap(([topic, text], topicIndex) =>
  Array.from({ length: 10 }, (_, index) =>
    makeRecord({
      slug: `${topic}-${index}`,
      title: `${topic} report ${index}`,
      published: `20${10 + index}-0${topicIndex + 1}-15`,
      countries: [["CN", "US", "DE", "FR", "GB"][index % 5] ?? "CN"],
      extra: { text: `${text}. Report number ${index} adds filler words about the weather and markets.` },
    }),
  ),
);
const archive = buildArchive(records);

describe("related articles", () => {
  it("should list at most five, all on the article's own topic, never itself", () => {
    for (const article of archive.articles) {
      const topic = article.summary.slug.split("-")[0];
      assert.ok(article.similar.length > 0 && article.similar.length <= 5, article.summary.slug);
      for (const similar of article.similar) {
        assert.equal(similar.slug.split("-")[0], topic, `${article.summary.slug} → ${similar.slug}`);
        assert.notEqual(similar.slug, article.summary.slug);
      }
    }
  });

  it("should relate articles that share a person and a country as well as those that share words", () => {
    const withEntities = buildArchive([
      makeRecord({
        slug: "a",
        title: "a",
        countries: ["DE"],
        extra: {
          text: "Talks on trade tariffs",
          people: [{ name: "Angela Merkel", slug: "angela-merkel", mentions: 2 }],
        },
      }),
      makeRecord({
        slug: "b",
        title: "b",
        countries: ["DE"],
        extra: {
          text: "Talks on fishing quotas",
          people: [{ name: "Angela Merkel", slug: "angela-merkel", mentions: 1 }],
        },
      }),
      makeRecord({ slug: "c", title: "c", countries: ["BR"], extra: { text: "Talks on trade tariffs" } }),
      makeRecord({
        slug: "d",
        title: "d",
        countries: ["JP"],
        extra: { text: "Volcano erupts near villages" },
      }),
    ]);
    const a = withEntities.articles.find((article) => article.summary.slug === "a");
    assert.deepEqual(a?.similar.map((summary) => summary.slug).sort(), ["b", "c"]);
  });
});
