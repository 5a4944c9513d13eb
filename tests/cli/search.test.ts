import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { promisify } from "node:util";
import { buildSeedSite, type SeedSite } from "../support/seedSite.ts";

const bin = path.join(import.meta.dirname, "../../scripts/newsarchive.js");
let site: SeedSite;

async function search(
  ...args: string[]
): Promise<{ url: string; title: string; published: string | null }[]> {
  const { stdout } = await promisify(execFile)(process.execPath, [
    bin,
    "search",
    ...args,
    "--out",
    site.outDir,
    "--json",
  ]);
  return JSON.parse(stdout);
}

before(async () => {
  site = await buildSeedSite();
});
after(() => site.remove());

describe("newsarchive search", () => {
  it("should find seed 001 for encryption, with its date", async () => {
    const results = await search("encryption");
    assert.equal(results[0]?.title, "US 'aggressively' raising cybersecurity with China: official");
    assert.equal(results[0]?.published, "2015-04-14");
  });

  it("should keep to the country given by its ISO code", async () => {
    const results = await search("cyber", "--country", "DE");
    assert.deepEqual(results.map((result) => result.title).sort(), [
      "China lashes out at German ambassador over cyber security",
      "Vice-minister calls US cybersecurity gripes hypocritical",
    ]);
  });

  it("should keep to the year given", async () => {
    const results = await search("cyber", "--year", "2017");
    assert.deepEqual(
      results.map((result) => result.title),
      ["Forget the Great Firewall ... China is beefing up its ability to police all cyberspace"],
    );
  });

  it("should print title, date, URL and excerpt for people", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      bin,
      "search",
      "encryption",
      "--out",
      site.outDir,
    ]);
    assert.match(
      stdout,
      /^1\. US 'aggressively' raising cybersecurity with China: official\n {3}2015-04-14 · \/articles\/us-aggressively-[^\n]+\n {3}.*encryption keys/m,
    );
  });

  it("should end quietly when the reader closes the pipe, as `| head -3` does", async () => {
    const child = spawn(process.execPath, [bin, "search", "cyber", "--out", site.outDir], {
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 20_000,
    });
    // Closed before the first chunk arrives, so every write the command makes meets a closed pipe.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const [code] = await once(child, "close");
    assert.equal(stderr, "");
    assert.equal(code, 0);
  });

  it("should refuse at once a query longer than 64 words or 500 characters", async () => {
    const tooMany = Array.from({ length: 4000 }, () => "cyber").join(" ");
    const tooLong = "c".repeat(501);
    for (const [query, words, characters] of [
      [tooMany, 4000, 23_999],
      [tooLong, 1, 501],
    ] as const) {
      await assert.rejects(
        promisify(execFile)(process.execPath, [bin, "search", query, "--out", site.outDir]),
        {
          code: 1,
          stdout: "",
          stderr: `newsarchive: the query has ${words} words and ${characters} characters: search with at most 64 words and 500 characters\n`,
        },
      );
    }
  });
});
