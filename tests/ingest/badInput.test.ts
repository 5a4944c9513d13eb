import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { cp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { before, describe, it } from "node:test";
import { type IngestResult, ingestFolder } from "../../src/ingest/index.ts";
import { tempFolder } from "../support/tempFolder.ts";

/** One file per kind of bad input; the largest cases are made here instead of being committed. */
const fixtures = path.join(import.meta.dirname, "../fixtures/bad-input");

const refused: Record<string, string> = {
  "empty.txt": "file is empty: an article needs a headline and a body",
  "whitespace-only.txt": "file is empty: an article needs a headline and a body",
  "image-named-txt.txt": "file is binary, not text (an image or document saved with a text name?)",
  "nul-bytes.txt": "file is binary, not text (an image or document saved with a text name?)",
  "utf-16-no-bom.txt": "text looks like UTF-16 without a byte-order mark; save the file as UTF-8",
  "too-large.txt": "file is 10485761 bytes, over the 10485760-byte limit for one article",
  "broken-yaml.md:5":
    "front matter is not valid YAML: unexpected end of the stream within a double quoted scalar",
  "title-is-a-number.md:2": "title: 123 has the wrong type (expected string)",
  "impossible-date.md:3":
    'published: "2015-13-45" is not a date (write it as 2015-04-14 or 2015-04-14T09:30)',
  "unknown-country.md:3": 'countries: "XX" is not an ISO 3166-1 alpha-2 country code (such as CN or DE)',
  "future-date.md:3": 'published: "2999-01-01" is in the future',
  "headline-2000-characters.md:2":
    'title: "Very long headline Very long headline Very long headline… is longer than 300 characters: a headline, not a paragraph',
  "unsafe-id.md:3": 'id: "../../search" must be lower-case letters, digits and hyphens',
  "link-outside.txt": "is a symbolic link, which is not followed: copy the article into the folder",
};

const accepted: Record<string, { title: string; text?: string }> = {
  "windows-1252.txt": {
    title: "Café owners fear “tourist tax” in Paris",
    text: "Owners of cafés said the levy was – in their words – unfair.",
  },
  "iso-8859-1.txt": {
    title: "München fair draws récord crowds",
    text: "Visitors came from Österreich and España.",
  },
  "utf-16-bom.txt": { title: "Zürich bank fined" },
  "utf-8-bom.txt": { title: "São Paulo metro strike ends" },
  "control-characters.txt": {
    title: "Storm hits the coast",
    text: "Winds of 150 km/h were recorded overnight.",
  },
  "cr-only-line-endings.txt": {
    title: "Old Mac file survives",
    text: "Its lines end with carriage returns only.",
  },
  "one-line-of-100000-characters.txt": { title: "one line of 100000 characters" },
  "name with spaces and accents é.txt": { title: "Spaces in a file name are fine" },
  "emoji 🗞️ news.txt": { title: "Emoji in a file name are fine" },
  "shell $(rm -rf ~) ; `id` & | name.txt": { title: "Shell metacharacters in a file name are harmless" },
};

let contentDir: string;
let result: IngestResult;
const hashesBefore = new Map<string, string>();

async function hashFolder(folder: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of await readdir(folder)) {
    const bytes = await readFile(path.join(folder, name)).catch(() => Buffer.from("unreadable"));
    hashes.set(name, createHash("sha256").update(bytes).digest("hex"));
  }
  return hashes;
}

before(async () => {
  const root = await tempFolder("bad-input");
  contentDir = path.join(root, "content");
  await cp(fixtures, contentDir, { recursive: true });
  await writeFile(path.join(contentDir, "too-large.txt"), Buffer.alloc(10 * 1024 * 1024 + 1, "a"));
  await writeFile(
    path.join(contentDir, "one-line-of-100000-characters.txt"),
    `${"lorem ipsum ".repeat(8333)}end.`,
  );
  await writeFile(path.join(root, "outside.txt"), "A secret outside the folder\n\nNot to be published.\n");
  await symlink(path.join(root, "outside.txt"), path.join(contentDir, "link-outside.txt"));
  for (const [name, hash] of await hashFolder(contentDir)) hashesBefore.set(name, hash);
  result = await ingestFolder(contentDir);
});

describe("a folder of bad input", () => {
  it("should name every refused file, with its line where there is one, in one run", () => {
    const reported = Object.fromEntries(
      result.problems.map((problem) => [
        `${problem.sourcePath}${problem.line === undefined ? "" : `:${problem.line}`}`,
        problem.detail,
      ]),
    );
    assert.deepEqual(reported, refused);
  });

  for (const [name, expected] of Object.entries(accepted)) {
    it(`should read ${name} faithfully`, () => {
      const record = result.records.find((candidate) => candidate.sourcePath === name);
      assert.ok(record, `${name} was not accepted`);
      assert.equal(record.title, expected.title);
      if (expected.text !== undefined) assert.equal(record.text, expected.text);
      assert.doesNotMatch(record.text, /\uFFFD/, "no replacement characters");
    });
  }

  it("should account for every file: accepted or named as refused", async () => {
    const names = await readdir(contentDir);
    assert.equal(result.records.length + result.problems.length, names.length);
  });

  it("should not follow the link out of the folder", () => {
    assert.ok(!result.records.some((record) => record.text.includes("secret")));
  });

  it("should leave every input file as it was", async () => {
    assert.deepEqual(await hashFolder(contentDir), hashesBefore);
  });
});
