import { type Paging, paginate, rowsPerPage } from "./pagination.ts";
import type { ArticleSummary } from "./types.ts";

/** A run of consecutive articles under one heading: a year, a month, or none. */
export interface ListSection {
  /** Fragment id of the heading, unique within a page, e.g. `year-2014`. */
  id: string;
  label: string;
  articles: ArticleSummary[];
}

/** A link from any page of a list to the page where a section begins. */
export interface ListJump {
  id: string;
  label: string;
  /** Articles in the whole section, across pages. */
  count: number;
  /** The page holding the section's first article. */
  page: number;
}

export interface ArticleListPage {
  paging: Paging;
  sections: ListSection[];
}

export interface PagedArticles {
  pages: ArticleListPage[];
  /** Every section in list order. */
  jumps: ListJump[];
}

export type SectionOf = (article: ArticleSummary) => { id: string; label: string };

/** Groups a page's articles into runs of the same section; lists are sorted, so each section is one run. */
function sectionsOf(articles: readonly ArticleSummary[], sectionOf: SectionOf): ListSection[] {
  const sections: ListSection[] = [];
  for (const article of articles) {
    const { id, label } = sectionOf(article);
    const last = sections.at(-1);
    if (last?.id === id) last.articles.push(article);
    else sections.push({ id, label, articles: [article] });
  }
  return sections;
}

/** Cuts a sorted list into pages of `size` rows, each grouped by section, with a jump to every section's start. */
export function pageArticles(
  articles: readonly ArticleSummary[],
  base: string,
  sectionOf: SectionOf,
  size = rowsPerPage,
): PagedArticles {
  const chunks = paginate(articles, size);
  const pages = chunks.map((chunk, index) => ({
    paging: { base, number: index + 1, count: chunks.length },
    sections: sectionsOf(chunk, sectionOf),
  }));
  const jumps = new Map<string, ListJump>();
  for (const page of pages) {
    for (const section of page.sections) {
      const jump = jumps.get(section.id);
      if (jump) jump.count += section.articles.length;
      else
        jumps.set(section.id, {
          id: section.id,
          label: section.label,
          count: section.articles.length,
          page: page.paging.number,
        });
    }
  }
  return { pages, jumps: [...jumps.values()] };
}

/** Sections by year of publication, undated articles last under their own heading. */
export const byYear: SectionOf = (article) => {
  const year = article.published?.slice(0, 4);
  return year === undefined ? { id: "undated", label: "Undated" } : { id: `year-${year}`, label: year };
};
