import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import type { ArticleRecord } from "../../src/ingest/index.ts";
import { type DevHarness, startDevHarness } from "./devHarness.ts";
import { type EventStream, openEventStream } from "./eventStream.ts";

const buildTimeoutMs = 60_000;
const headline = "Kenya and Germany sign a cyber security pact";
const newArticle = `${headline}

March 3, 2016

NAIROBI — Kenya and Germany signed an agreement on Thursday to share warnings about attacks on banks, the first such pact between a European and an East African government.

German officials said the deal would help Kenyan banks defend against ransomware.
`;

let dev: DevHarness;
let events: EventStream;

async function fetchText(sitePath: string): Promise<{ status: number; body: string }> {
  const response = await fetch(dev.url(sitePath));
  return { status: response.status, body: await response.text() };
}

async function urlOf(sourcePath: string): Promise<string> {
  const records = JSON.parse((await fetchText("/records.json")).body) as ArticleRecord[];
  return (
    records.find((record) => record.sourcePath === sourcePath)?.url ?? assert.fail(`${sourcePath} not built`)
  );
}

describe("newsarchive dev", { timeout: 5 * buildTimeoutMs }, () => {
  before(async () => {
    dev = await startDevHarness();
    events = await openEventStream(dev.url("/__newsarchive/events"));
  });
  after(async () => {
    events?.close();
    await dev?.close();
  });

  it("should report the first build as one line", () => {
    assert.match(dev.log.lines[0] ?? "", /^built 5 articles in \d+\.\d s$/);
  });

  it("should add the live-reload script to served pages and never to the built files", async () => {
    const home = await fetchText("/");
    assert.equal(home.status, 200);
    assert.match(home.body, /<script src="\/__newsarchive\/live-reload\.js"><\/script><\/body>/);
    const script = await fetch(dev.url("/__newsarchive/live-reload.js"));
    assert.equal(script.headers.get("content-type"), "text/javascript; charset=utf-8");
    assert.match(await script.text(), /new EventSource\(/);
    const files = (await readdir(dev.outDir, { recursive: true, withFileTypes: true })).filter((e) =>
      e.isFile(),
    );
    assert.ok(files.some((file) => file.name === "index.html"));
    for (const file of files) {
      const bytes = await readFile(path.join(file.parentPath, file.name), "latin1");
      assert.doesNotMatch(bytes, /__newsarchive|live-reload/, `${file.name} holds dev code`);
    }
  });

  it("should tell open pages to reload and serve a new article's page once its file is added", async () => {
    const from = dev.log.lines.length;
    await writeFile(path.join(dev.contentDir, "new-pact.txt"), newArticle);
    await events.waitFor("reload", 1, buildTimeoutMs);
    assert.match(
      await dev.log.waitFor(/^rebuilt/, 1000, from),
      /^rebuilt 6 articles in \d+\.\d s \(.*new-pact\.txt added\)$/,
    );
    const page = await fetchText(await urlOf("new-pact.txt"));
    assert.equal(page.status, 200);
    assert.match(page.body, new RegExp(`<h1[^>]*>${headline}</h1>`));
  });

  it("should keep serving the last good site when an article is bad, and recover on the next change", async () => {
    const from = dev.log.lines.length;
    const reloadsBefore = events.received.length;
    const pactUrl = await urlOf("new-pact.txt");
    await writeFile(path.join(dev.contentDir, "005_empty.txt"), "");
    const failure = await dev.log.waitFor(/^build failed/, buildTimeoutMs, from);
    assert.match(
      failure,
      /^build failed in \d+\.\d s \(.*005_empty\.txt added\): 1 article has a problem; still serving/,
    );
    assert.match(dev.log.lines[dev.log.lines.indexOf(failure) + 1] ?? "", /005_empty\.txt(:\d+)?: \S/);
    assert.match((await fetchText(pactUrl)).body, new RegExp(headline));
    assert.equal(JSON.parse((await fetchText("/records.json")).body).length, 6);

    await writeFile(path.join(dev.contentDir, "005_empty.txt"), newArticle.replace("Kenya and", "Ghana and"));
    await events.waitFor("reload", reloadsBefore + 1, buildTimeoutMs);
    assert.equal(events.received.length, reloadsBefore + 1, "the failed build sent no reload");
    assert.match(
      await dev.log.waitFor(/^rebuilt/, 1000, from),
      /^rebuilt 7 articles .*005_empty\.txt changed\)$/,
    );
  });

  it("should rebuild when a template changes", async () => {
    const from = dev.log.lines.length;
    await writeFile(path.join(dev.templatesDir, "extra.11ty.ts"), "export const data = {};\n");
    const line = await dev.log.waitFor(/templates/, buildTimeoutMs, from);
    assert.match(line, /^nothing to rebuild, checked in \d+\.\d s \(templates[/\\]extra\.11ty\.ts added\)$/);
  });
});
