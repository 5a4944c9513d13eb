import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { Countries } from "world-countries";
import worldCountries from "world-countries";
import { generateArticle, generateCorpus } from "../../scripts/bench/generateCorpus.ts";

interface CorpusFile {
  name: string;
  bytes: Buffer;
  text: string;
}

const scratch = mkdtempSync(path.join(tmpdir(), "newsarchive-corpus-"));
const count = 600;

function generateInto(
  name: string,
  seed: number,
): { dir: string; summary: ReturnType<typeof generateCorpus> } {
  const dir = path.join(scratch, name);
  return { dir, summary: generateCorpus({ count, seed, outDir: dir }) };
}

function readCorpus(dir: string): CorpusFile[] {
  return readdirSync(dir)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name));
      return { name, bytes, text: bytes.toString("utf8").replaceAll("\r\n", "\n") };
    });
}

/** Lines before the trailing boilerplate, where a scraped article's own words are. */
function articleLines(file: CorpusFile): string[] {
  const lines = file.text.split("\n");
  const end = lines.findIndex((line) =>
    /^(Explore further:|Related Stories$|Contact the writers|Comments \(0\))/.test(line),
  );
  return end === -1 ? lines : lines.slice(0, end);
}

/** Body words: body paragraphs end a sentence, while headlines, bylines, date lines and captions do not. */
function bodyWords(file: CorpusFile): number {
  return articleLines(file)
    .filter((line) => /[.?]["”_]?$/.test(line) && !line.startsWith("title:") && !/^(dek|summary):/.test(line))
    .reduce((sum, line) => sum + line.split(/\s+/).filter(Boolean).length, 0);
}

/** The year a file states for itself, found the way a parser would: front matter, file name, or date lines. */
function statedYear(file: CorpusFile): number | undefined {
  const frontMatter = /^(?:date|published): '?(\d{4})-/m.exec(file.text);
  if (frontMatter) return Number(frontMatter[1]);
  const fileName = /^(\d{4})-\d\d-\d\d/.exec(file.name);
  if (fileName) return Number(fileName[1]);
  for (const line of articleLines(file).slice(0, 10)) {
    const match =
      /^[A-Z][a-z]+ \d{1,2}, (\d{4})$/.exec(line) ??
      /Updated: (\d{4})-\d\d-\d\d \d\d:\d\d$/.exec(line) ??
      /^PUBLISHED : \w+, \d\d \w+, (\d{4}),/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}

/** Every way the text may name a country (name, demonym, capital, common short forms), longest first. */
const countryNames = new Map<string, string>([
  ["United States", "US"],
  ["US", "US"],
  ["U.S.", "US"],
  ["Washington", "US"],
  ["Britain", "GB"],
  ["UK", "GB"],
]);
for (const country of worldCountries as unknown as Countries) {
  for (const name of [country.name.common, country.demonyms.eng?.m, country.capital[0]]) {
    if (name && !countryNames.has(name)) countryNames.set(name, country.cca2);
  }
}
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const countryPattern = new RegExp(
  `(?<![\\w.])(${[...countryNames.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join("|")})(?![\\w])`,
  "g",
);

function countMentions(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name] of text.matchAll(countryPattern)) {
    const code = countryNames.get(name);
    if (code !== undefined) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return counts;
}

describe("generateCorpus", () => {
  let first: { dir: string; summary: ReturnType<typeof generateCorpus> };
  let files: CorpusFile[];

  before(() => {
    first = generateInto("seed-7", 7);
    files = readCorpus(first.dir);
  });
  after(() => rmSync(scratch, { recursive: true, force: true }));

  it("should write the requested number of files and report their total size", () => {
    assert.equal(files.length, count);
    assert.equal(first.summary.files, count);
    assert.equal(
      first.summary.bytes,
      files.reduce((sum, file) => sum + file.bytes.length, 0),
    );
  });

  it("should write byte-identical files for the same seed", () => {
    const again = readCorpus(generateInto("seed-7-again", 7).dir);
    assert.deepEqual(
      again.map((file) => file.name),
      files.map((file) => file.name),
    );
    for (const [i, file] of again.entries())
      assert.ok(file.bytes.equals(files[i]?.bytes ?? Buffer.alloc(0)), file.name);
  });

  it("should write different articles for a different seed", () => {
    const other = readCorpus(generateInto("seed-8", 8).dir);
    const texts = new Set(files.map((file) => file.text));
    assert.equal(other.filter((file) => texts.has(file.text)).length, 0);
  });

  it("should mix about 70% raw text with 30% Markdown with front matter", () => {
    const markdown = files.filter((file) => file.name.endsWith(".md"));
    const text = files.filter((file) => file.name.endsWith(".txt"));
    assert.equal(markdown.length + text.length, count);
    assert.ok(
      markdown.length / count > 0.25 && markdown.length / count < 0.35,
      `${markdown.length} Markdown`,
    );
    for (const file of markdown)
      assert.match(file.text, /^---\ntitle: '.+'\n(?:date|published): .+\n[\s\S]*?\n---\n\n/);
  });

  it("should give every article a body of 500 to 1,500 words, short and long ones alike", () => {
    const words = files.map(bodyWords);
    const outside = files.filter((_, i) => (words[i] ?? 0) < 500 || (words[i] ?? 0) > 1500);
    assert.deepEqual(
      outside.map((file) => `${file.name}: ${bodyWords(file)}`),
      [],
    );
    assert.ok(
      Math.min(...words) < 650 && Math.max(...words) > 1200,
      `from ${Math.min(...words)} to ${Math.max(...words)}`,
    );
  });

  it("should spread stated dates over every year from 2000 to 2024", () => {
    const years = new Set(files.map(statedYear).filter((year) => year !== undefined));
    assert.deepEqual(
      [...years].sort(),
      Array.from({ length: 25 }, (_, i) => 2000 + i),
    );
  });

  it("should leave some raw-text articles undated, with nothing in the text or the file name", () => {
    const undated = files.filter((file) => statedYear(file) === undefined);
    assert.ok(undated.length / count > 0.03 && undated.length / count < 0.2, `${undated.length} undated`);
    for (const file of undated) assert.match(file.name, /^\d{6}_[0-9a-f]{16}\.txt$/);
  });

  it("should state the date it reports for each article", () => {
    for (let index = 0; index < 50; index++) {
      const article = generateArticle(7, index);
      const file = {
        name: article.fileName,
        bytes: Buffer.alloc(0),
        text: article.content.replaceAll("\r\n", "\n"),
      };
      assert.equal(
        statedYear(file),
        article.published === undefined ? undefined : Number(article.published.slice(0, 4)),
      );
    }
  });

  it("should name files distinctly and safely, mostly like the seeds, some with an ISO date first", () => {
    assert.equal(new Set(files.map((file) => file.name.toLowerCase())).size, count);
    for (const file of files) assert.match(file.name, /^[A-Za-z0-9][A-Za-z0-9 _-]*(?:\.[a-z]+)$/);
    const seedLike = files.filter((file) => /^\d{6}_[0-9a-f]{16}\.(txt|md)$/.test(file.name));
    const datePrefixed = files.filter((file) => /^\d{4}-\d\d-\d\d(T000000Z)?[ -]/.test(file.name));
    assert.ok(seedLike.length > count * 0.6, `${seedLike.length} seed-like`);
    assert.ok(datePrefixed.length > count * 0.1, `${datePrefixed.length} date-prefixed`);
  });

  it("should vary the raw-text layouts as the real files do", () => {
    const text = files.filter((file) => file.name.endsWith(".txt")).map((file) => file.text);
    const share = (pattern: RegExp): number => text.filter((t) => pattern.test(t)).length / text.length;
    assert.ok(share(/^PUBLISHED : \w+, \d\d \w+, \d{4}, \d{1,2}:\d\d[ap]m\nUPDATED : /m) > 0.1);
    assert.ok(share(/^By [A-Z][\w-]+ [A-Z][\w ]+ \([^)]+\) Updated: \d{4}-\d\d-\d\d \d\d:\d\d$/m) > 0.05);
    assert.ok(share(/^(.+),\n\1, .+\n/m) > 0.05, "a caption cut off, then whole");
    assert.ok(share(/^[A-Z .'-]+(, [A-Z][\w ]+)? — /m) > 0.05, "a dateline");
    assert.ok(share(/^Related Stories\n\n.+\n\n[A-Z][a-z]+ \d{1,2}, \d{4}\n\n/m) > 0.1);
    assert.ok(share(/^(Comments \(0\)|Hot Topics|Recommended for you)$/m) > 0.2);
    const crlf = files.filter((file) => file.bytes.includes("\r\n")).length;
    assert.ok(crlf > 0 && crlf < count * 0.2, `${crlf} with CRLF`);
  });

  it("should mention a focus country several times and a few others once or twice", () => {
    const mentions = files.map((file) => [...countMentions(file.text).values()].sort((a, b) => b - a));
    const withFocus = mentions.filter((counts) => (counts[0] ?? 0) >= 3);
    const withOthers = mentions.filter((counts) => counts.length >= 2);
    assert.ok(withFocus.length > count * 0.95, `${withFocus.length} with a country named 3+ times`);
    assert.ok(withOthers.length > count * 0.6, `${withOthers.length} naming 2+ countries`);
    const focusCodes = new Map<string, number>();
    for (const file of files) {
      const [code] = [...countMentions(file.text)].sort((a, b) => b[1] - a[1])[0] ?? [];
      if (code !== undefined) focusCodes.set(code, (focusCodes.get(code) ?? 0) + 1);
    }
    const leading = [...focusCodes].sort((a, b) => b[1] - a[1]).slice(0, 4);
    assert.ok(
      leading.some(([code]) => code === "US") && leading.some(([code]) => code === "CN"),
      String(leading),
    );
    assert.ok(focusCodes.size > 60, `${focusCodes.size} different focus countries`);
  });

  it("should repeat a few headlines, as real archives do, but only a few", () => {
    const seen = new Set<string>();
    let repeats = 0;
    for (let index = 0; index < 3000; index++) {
      const { title } = generateArticle(3, index);
      if (seen.has(title)) repeats++;
      seen.add(title);
    }
    assert.ok(repeats >= 5 && repeats <= 45, `${repeats} of 3000 headlines repeat an earlier one`);
  });

  it("should keep both files when a repeated story gets the same name, adding the index to the later one", () => {
    // With seed 44, article 20 repeats article 12's headline and date, and both are named by them.
    assert.equal(generateArticle(44, 20).fileName, generateArticle(44, 12).fileName);
    const dir = path.join(scratch, "name-clash");
    generateCorpus({ count: 21, seed: 44, outDir: dir });
    const names = readdirSync(dir);
    assert.equal(names.length, 21);
    assert.ok(names.includes(generateArticle(44, 12).fileName));
    assert.ok(names.includes(generateArticle(44, 20).fileName.replace(/\.md$/, " 20.md")), names.join("\n"));
  });

  it("should refuse a folder that already holds files", () => {
    const dir = path.join(scratch, "not-empty");
    generateCorpus({ count: 1, outDir: dir });
    writeFileSync(path.join(dir, "extra.txt"), "x");
    assert.throws(() => generateCorpus({ count: 1, outDir: dir }), /is not empty/);
  });

  it("should report a bad option in one line and exit 1", () => {
    const script = path.join(import.meta.dirname, "../../scripts/bench/generateCorpus.ts");
    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", script, "--count", "ten", "--out", scratch],
      {
        encoding: "utf8",
      },
    );
    assert.equal(result.status, 1);
    assert.equal(result.stderr, 'generateCorpus: --count must be a whole number, not "ten"\n');
  });
});
