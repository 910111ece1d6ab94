// Copies the front-end libraries from node_modules into wwwroot/lib so the server can serve them
// locally (no CDN, no run-time downloads). Run by `npm run vendor`, called from Frontend.targets.
import { copyFileSync, mkdirSync, existsSync, writeFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = join(root, "wwwroot", "lib");

const files = [
  ["d3/dist/d3.min.js", "d3.min.js"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["d3/LICENSE", "LICENSE.d3.txt"],
  ["topojson-client/LICENSE", "LICENSE.topojson-client.txt"],
  ["world-atlas/LICENSE", "LICENSE.world-atlas.txt"],
];

mkdirSync(lib, { recursive: true });
const versions = {};
for (const [from, to] of files) {
  const src = join(root, "node_modules", from);
  if (!existsSync(src)) {
    console.error(`vendor: missing ${src}; run "npm ci" first`);
    process.exit(1);
  }
  copyFileSync(src, join(lib, to));
  const pkg = from.split("/")[0];
  versions[pkg] ??= JSON.parse(readFileSync(join(root, "node_modules", pkg, "package.json"), "utf8")).version;
}
writeFileSync(join(lib, "versions.json"), JSON.stringify(versions, null, 2) + "\n");
console.log(`vendor: copied ${files.length} files to ${lib} (${Object.entries(versions).map(([k, v]) => `${k}@${v}`).join(", ")})`);
