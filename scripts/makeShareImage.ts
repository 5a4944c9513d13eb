/**
 * Draws layouts/assets/share.png, the 1200×630 image link previews show for pages without one of their own:
 * the favicon's mark on the header colour. Run once with `npx tsx scripts/makeShareImage.ts`; the PNG is committed.
 */
import path from "node:path";
import { chromium } from "playwright-core";

const out = path.join(import.meta.dirname, "../layouts/assets/share.png");
const page = `<body style="margin:0;width:1200px;height:630px;background:#f2f1ec;display:grid;place-items:center">
<svg width="360" height="360" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5cad"/><path d="M8 9h16M8 15h16M8 21h10" stroke="#fff" stroke-width="3" stroke-linecap="round"/></svg>
</body>`;

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await tab.setContent(page);
await tab.screenshot({ path: out });
await browser.close();
