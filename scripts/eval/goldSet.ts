import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { parseArticle } from "../../src/ingest/index.ts";
import { type DocumentScore, type GoldEntity, scoreDocument } from "./scoreEntities.ts";

/** The hand-annotated articles; see the README beside them for the guidelines. */
export const goldFolder = path.join(import.meta.dirname, "../../tests/fixtures/entities-gold");

interface GoldArticle {
  file: string;
  people: GoldEntity[];
  organizations: GoldEntity[];
}

export interface ArticleScores {
  file: string;
  people: DocumentScore;
  organizations: DocumentScore;
}

/** A fixed day, so the scores never change with the calendar. */
const readOn = "2026-12-02";

/** Parses every gold article and scores the people and organisations found against its annotations. */
export async function scoreGoldSet(): Promise<ArticleScores[]> {
  const gold = JSON.parse(await readFile(path.join(goldFolder, "gold.json"), "utf8")) as {
    articles: GoldArticle[];
  };
  const files = new Set(await readdir(path.join(goldFolder, "articles")));
  return Promise.all(
    gold.articles.map(async (article) => {
      if (!files.has(article.file))
        throw new Error(`gold.json names ${article.file}, which is not in articles/`);
      const record = parseArticle({
        bytes: await readFile(path.join(goldFolder, "articles", article.file)),
        sourcePath: article.file,
        today: readOn,
      });
      return {
        file: article.file,
        people: scoreDocument(
          article.people,
          record.people.map((person) => person.name),
        ),
        organizations: scoreDocument(
          article.organizations,
          record.organizations.map((organization) => organization.name),
        ),
      };
    }),
  );
}
