import { abandonStaging } from "../site/stagingFolders.ts";

const exitCodes = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Ctrl+C or a kill during a build: delete what the build staged and exit saying the previous site was kept, or,
 * when the site is being updated, finish that first (it is short, and journaled in case it is killed outright).
 */
export function stopBuildOnSignal(outDir: string): void {
  for (const signal of Object.keys(exitCodes) as (keyof typeof exitCodes)[]) {
    process.once(signal, () => {
      const applying = abandonStaging();
      const exit = (message: string) => {
        console.error(`newsarchive: ${message}`);
        process.exit(exitCodes[signal]);
      };
      if (applying === undefined) return exit(`interrupted; the previous site in ${outDir} was kept`);
      console.error(`newsarchive: interrupted; finishing the update of ${outDir} first`);
      applying.then(
        () => exit(`interrupted after ${outDir} was updated`),
        () => exit(`interrupted; the next build finishes updating ${outDir}`),
      );
    });
  }
}
