// Development mock of the Outflow REST API (docs/API.md) serving ../wwwroot and the fixtures in
// ./fixtures. Fictional data only. Not part of the real server: run it with
//
//   node mock/server.mjs                 # http://127.0.0.1:5099/, review token "devtoken"
//   MOCK_READ_ONLY=1 node mock/server.mjs    # a read-only server (reviews answer 403)
//   MOCK_PORT=5100 MOCK_TOKEN=secret node mock/server.mjs
//
// Reviews are kept in memory and lost on restart.
import { createServer } from "node:http";
import { readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, normalize, extname, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const webroot = join(here, "..", "wwwroot");
const fixtures = join(here, "fixtures");
const port = Number(process.env.MOCK_PORT ?? 5099);
const token = process.env.MOCK_TOKEN ?? "devtoken";
const readOnly = process.env.MOCK_READ_ONLY === "1";

const load = (name) => JSON.parse(readFileSync(join(fixtures, name), "utf8"));
const documents = load("documents.json");
const countries = load("countries.json");
const reviews = load("reviews.json");
const docsById = new Map(documents.map((d) => [d.doc, d]));

// Claims: the fixtures leave out start/end and document_title; find the figure inside its quote.
const claims = load("claims.json").map((c) => {
  const d = docsById.get(c.doc);
  const q = d.text.indexOf(c.quote);
  if (q < 0) throw new Error(`claim ${c.id}: quote not found in ${c.doc}`);
  const t = c.quote.indexOf(c.text);
  if (t < 0) throw new Error(`claim ${c.id}: text not found in its quote`);
  return { ...c, start: q + t, end: q + t + c.text.length, document_title: d.title };
});
const originals = new Map(claims.map((c) => [String(c.id), structuredClone(c)]));
const history = new Map(Object.entries(reviews));
let revision = 1;

const estimates = {};
for (const code of ["VE", "AM"]) estimates[code] = load(`estimates-${code}.json`);

const FIELDS = ["id", "doc", "text", "quote", "measure", "unit", "per", "low", "high", "qualifier", "origin",
  "destination", "place", "population", "from", "to", "source", "start", "end", "confidence", "status", "document_title"];
const SETTABLE = new Set(["low", "high", "measure", "destination", "origin", "to", "from", "source", "qualifier",
  "population", "place", "unit", "per"]);
const MEASURES = new Set(["departures", "arrivals", "residents", "asylum", "returns", "mobilized", "queue"]);

function problem(res, status, title, detail) {
  send(res, status, { type: "about:blank", title, status, detail }, "application/problem+json");
}

function send(res, status, body, type = "application/json; charset=utf-8", extra = {}) {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-cache", ...extra });
  res.end(text);
}

function sendJson(req, res, body) {
  const etag = `"r${revision}"`;
  if (req.headers["if-none-match"] === etag) {
    res.writeHead(304, { ETag: etag });
    return res.end();
  }
  send(res, 200, body, "application/json; charset=utf-8", { ETag: etag });
}

function filterClaims(q) {
  let items = claims;
  const eq = (field) => {
    const v = q.get(field);
    if (v) items = items.filter((c) => String(c[field] ?? "").toLowerCase() === v.toLowerCase());
  };
  ["origin", "destination", "measure", "population", "status"].forEach(eq);
  if (q.get("source")) items = items.filter((c) => (c.source ?? "").toLowerCase().includes(q.get("source").toLowerCase()));
  if (q.get("from")) items = items.filter((c) => (c.to ?? "") >= q.get("from"));
  if (q.get("to")) items = items.filter((c) => (c.to ?? "") <= q.get("to") + "\uffff");
  const s = (q.get("search") ?? "").trim().toLowerCase();
  if (s) items = items.filter((c) => [c.quote, c.text, c.source, c.document_title, c.doc].some((x) => (x ?? "").toLowerCase().includes(s)));
  return items;
}

function sortClaims(items, sort) {
  const desc = sort.startsWith("-");
  const field = desc ? sort.slice(1) : sort;
  if (!FIELDS.includes(field)) return null;
  return [...items].sort((a, b) => {
    const x = a[field], y = b[field];
    if (x == null && y == null) return a.id - b.id;
    if (x == null) return 1;
    if (y == null) return -1;
    const r = typeof x === "number" && typeof y === "number" ? x - y : String(x).localeCompare(String(y));
    return (desc ? -r : r) || a.id - b.id;
  });
}

function claimDetail(c) {
  const d = docsById.get(c.doc);
  // the paragraph (blank-line separated) that holds the claim's span
  let pStart = d.text.lastIndexOf("\n\n", c.start);
  pStart = pStart < 0 ? 0 : pStart + 2;
  let pEnd = d.text.indexOf("\n\n", c.end);
  if (pEnd < 0) pEnd = d.text.length;
  return {
    claim: c,
    original: originals.get(String(c.id)),
    document: { doc: d.doc, title: d.title, url: d.url, published: d.published },
    context: { text: d.text.slice(pStart, pEnd), start: c.start - pStart, end: c.end - pStart },
    history: history.get(String(c.id)) ?? [],
  };
}

const csvCell = (v) => {
  const s = v == null ? "" : String(v);
  return /[",\n\r]/.test(s) || /^[=+\-@]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? "'" : "") + s.replace(/"/g, '""')}"` : s;
};

function exportClaims(res, q) {
  const format = q.get("format") ?? "jsonl";
  const items = sortClaims(filterClaims(q), q.get("sort") ?? "-to") ?? [];
  if (format === "jsonl") {
    return send(res, 200, items.map((c) => JSON.stringify(c)).join("\n") + "\n", "application/x-ndjson",
      { "Content-Disposition": 'attachment; filename="claims.jsonl"' });
  }
  if (format === "csv" || format === "hxl") {
    const lines = [FIELDS.join(",")];
    if (format === "hxl") lines.push(FIELDS.map((f) => ({ origin: "#country+origin+code", destination: "#country+destination+code",
      low: "#affected+min", high: "#affected+max", to: "#date+reported", source: "#meta+source", quote: "#description",
      measure: "#indicator+measure", doc: "#meta+doc", id: "#meta+id" }[f] ?? `#meta+${f.replace(/_/g, "")}`)).join(","));
    for (const c of items) lines.push(FIELDS.map((f) => csvCell(c[f])).join(","));
    return send(res, 200, lines.join("\r\n") + "\r\n", "text/csv; charset=utf-8",
      { "Content-Disposition": `attachment; filename="claims${format === "hxl" ? ".hxl" : ""}.csv"` });
  }
  problem(res, 400, "Bad format", `format must be jsonl, csv or hxl, not '${format}'`);
}

function estimateReport(q) {
  const origin = (q.get("origin") ?? "").toUpperCase();
  const base = estimates[origin] ?? { as_of: null, series: [], totals: [], waves: [] };
  const asOf = q.get("as_of");
  const dest = q.get("destination");
  let series = base.series;
  if (dest) series = series.filter((s) => (s.destination ?? "") === dest.toUpperCase());
  if (asOf) {
    series = series.map((s) => {
      const band = s.band.filter((b) => b.date <= asOf);
      const facts = s.facts.filter((f) => f.date <= asOf);
      const last = band.at(-1);
      return { ...s, band, facts,
        estimate: last ? { value: last.estimate, low: last.lower, high: last.upper, as_of: last.date } : { value: null, low: null, high: null, as_of: null } };
    });
  }
  return { as_of: asOf ?? base.as_of, series, totals: base.totals, waves: base.waves };
}

async function readBody(req, limit = 16384) {
  let size = 0;
  const chunks = [];
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error("body too large"), { status: 413 });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function review(req, res, c) {
  if (readOnly) return problem(res, 403, "Read-only", "This server is read-only: set a review token in its configuration to allow reviews.");
  const auth = req.headers.authorization ?? "";
  if (auth !== `Bearer ${token}`) return problem(res, 403, "Forbidden", "The review token is missing or wrong.");
  let body;
  try { body = JSON.parse(await readBody(req)); } catch (e) {
    return problem(res, e.status ?? 400, "Bad request", e.status ? "The request body is too large." : "The body is not valid JSON.");
  }
  const action = body?.action;
  if (!["accept", "reject", "set"].includes(action)) return problem(res, 400, "Bad action", "action must be accept, reject or set.");
  const changes = body.changes ?? {};
  if (typeof changes !== "object" || Array.isArray(changes)) return problem(res, 400, "Bad changes", "changes must be an object.");
  if (action === "set" && Object.keys(changes).length === 0) return problem(res, 400, "Nothing to change", "A correction needs at least one changed field.");
  for (const [k, v] of Object.entries(changes)) {
    if (!SETTABLE.has(k)) return problem(res, 400, "Bad field", `The field '${k}' cannot be changed.`);
    if ((k === "low" || k === "high") && v !== null && (typeof v !== "number" || !isFinite(v) || v < 0))
      return problem(res, 400, "Bad number", `${k} must be a non-negative number or null.`);
    if (k === "measure" && !MEASURES.has(v)) return problem(res, 400, "Bad measure", `'${v}' is not a measure.`);
  }
  const low = "low" in changes ? changes.low : c.low, high = "high" in changes ? changes.high : c.high;
  if (low != null && high != null && low > high) return problem(res, 400, "Bad bounds", "low must not be above high.");
  Object.assign(c, changes);
  c.status = action === "accept" ? "accepted" : action === "reject" ? "rejected" : "corrected";
  const list = history.get(String(c.id)) ?? [];
  list.push({ at: new Date().toISOString(), by: String(body.by ?? "anonymous").slice(0, 100), action, changes, note: body.note ?? null });
  history.set(String(c.id), list);
  revision++;
  send(res, 200, claimDetail(c));
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png", ".txt": "text/plain; charset=utf-8" };
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

function serveStatic(req, res, path) {
  if (path === "/") path = "/index.html";
  const file = normalize(join(webroot, decodeURIComponent(path)));
  if (!file.startsWith(webroot + sep) || !existsSync(file) || !statSync(file).isFile())
    return problem(res, 404, "Not found", `No file at ${path}`);
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff", "Cache-Control": "no-cache" });
  res.end(readFileSync(file));
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  const q = url.searchParams;
  const p = url.pathname;
  try {
    if (!p.startsWith("/api/")) return req.method === "GET" || req.method === "HEAD" ? serveStatic(req, res, p) : problem(res, 405, "Method not allowed");
    let m;
    if (req.method === "POST" && (m = p.match(/^\/api\/claims\/([^/]+)\/review$/))) {
      const c = claims.find((x) => String(x.id) === decodeURIComponent(m[1]));
      return c ? review(req, res, c) : problem(res, 404, "Not found", `No claim ${m[1]}`);
    }
    if (req.method !== "GET") return problem(res, 405, "Method not allowed");
    if (p === "/api/health") return sendJson(req, res, { status: "ok", backend: "mock", documents: documents.length, claims: claims.length, read_only: readOnly, extractor_version: "mock-1" });
    if (p === "/api/origins") {
      const counts = new Map();
      for (const c of claims) counts.set(c.origin, (counts.get(c.origin) ?? 0) + 1);
      return sendJson(req, res, [...counts].map(([code, n]) => ({ code, name: countries.find((x) => x.code === code)?.name ?? code, claims: n })));
    }
    if (p === "/api/countries") return sendJson(req, res, countries);
    if (p === "/api/claims") {
      const page = Number(q.get("page") ?? 1), size = Number(q.get("page_size") ?? 50);
      if (!Number.isInteger(page) || page < 1) return problem(res, 400, "Bad page", "page must be a positive integer.");
      if (!Number.isInteger(size) || size < 1 || size > 500) return problem(res, 400, "Bad page_size", "page_size must be between 1 and 500.");
      const sorted = sortClaims(filterClaims(q), q.get("sort") || "-to");
      if (!sorted) return problem(res, 400, "Bad sort", `Cannot sort by '${q.get("sort")}'.`);
      return sendJson(req, res, { total: sorted.length, page, page_size: size, items: sorted.slice((page - 1) * size, page * size) });
    }
    if ((m = p.match(/^\/api\/claims\/([^/]+)$/))) {
      const c = claims.find((x) => String(x.id) === decodeURIComponent(m[1]));
      return c ? sendJson(req, res, claimDetail(c)) : problem(res, 404, "Not found", `No claim ${m[1]}`);
    }
    if (p === "/api/documents") {
      const s = (q.get("search") ?? "").toLowerCase();
      const items = documents.filter((d) => !s || d.title.toLowerCase().includes(s) || d.text.toLowerCase().includes(s))
        .map(({ doc, title, url, published }) => ({ doc, title, url, published, claims: claims.filter((c) => c.doc === doc).length }));
      return sendJson(req, res, { total: items.length, page: 1, page_size: items.length, items });
    }
    if ((m = p.match(/^\/api\/documents\/([^/]+)$/))) {
      const d = docsById.get(decodeURIComponent(m[1]));
      if (!d) return problem(res, 404, "Not found", `No document ${m[1]}`);
      return sendJson(req, res, { ...d, claims: claims.filter((c) => c.doc === d.doc).map(({ id, start, end, text, measure, status }) => ({ id, start, end, text, measure, status })) });
    }
    if (p === "/api/estimates") {
      if (!q.get("origin")) return problem(res, 400, "Missing origin", "origin is required.");
      return sendJson(req, res, estimateReport(q));
    }
    if ((m = p.match(/^\/api\/series\/(.+)$/))) {
      const id = decodeURIComponent(m[1]);
      const s = Object.values(estimates).flatMap((e) => e.series).find((x) => x.id === id);
      return s ? sendJson(req, res, s) : problem(res, 404, "Not found", `No series ${id}`);
    }
    if (p === "/api/conflicts") {
      const out = [];
      for (const e of Object.values(estimates)) for (const s of e.series) {
        if (q.get("origin") && s.origin !== q.get("origin").toUpperCase()) continue;
        if (q.get("destination") && s.destination !== q.get("destination").toUpperCase()) continue;
        for (const k of s.conflicts) out.push({ series_id: s.id, origin: s.origin, destination: s.destination, measure: s.measure, ...k,
          quotes: k.claim_ids.map((id) => claims.find((c) => c.id === id)).map((c) => ({ claim_id: c.id, doc: c.doc, quote: c.quote, source: c.source })) });
      }
      return sendJson(req, res, out);
    }
    if (p === "/api/export") return exportClaims(res, q);
    problem(res, 404, "Not found", `No API route ${p}`);
  } catch (e) {
    console.error(e);
    problem(res, 500, "Server error", "The mock failed; see its console.");
  }
});

server.listen(port, "127.0.0.1", () =>
  console.log(`Outflow mock API on http://127.0.0.1:${port}/ (token "${token}"${readOnly ? ", read-only" : ""})`));
