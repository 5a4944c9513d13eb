import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium; `.ci/run` installs it when missing. */
export const chromiumPath = "/usr/bin/chromium";

/** Why browser tests cannot run here, or undefined when they can; in CI a missing browser is a failure, not a skip. */
export function chromiumUnavailable(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const reason = `${chromiumPath} is missing; install it with: apt-get install -y chromium`;
  if (process.env.CI === "true") throw new Error(`browser tests cannot skip in CI: ${reason}`);
  return reason;
}

/** Headless Chromium with a fresh profile and nothing that reaches the network on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
