import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { readPage } from "../support/readSite.ts";
import { seedContentDir } from "../support/seedSite.ts";

const bin = path.join(import.meta.dirname, "../../scripts/newsarchive.js");

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd`, where it looks for newsarchive.config.json. */
async function newsarchive(cwd: string, ...args: string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let work: string;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), "newsarchive-config-"));
});
after(() => rm(work, { recursive: true, force: true }));

describe("the owner's config file", () => {
  it("should set the site's name, description, language and URL, let options override it, and lay the owner's layouts over the built-in ones", async () => {
    const folder = path.join(work, "owned");
    await cp(seedContentDir, path.join(folder, "content"), { recursive: true });
    await mkdir(path.join(folder, "my-layouts/assets"), { recursive: true });
    await writeFile(
      path.join(folder, "my-layouts/404.11ty.ts"),
      'export const data = { permalink: "404.html" };\nexport function render(): string {\n  return "<!doctype html><title>Lost</title><p>Our own missing page</p>";\n}\n',
    );
    await writeFile(path.join(folder, "my-layouts/assets/print.css"), "body { color: black; }\n");
    await writeFile(
      path.join(folder, "newsarchive.config.json"),
      JSON.stringify({
        title: "Die Chronik",
        description: "Nachrichten seit 2010.",
        language: "de",
        siteUrl: "https://file.example.org",
        layoutsDir: "my-layouts",
      }),
    );
    const run = await newsarchive(folder, "build", "--site-url", "https://flag.example.org");
    assert.equal(run.code, 0, run.stderr);
    assert.doesNotMatch(run.stderr, /warning/);
    const site = path.join(folder, "_site");
    const home = await readPage(site, "/");
    assert.equal(home.documentElement.getAttribute("lang"), "de");
    assert.equal(home.querySelector("title")?.textContent, "Die Chronik");
    assert.equal(
      home.querySelector('meta[name="description"]')?.getAttribute("content"),
      "Nachrichten seit 2010.",
    );
    assert.equal(
      home.querySelector('link[rel="canonical"]')?.getAttribute("href"),
      "https://flag.example.org/",
    );
    const feed = await readFile(path.join(site, "feed.xml"), "utf8");
    assert.match(
      feed,
      /<feed [^>]*xml:lang="de">\s*<title>Die Chronik<\/title>\s*<subtitle>Nachrichten seit 2010\.<\/subtitle>/,
    );
    assert.match(await readFile(path.join(site, "404.html"), "utf8"), /Our own missing page/);
    assert.equal(await readFile(path.join(site, "assets/print.css"), "utf8"), "body { color: black; }\n");
    // A built-in file the owner did not replace is still there.
    assert.match(await readFile(path.join(site, "assets/base.css"), "utf8"), /\S/);
  });

  it("should let check accept a slug repeated on another day when the permalink has the date", async () => {
    const folder = path.join(work, "dated");
    await mkdir(path.join(folder, "content"), { recursive: true });
    for (const [file, date] of [
      ["a.md", "2019-03-01"],
      ["b.md", "2020-04-01"],
    ]) {
      const text = `---\nslug: weekly-update\ntitle: Update of ${date}\ndate: ${date}\n---\n\nNews.\n`;
      await writeFile(path.join(folder, "content", file ?? ""), text);
    }
    const strict = await newsarchive(folder, "check");
    assert.equal(strict.code, 1);
    assert.match(strict.stderr, /b\.md: slug "weekly-update" is already the URL of a\.md/);
    await writeFile(
      path.join(folder, "newsarchive.config.json"),
      JSON.stringify({ permalink: "/:year/:slug/" }),
    );
    const dated = await newsarchive(folder, "check");
    assert.equal(dated.code, 0, dated.stderr);
    assert.match(dated.stdout, /^2 articles valid, 0 with problems/);
  });

  it("should warn on one line when a build has no site URL", async () => {
    const folder = path.join(work, "bare");
    await mkdir(path.join(folder, "content"), { recursive: true });
    const run = await newsarchive(folder, "build");
    assert.equal(run.code, 0, run.stderr);
    const warnings = run.stderr.split("\n").filter((line) => line.includes("warning"));
    assert.deepEqual(warnings, [
      "warning: no site URL given (--site-url, or siteUrl in the config file): canonical links, feeds and the sitemap use http://localhost:8080",
    ]);
  });

  it("should refuse a bad config file in one line naming the file and the field", async () => {
    const folder = path.join(work, "bad");
    await mkdir(path.join(folder, "content"), { recursive: true });
    const cases: [string, string, RegExp][] = [
      ["wrong-type.json", JSON.stringify({ title: 7 }), /^newsarchive: wrong-type\.json: title: .+\n$/],
      ["typo.json", JSON.stringify({ titel: "x" }), /^newsarchive: typo\.json: titel: is not a setting\n$/],
      [
        "language.json",
        JSON.stringify({ language: "english!" }),
        /^newsarchive: language\.json: language: must be a language tag/,
      ],
      [
        "permalink.json",
        JSON.stringify({ permalink: "/:slug/" }),
        /^newsarchive: permalink\.json: permalink: must begin with text or :year/,
      ],
      [
        "layouts.json",
        JSON.stringify({ layoutsDir: "nowhere" }),
        /^newsarchive: layouts\.json: layoutsDir: no such folder .*nowhere\n$/,
      ],
      ["broken.json", "{ title: ", /^newsarchive: broken\.json: not valid JSON/],
    ];
    for (const [file, text, expected] of cases) {
      await writeFile(path.join(folder, file), text);
      const run = await newsarchive(folder, "build", "--config", file);
      assert.equal(run.code, 1, file);
      assert.match(run.stderr, expected);
      assert.equal(run.stderr.trim().split("\n").length, 1, run.stderr);
    }
    const missing = await newsarchive(folder, "serve", "--config", "nowhere.json");
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^newsarchive: nowhere\.json: cannot read the config file \(ENOENT\)\n$/);
  });
});
