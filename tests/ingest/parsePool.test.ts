import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, it } from "node:test";
import type { ParseJob } from "../../src/ingest/parallel/messages.ts";
import { startParser } from "../../src/ingest/parallel/parsePool.ts";
import { seedContentDir } from "../support/seedSite.ts";

const today = "2026-12-03";

async function seedJobs(): Promise<ParseJob[]> {
  const names = (await readdir(seedContentDir)).sort();
  return Promise.all(
    names.map(async (sourcePath) => ({
      sourcePath,
      bytes: await readFile(path.join(seedContentDir, sourcePath)),
      today,
    })),
  );
}

describe("parsing in a pool of threads", () => {
  it("should answer each job with its own outcome, whichever thread parsed it", async () => {
    const seeds = await seedJobs();
    const jobs = Array.from({ length: 300 }, (_, at) => seeds[at % seeds.length] as ParseJob);
    const pool = startParser({ fileCount: jobs.length, threads: 2, cached: true });
    try {
      const outcomes = await Promise.all(jobs.map((job) => pool.parse(job)));
      assert.deepEqual(
        outcomes.map((outcome) => (outcome.ok ? outcome.record.sourcePath : outcome.sourcePath)),
        jobs.map((job) => job.sourcePath),
      );
    } finally {
      await pool.close();
    }
  });

  it("should fail every job, and not hang, when a thread crashes", async () => {
    const [seed] = await seedJobs();
    assert.ok(seed);
    const pool = startParser({ fileCount: 1_000, threads: 2, cached: false });
    const broken = { ...seed, bytes: undefined } as unknown as ParseJob;
    await assert.rejects(pool.parse(broken));
    await assert.rejects(pool.parse(seed));
    await pool.close();
  });
});
