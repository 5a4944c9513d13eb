import { pickCountry } from "./countries.ts";
import { laterTime, longDate } from "./dates.ts";
import type { ArticleDraft } from "./draftArticle.ts";
import { headline, teaser } from "./headlines.ts";
import type { Random } from "./random.ts";
import { topics } from "./vocabulary/topics.ts";
import { Writer } from "./writer.ts";

/**
 * The page furniture scrapers keep after an article, in the shapes the real files show. Each item
 * is a block; the layout separates blocks with blank lines. Dates in here are never the article's.
 */
export function trailingBoilerplate(random: Random, draft: ArticleDraft): string[] {
  const kind = random.pickWeighted([
    ["none", 35],
    ["science-site", 25],
    ["newspaper", 15],
    ["blog", 15],
    ["related-only", 10],
  ] as const);
  switch (kind) {
    case "none":
      return [];
    case "science-site":
      return [
        `Explore further: ${draft.related[0]?.title ?? draft.title}`,
        ...relatedStories(draft),
        "Recommended for you",
        ...recommended(random, draft),
        "0 comments",
        "Please sign in to add a comment. Registration is free, and takes less than a minute. Read more",
        "Click here to reset your password.\nSign in to get notified via email when new comments are made.",
      ];
    case "newspaper":
      return ["Contact the writers at and", "Hot Topics"];
    case "blog":
      return [
        "Comments (0)",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "\n  • Favorite list is empty.\nFavoriteLoadingClear favorites",
        "Your favorite posts saved to your browsers cookies. If you clear cookies also favorite posts will be deleted.",
      ];
    case "related-only":
      return relatedStories(draft);
  }
}

/** `Related Stories`, then headline / date / teaser triples, each its own block. */
function relatedStories(draft: ArticleDraft): string[] {
  return [
    "Related Stories",
    ...draft.related.flatMap((story) => [story.title, longDate(story.date), story.teaser]),
  ];
}

/** Stories on other subjects from when the page was scraped, years after the article itself. */
function recommended(random: Random, draft: ArticleDraft): string[] {
  const scraped = laterTime(random, new Date(draft.published.getTime() + random.int(30, 900) * 86_400_000));
  return Array.from({ length: random.int(3, 4) }, () => {
    const focus = pickCountry(random);
    const w = new Writer(random, random.pick(topics), focus, [], scraped);
    return [headline(w), longDate(scraped), teaser(w)];
  }).flat();
}
