// Speed benchmark peer: Mozilla Readability running on jsdom.
// Usage: node readability-js.mjs LISTFILE WARMUP_PASSES PASSES
// LISTFILE has one path per line to a gzip-compressed UTF-8 HTML file.
// Prints one JSON line with the timing of the PASSES timed passes.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

function usage(msg) {
  if (msg) console.error(msg);
  console.error("usage: node readability-js.mjs LISTFILE WARMUP_PASSES PASSES");
  process.exit(2);
}

const [listFile, warmupArg, passesArg] = process.argv.slice(2);
if (!listFile || warmupArg === undefined || passesArg === undefined) usage();
const warmup = Number(warmupArg);
const passes = Number(passesArg);
if (!Number.isInteger(warmup) || warmup < 0) usage("WARMUP_PASSES must be an integer >= 0");
if (!Number.isInteger(passes) || passes < 1) usage("PASSES must be an integer >= 1");

// Load everything up front (not timed).
const paths = readFileSync(listFile, "utf8").split(/\r?\n/).map((s) => s.trim()).filter(Boolean);
const pages = paths.map((p) => {
  const raw = gunzipSync(readFileSync(p));
  return { url: pathToFileURL(p).href, html: raw.toString("utf8"), bytes: raw.length };
});
const totalBytes = pages.reduce((n, p) => n + p.bytes, 0);

// Keep page scripts' console output and CSS parse errors off our stdout.
const quietConsole = new VirtualConsole();

// Returns the number of pages that threw.
function runPass() {
  let failed = 0;
  for (const page of pages) {
    let dom;
    try {
      dom = new JSDOM(page.html, { url: page.url, virtualConsole: quietConsole });
      new Readability(dom.window.document).parse();
    } catch (e) {
      failed++;
    } finally {
      if (dom) dom.window.close();
    }
  }
  return failed;
}

for (let i = 0; i < warmup; i++) runPass();

let failures = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < passes; i++) failures += runPass();
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

console.log(JSON.stringify({
  peer: "readability.js",
  pages: pages.length,
  bytes: totalBytes,
  passes,
  seconds,
  pagesPerSecond: (pages.length * passes) / seconds,
  megabytesPerSecond: (totalBytes * passes) / 1e6 / seconds,
  failures,
}));
