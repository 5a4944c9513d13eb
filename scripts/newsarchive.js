#!/usr/bin/env node
// The published bin: Node 20 cannot load TypeScript, so register tsx before loading the CLI.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/main.ts");
