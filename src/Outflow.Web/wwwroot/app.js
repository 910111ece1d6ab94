// Outflow dashboard. Plain JS, no framework; d3 and topojson-client are loaded as classic
// scripts from lib/ (vendored at build time). All text that comes from documents or the API is
// untrusted: it only ever reaches the page through textContent / createTextNode / d3's .text(),
// never through innerHTML.
const d3 = window.d3;
const topojson = window.topojson;

const TOKEN_KEY = "outflow.token";
const REVIEWER_KEY = "outflow.reviewer";
const COLUMNS = [
  { field: "quote", label: "Quote" },
  { field: "text", label: "Figure" },
  { field: "measure", label: "Measure" },
  { field: "low", label: "Low–high", num: true },
  { field: "source", label: "Source" },
  { field: "to", label: "To date" },
  { field: "document_title", label: "Document" },
  { field: "status", label: "Status" },
];

const state = {
  health: null,
  origins: [],
  countries: new Map(), // code -> {code, name, numeric, kind}
  codeByNumeric: new Map(), // "076" -> "BR"
  world: null,
  origin: null,
  destination: null,
  asOf: "",
  report: null, // the summary answer of api/estimates: one summary per series
  detail: new Map(), // series id -> that series in full (facts, band, conflicts), fetched for the timelines
  claimsQuery: { page: 1, sort: "-to" },
  claimsPage: null,
  claim: null, // the open claim's detail
};

// ---------- small helpers ----------

const $ = (sel, root = document) => root.querySelector(sel);

/** Builds an element; string children become text nodes (never parsed as HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "dataset") Object.assign(node.dataset, v);
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

const fmtInt = d3.format(",");
function fmtNum(v) {
  if (v == null || Number.isNaN(v)) return "—";
  return Number.isInteger(v) ? fmtInt(v) : d3.format(",.1~f")(v);
}
function fmtRange(low, high) {
  if (low == null && high == null) return "—";
  if (low != null && high != null) return low === high ? fmtNum(low) : `${fmtNum(low)}–${fmtNum(high)}`;
  return low != null ? `≥ ${fmtNum(low)}` : `≤ ${fmtNum(high)}`;
}
const shortNum = (v) => (v >= 1000 ? d3.format(".2~s")(v).replace("G", "B") : fmtNum(v));

/** A single number to shade the map with: the estimate, else the middle of its range, else a bound. */
function pointValue(series) {
  const e = series.estimate ?? {};
  if (e.value != null) return e.value;
  if (e.low != null && e.high != null) return (e.low + e.high) / 2;
  if (e.high != null || e.low != null) return e.high ?? e.low;
  const last = series.latest ?? [...(series.band ?? [])].reverse().find((b) => b.estimate != null || b.upper != null || b.lower != null);
  if (!last) return null;
  return last.estimate ?? (last.lower != null && last.upper != null ? (last.lower + last.upper) / 2 : last.upper ?? last.lower);
}

function estimateText(e) {
  if (!e) return "no estimate";
  if (e.value != null) {
    const range = e.low != null || e.high != null ? ` (${fmtRange(e.low, e.high)})` : "";
    return `${fmtNum(e.value)}${e.low === e.value && e.high === e.value ? "" : range}`;
  }
  return fmtRange(e.low, e.high);
}

/** ISO date, or YYYY-MM / YYYY (placed mid-month / mid-year). */
function parseDate(s) {
  if (!s) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(String(s));
  if (!m) return null;
  if (m[3]) return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (m[2]) return new Date(Date.UTC(+m[1], +m[2] - 1, 15));
  return new Date(Date.UTC(+m[1], 6, 1));
}

const countryName = (code) => (code == null ? "no named destination" : state.countries.get(code)?.name ?? code);
const isGroup = (code) => state.countries.get(code)?.kind === "group" || (code && state.countries.get(code)?.numeric == null);

class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function api(path, { method = "GET", body, auth = false } = {}) {
  const headers = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (auth) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const type = res.headers.get("Content-Type") ?? "";
  const data = type.includes("json") ? await res.json().catch(() => null) : null;
  if (!res.ok) {
    let msg = data?.detail || data?.title || res.statusText || "request failed";
    if (data?.errors && typeof data.errors === "object") {
      const details = Object.entries(data.errors).map(([k, v]) => `${k}: ${[].concat(v).join(" ")}`);
      if (details.length) msg += ` (${details.join("; ")})`;
    }
    throw new ApiError(res.status, `${res.status}: ${msg}`);
  }
  return data;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

function showError(message) {
  const b = $("#error-banner");
  b.textContent = message;
  b.hidden = !message;
}

// ---------- URL state ----------

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  return { origin: p.get("origin"), destination: p.get("destination"), claim: p.get("claim"), as_of: p.get("as_of") };
}
function writeHash() {
  const p = new URLSearchParams();
  if (state.origin) p.set("origin", state.origin);
  if (state.destination) p.set("destination", state.destination);
  if (state.asOf) p.set("as_of", state.asOf);
  if (state.claim) p.set("claim", String(state.claim.claim.id));
  history.replaceState(null, "", `#${p}`);
}

// ---------- header: origin, as-of, mode, token ----------

function renderHeader() {
  const sel = $("#origin");
  sel.replaceChildren(...state.origins.map((o) =>
    el("option", { value: o.code }, `${o.name ?? o.code} (${o.code}) — ${fmtNum(o.claims)} claims`)));
  sel.value = state.origin ?? "";
  $("#as-of").value = state.asOf;
  $("#token").value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  $("#reviewer").value = sessionStorage.getItem(REVIEWER_KEY) ?? "";
  renderMode();
  const h = state.health;
  $("#server-info").textContent = h ? `Server: ${h.backend ?? "?"}, ${fmtNum(h.documents)} documents, ${fmtNum(h.claims)} claims, extractor ${h.extractor_version ?? "?"}.` : "";
}

function canReview() {
  return !!sessionStorage.getItem(TOKEN_KEY) && state.health && !state.health.read_only;
}

function renderMode() {
  const ro = !!state.health?.read_only;
  const banner = $("#readonly-banner");
  banner.hidden = !ro;
  banner.dataset.readOnly = String(ro);
  const mode = $("#mode");
  mode.dataset.mode = ro ? "read-only" : canReview() ? "edit" : "view";
  mode.textContent = ro ? "Read-only server" : canReview() ? "Review on (token set)" : "Reviews need a token";
  $(".token-field").hidden = ro;
  if (state.claim) renderReview();
}

// ---------- map ----------

/** Each destination's cumulative arrivals series, the one the map and the table show first. */
function arrivalsByDestination() {
  const byCode = new Map();
  for (const s of state.report?.series ?? []) {
    if (s.kind !== "cumulative" || s.measure !== "arrivals" || !s.destination) continue;
    if (!byCode.has(s.destination)) byCode.set(s.destination, []);
    byCode.get(s.destination).push(s);
  }
  for (const list of byCode.values()) list.sort(preferSeries);
  return byCode;
}

/** Known start of the count first, then the most evidence, then the latest estimate. */
function preferSeries(a, b) {
  return (a.baseline == null) - (b.baseline == null)
    || (b.claim_count ?? 0) - (a.claim_count ?? 0)
    || String(b.estimate?.as_of ?? "").localeCompare(String(a.estimate?.as_of ?? ""));
}

function mapSeries(arrivals = arrivalsByDestination()) {
  // one per destination: its preferred cumulative arrivals series (the others are in its timelines)
  return [...arrivals.values()].map((list) => list[0]);
}

function largestPolygon(feature) {
  if (feature.geometry?.type !== "MultiPolygon") return feature;
  let best = null, area = -1;
  for (const coords of feature.geometry.coordinates) {
    const f = { type: "Feature", geometry: { type: "Polygon", coordinates: coords } };
    const a = d3.geoArea(f);
    if (a > area) { area = a; best = f; }
  }
  return best ?? feature;
}

function renderMap() {
  const fig = $("#map");
  fig.querySelector("svg")?.remove();
  fig.querySelector(".map-note")?.remove();
  if (!state.world) {
    fig.prepend(el("p", { class: "map-note" }, "The world map could not be loaded."));
    return;
  }
  const narrow = (fig.clientWidth || 960) < 600;
  const W = 960, H = narrow ? 760 : 500;
  const features = topojson.feature(state.world, state.world.objects.countries).features;
  const byCode = new Map();
  for (const f of features) {
    const code = f.id != null ? state.codeByNumeric.get(String(f.id).padStart(3, "0")) : undefined;
    f.properties = { ...f.properties, code };
    if (code) byCode.set(code, f);
  }
  const series = mapSeries();
  const values = new Map(series.map((s) => [s.destination, { s, v: pointValue(s) }]));
  const countryValues = series.filter((s) => byCode.has(s.destination)).map((s) => values.get(s.destination).v).filter((v) => v > 0);

  // Projection: fit the origin and its destinations, but never zoom in more than 4x the world view.
  const sphere = { type: "Sphere" };
  const projection = d3.geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], sphere);
  const worldScale = projection.scale();
  const focus = [state.origin, ...series.map((s) => s.destination)].map((c) => byCode.get(c)).filter(Boolean).map(largestPolygon);
  if (focus.length) {
    projection.fitExtent([[W * 0.12, H * 0.12], [W * 0.88, H * 0.88]], { type: "FeatureCollection", features: focus });
    if (projection.scale() > worldScale * 4) {
      const center = projection.invert([W / 2, H / 2]);
      projection.scale(worldScale * 4);
      const [x, y] = projection(center);
      const [tx, ty] = projection.translate();
      projection.translate([tx + W / 2 - x, ty + H / 2 - y]);
    }
    if (projection.scale() < worldScale) projection.fitExtent([[4, 4], [W - 4, H - 4]], sphere);
  }
  const path = d3.geoPath(projection);

  const color = colorScale(countryValues);
  const originName = countryName(state.origin);
  const departures = (state.report?.series ?? []).find((s) => s.measure === "departures" && s.destination == null && s.kind === "cumulative");

  const svg = d3.create("svg")
    .attr("viewBox", `0 0 ${W} ${H}`)
    .attr("role", "img")
    .attr("aria-labelledby", "map-caption")
    .attr("data-testid", "map-svg");
  const defs = svg.append("defs");
  defs.append("marker").attr("id", "flow-arrow").attr("viewBox", "0 0 10 10").attr("refX", 8).attr("refY", 5)
    .attr("markerWidth", 13).attr("markerHeight", 13).attr("markerUnits", "userSpaceOnUse").attr("orient", "auto-start-reverse")
    .append("path").attr("d", "M0,0L10,5L0,10z").attr("class", "flow-arrow");
  svg.append("path").attr("class", "sphere").attr("d", path(sphere));
  svg.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));

  svg.append("g").attr("class", "countries")
    .selectAll("path")
    .data(features)
    .join("path")
    .attr("class", (f) => {
      const c = f.properties.code;
      return ["country", c && values.has(c) ? "has-data" : "", c === state.origin ? "origin" : "", c && c === state.destination ? "selected" : ""].filter(Boolean).join(" ");
    })
    .attr("data-code", (f) => f.properties.code ?? null)
    .attr("data-value", (f) => values.get(f.properties.code)?.v ?? null)
    .attr("d", path)
    .style("fill", (f) => {
      const c = f.properties.code;
      if (c === state.origin) return null; // CSS colour
      const v = values.get(c)?.v;
      return v > 0 ? color(v) : null;
    })
    .on("click", (event, f) => {
      const c = f.properties.code;
      if (c && c !== state.origin) selectDestination(c);
    })
    .append("title")
    .text((f) => {
      const c = f.properties.code;
      const name = c ? countryName(c) : f.properties.name ?? "";
      if (c === state.origin) return `${name}: origin${departures ? ` — departures ${estimateText(departures.estimate)}` : ""}`;
      const entry = values.get(c);
      if (!entry) return `${name}: no arrivals figure`;
      return `${name}: ${estimateText(entry.s.estimate)} arrivals${entry.s.estimate?.as_of ? ` as of ${entry.s.estimate.as_of}` : ""}`;
    });

  // Flows: curved arcs from the origin's main landmass to each destination country.
  const originFeature = byCode.get(state.origin);
  if (originFeature) {
    const o = projection(d3.geoCentroid(largestPolygon(originFeature)));
    const maxV = d3.max(countryValues) ?? 1;
    const width = d3.scaleSqrt().domain([0, maxV]).range([1.5, 9]);
    const flows = series.filter((s) => byCode.has(s.destination) && s.destination !== state.origin)
      .map((s) => ({ s, v: values.get(s.destination).v, p: projection(d3.geoCentroid(largestPolygon(byCode.get(s.destination)))) }))
      .filter((f) => f.p && Number.isFinite(f.p[0]))
      .sort((a, b) => (b.v ?? 0) - (a.v ?? 0));
    const g = svg.append("g").attr("class", "flows");
    g.selectAll("path")
      .data(flows)
      .join("path")
      .attr("class", (f) => `flow${f.s.destination === state.destination ? " selected" : ""}`)
      .attr("data-code", (f) => f.s.destination)
      .attr("d", (f) => arc(o, f.p))
      .attr("stroke-width", (f) => width(f.v ?? 0))
      .attr("marker-end", "url(#flow-arrow)")
      .on("click", (event, f) => selectDestination(f.s.destination))
      .append("title")
      .text((f) => `${originName} → ${countryName(f.s.destination)}: ${estimateText(f.s.estimate)}`);
    if (o && Number.isFinite(o[0])) svg.append("circle").attr("class", "origin-dot").attr("cx", o[0]).attr("cy", o[1]).attr("r", 5)
      .append("title").text(`${originName} (origin)`);
  }

  const listed = series.map((s) => `${countryName(s.destination)} ${estimateText(s.estimate)}`);
  $("#map-caption").textContent = series.length
    ? `Map of arrivals from ${originName} by destination${state.report?.as_of ? `, as of ${state.report.as_of}` : ""}: ${listed.join("; ")}. The same figures are in the destinations table.`
    : `Map: no arrival figures for ${originName}.`;
  fig.prepend(svg.node());
  renderLegend(color, countryValues);
}

function arc(a, b) {
  const [x1, y1] = a, [x2, y2] = b;
  const dx = x2 - x1, dy = y2 - y1;
  const d = Math.hypot(dx, dy) || 1;
  const bend = Math.min(0.3 * d, 120);
  // control point perpendicular to the chord, always bulging "up"
  let nx = -dy / d, ny = dx / d;
  if (ny > 0) { nx = -nx; ny = -ny; }
  const cx = (x1 + x2) / 2 + nx * bend, cy = (y1 + y2) / 2 + ny * bend;
  return `M${x1},${y1}Q${cx},${cy} ${x2},${y2}`;
}

function colorScale(values) {
  if (!values.length) return () => null;
  const lo = d3.min(values), hi = d3.max(values);
  const steps = [];
  for (let e = 0; e <= 9; e++) for (const m of [1, 3]) steps.push(m * 10 ** e);
  let thresholds = steps.filter((t) => t > lo && t <= hi);
  if (thresholds.length > 6) thresholds = thresholds.filter((t) => String(t)[0] === "1");
  // values within one 1-3-10 step: split their own range instead, so that different values get different shades
  if (thresholds.length < 2 && hi > lo) thresholds = d3.ticks(lo, hi, 4).filter((t) => t > lo && t <= hi);
  const colors = thresholds.length ? d3.quantize(d3.interpolateRgb("#c6dbef", "#08306b"), thresholds.length + 1) : ["#4a84c4"];
  const scale = d3.scaleThreshold().domain(thresholds).range(colors);
  return scale;
}

function renderLegend(color, values) {
  const box = $("#legend");
  const items = [];
  if (values.length && color.domain) {
    const t = color.domain(), r = color.range();
    r.forEach((c, i) => {
      const label = t.length === 0 ? fmtNum(d3.min(values)) : i === 0 ? `< ${shortNum(t[0])}` : i === t.length ? `≥ ${shortNum(t[i - 1])}` : `${shortNum(t[i - 1])}–${shortNum(t[i])}`;
      const sw = el("span", { class: "swatch" });
      sw.style.background = c;
      items.push(el("li", {}, sw, label));
    });
  }
  items.push(el("li", {}, el("span", { class: "swatch origin" }), "origin"));
  items.push(el("li", {}, el("span", { class: "swatch none" }), "no figure"));
  items.push(el("li", {}, el("span", { class: "swatch flow" }), "flow (width ∝ √estimate)"));
  box.replaceChildren(el("p", { class: "legend-title" }, "Arrivals (estimate)"), el("ul", {}, items));
}

// ---------- destinations table + summary ----------

function renderDestinations() {
  const tbody = $("#destinations tbody");
  const arrivals = arrivalsByDestination();
  const series = mapSeries(arrivals).map((s) => ({ s, v: pointValue(s) })).sort((a, b) => (b.v ?? -1) - (a.v ?? -1));
  const rows = series.map(({ s }) => {
    const code = s.destination;
    const group = isGroup(code);
    const pressed = code === state.destination;
    return el("tr", { class: [group ? "group" : "", pressed ? "selected" : ""].filter(Boolean).join(" "), dataset: { code } },
      el("th", { scope: "row" },
        el("button", { type: "button", class: "linklike dest-btn", "aria-pressed": String(pressed), dataset: { code }, onclick: () => selectDestination(code) },
          countryName(code)),
        group ? el("span", { class: "tag", title: "a group of countries, not drawn on the map" }, "group") : null,
        conflictCount(s) > 0 ? el("span", { class: "tag conflict", title: `${conflictCount(s)} conflict(s)` }, "conflict") : null,
        arrivals.get(code).length > 1 ? el("span", { class: "tag", title: "figures counted from other start dates; all are in the timelines" }, `+${arrivals.get(code).length - 1} series`) : null),
      el("td", { class: "num" }, s.estimate?.value != null ? fmtNum(s.estimate.value) : "—"),
      el("td", { class: "num" }, fmtRange(s.estimate?.low, s.estimate?.high)),
      el("td", {}, s.estimate?.as_of ?? "—"));
  });
  if (!rows.length) rows.push(el("tr", {}, el("td", { colspan: 4 }, "No arrivals figures for this origin.")));
  tbody.replaceChildren(...rows);

  const s = $("#summary");
  const total = (state.report?.totals ?? []).find((t) => t.origin === state.origin);
  const parts = [];
  if (total?.departures) parts.push(`Departures from ${countryName(state.origin)}: ${estimateText(total.departures)}${total.departures.as_of ? ` as of ${total.departures.as_of}` : ""}.`);
  if (total?.sum_of_destinations != null) parts.push(`Named destinations add up to ${fmtNum(total.sum_of_destinations)}${total.gap != null ? `; gap ${fmtNum(total.gap)}` : ""}.`);
  if (state.report?.as_of) parts.push(`Estimates as of ${state.report.as_of}.`);
  s.textContent = parts.join(" ");
}

const conflictCount = (s) => s.conflict_count ?? s.conflicts?.length ?? 0;

function selectDestination(code) {
  const refocus = document.activeElement?.classList.contains("dest-btn");
  state.destination = code || null;
  $("#f-destination").value = state.destination ?? "";
  if ($("#f-destination").value !== (state.destination ?? "")) {
    $("#f-destination").append(el("option", { value: code }, countryName(code)));
    $("#f-destination").value = code;
  }
  writeHash();
  renderMap();
  renderDestinations();
  loadTimelines();
  if (refocus && code) document.querySelector(`#destinations .dest-btn[data-code="${CSS.escape(code)}"]`)?.focus();
  state.claimsQuery.page = 1;
  loadClaims();
}

// ---------- timelines ----------

/** The series the timelines show: the selected destination's (cumulative arrivals first), then departures. */
function timelineSeries() {
  const all = state.report?.series ?? [];
  const arrivalsFirst = (s) => (s.kind === "cumulative" && s.measure === "arrivals" ? 0 : 1);
  const dest = state.destination
    ? all.filter((s) => s.destination === state.destination).sort((a, b) => arrivalsFirst(a) - arrivalsFirst(b) || preferSeries(a, b))
    : [];
  const dep = all.filter((s) => s.destination == null && s.measure === "departures").sort(preferSeries);
  return [...dest, ...dep].slice(0, 12);
}

/** Fetches the timelines' series in full (the estimates answer only summarises them), then draws them. */
let timelineSeq = 0;
async function loadTimelines() {
  const seq = ++timelineSeq;
  const wanted = timelineSeries().filter((s) => !state.detail.has(s.id));
  if (wanted.length) {
    const box = $("#timeline-charts");
    box.setAttribute("aria-busy", "true");
    const asOf = state.asOf ? `?as_of=${encodeURIComponent(state.asOf)}` : "";
    const got = await Promise.all(wanted.map((s) => api(`api/series/${encodeURIComponent(s.id)}${asOf}`).catch((e) => {
      showError(`Could not load the series ${s.id}: ${e.message}`);
      return null;
    })));
    box.removeAttribute("aria-busy");
    if (seq !== timelineSeq) return;
    got.forEach((full) => { if (full) state.detail.set(full.id, full); });
  }
  renderTimelines();
}

function renderTimelines() {
  const box = $("#timeline-charts");
  const all = state.report?.series ?? [];
  const charts = timelineSeries().map((s) => state.detail.get(s.id)).filter(Boolean);
  // draw at about the size the chart will be shown, so the text stays readable
  const avail = box.clientWidth || 900;
  const cols = avail >= 2 * 480 + 16 && charts.length > 1 ? 2 : 1;
  const width = Math.max(320, Math.min(900, Math.floor((avail - (cols - 1) * 16) / cols)));
  const nodes = charts.map((s, i) => timelineChart(s, i, width));
  if (state.destination && !all.some((s) => s.destination === state.destination))
    nodes.unshift(el("p", { class: "hint" }, `No series for ${countryName(state.destination)} yet.`));
  if (!nodes.length) nodes.push(el("p", { class: "hint" }, "Select a destination on the map or in the table to see its timeline."));
  box.replaceChildren(...nodes);
}

function seriesTitle(s) {
  const what = s.measure === "departures" && s.destination == null ? `Departures from ${countryName(s.origin)}`
    : s.measure === "arrivals" ? `Arrivals in ${countryName(s.destination)} from ${countryName(s.origin)}`
    : `${s.measure} — ${countryName(s.destination)} (from ${countryName(s.origin)})`;
  const start = s.kind === "cumulative" ? (s.baseline ? `since ${s.baseline}` : "start unknown") : null;
  const extra = [s.kind, start, s.per ? `per ${s.per}` : null, s.unit && s.unit !== "people" ? s.unit : null, s.population && s.population !== "general" ? s.population : null].filter(Boolean);
  return `${what} (${extra.join(", ")})`;
}

function factConflict(s, fact) {
  for (const c of s.conflicts ?? []) {
    const setAside = Array.isArray(c.set_aside) ? c.set_aside.map(String) : [];
    const claimIds = (fact.claim_ids ?? []).map(String);
    if (setAside.includes(String(fact.id)) || (claimIds.length && claimIds.every((id) => setAside.includes(id)))) return { c, setAside: true };
    if ((c.fact_ids ?? []).map(String).includes(String(fact.id))) return { c, setAside: false };
  }
  return null;
}

const isSetAside = (s, f) => (f.set_aside === true || (typeof f.set_aside === "string" && f.set_aside !== "")) || factConflict(s, f)?.setAside === true;

/** A wave in words: a peak of the flow itself, or of new reports about it. */
const waveLabel = (w) => (w.kind === "rate" ? "peak flow" : w.kind === "claims" ? "many reports" : "wave");

function timelineChart(s, index, W = 900) {
  const H = Math.round(Math.max(220, Math.min(300, W * 0.5))), m = { t: 18, r: 16, b: 36, l: 52 };
  const facts = (s.facts ?? []).map((f) => ({ f, date: parseDate(f.date), setAside: isSetAside(s, f), conflict: factConflict(s, f) }))
    .filter((d) => d.date);
  // with no known start of the count the figures are not comparable: they are drawn, but no band is drawn through them
  const unknownStart = s.kind === "cumulative" && s.baseline == null;
  const band = unknownStart ? [] : (s.band ?? []).map((b) => ({ ...b, d: parseDate(b.date) })).filter((b) => b.d);
  const waves = (state.report?.waves ?? []).filter((w) => w.origin === s.origin && (w.destination ?? null) === (s.destination ?? null));

  const dates = [...facts.map((d) => d.date), ...band.map((b) => b.d)];
  let [x0, x1] = d3.extent(dates);
  if (!x0) { x0 = new Date(); x1 = x0; }
  const pad = Math.max((x1 - x0) * 0.05, 10 * 864e5);
  const x = d3.scaleUtc().domain([new Date(+x0 - pad), new Date(+x1 + pad)]).range([m.l, W - m.r]);
  const maxV = d3.max([...facts.flatMap((d) => [d.f.low, d.f.high]), ...band.flatMap((b) => [b.lower, b.upper, b.estimate])].filter((v) => v != null)) ?? 1;
  const y = d3.scaleLinear().domain([0, maxV * 1.12 || 1]).nice().range([H - m.b, m.t]);
  const top = y.range()[1], bottom = y.range()[0];

  const setAsideCount = facts.filter((d) => d.setAside).length;
  const label = `${seriesTitle(s)}: ${facts.length} figure${facts.length === 1 ? "" : "s"}` +
    (facts.length ? ` from ${d3.min(facts, (d) => d.f.date)} to ${d3.max(facts, (d) => d.f.date)}` : "") +
    `; estimate ${estimateText(s.estimate)}${s.estimate?.as_of ? ` as of ${s.estimate.as_of}` : ""}` +
    (setAsideCount ? `; ${setAsideCount} set aside in a conflict` : "") +
    (unknownStart ? "; the start of the count is unknown, so the figures are not reconciled into a band" : "") +
    ". The figures are also in the table below the chart.";

  const svg = d3.create("svg").attr("viewBox", `0 0 ${W} ${H}`).attr("role", "img").attr("aria-label", label)
    .attr("data-series-id", s.id).attr("class", "timeline-svg");
  const defs = svg.append("defs");
  for (const [id, d] of [["up", "M0,10L5,0L10,10z"], ["down", "M0,0L5,10L10,0z"]]) {
    for (const kind of ["kept", "aside"]) {
      defs.append("marker").attr("id", `arrow-${id}-${kind}-${index}`).attr("viewBox", "0 0 10 10").attr("refX", 5).attr("refY", id === "up" ? 0 : 10)
        .attr("markerWidth", 7).attr("markerHeight", 7).attr("markerUnits", "userSpaceOnUse")
        .append("path").attr("d", d).attr("class", `range-arrow ${kind}`);
    }
  }

  // waves
  const wx0 = (w) => Math.max(m.l, x(parseDate(w.start) ?? x.domain()[0]));
  const wx1 = (w) => Math.min(W - m.r, x(parseDate(w.end) ?? x.domain()[1]));
  // only the waves that overlap the chart's dates; a label only where its band is wide enough to hold it
  const shown = waves.filter((w) => wx1(w) - wx0(w) > 0);
  const wg = svg.append("g").attr("class", "waves").selectAll("g").data(shown).join("g");
  wg.append("rect").attr("class", "wave")
    .attr("x", wx0).attr("width", (w) => Math.max(0, wx1(w) - wx0(w)))
    .attr("y", top).attr("height", bottom - top)
    .append("title").text((w) => `${waveLabel(w)}: ${w.start} to ${w.end ?? "…"}${w.peak ? `, peak ${w.peak}` : ""}`);
  wg.filter((w) => wx1(w) - wx0(w) >= 60).append("text").attr("class", "wave-label").attr("x", (w) => wx0(w) + 4).attr("y", top + 12).text(waveLabel);

  // grid + axes
  svg.append("g").attr("class", "grid").attr("transform", `translate(${m.l},0)`)
    .call(d3.axisLeft(y).ticks(5).tickSize(-(W - m.l - m.r)).tickFormat(""));
  svg.append("g").attr("class", "axis x-axis").attr("transform", `translate(0,${bottom})`)
    .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor((W - m.l - m.r) / 90))).tickFormat(dateTick));
  svg.append("g").attr("class", "axis y-axis").attr("transform", `translate(${m.l},0)`)
    .call(d3.axisLeft(y).ticks(5).tickFormat((v) => shortNum(v)));
  svg.append("text").attr("class", "axis-label").attr("x", m.l).attr("y", 11)
    .text(`${s.unit ?? "people"}${s.per ? ` per ${s.per}` : ""}`);

  // band: area where both bounds are known, dashed lines for the bounds alone
  const both = (b) => b.lower != null && b.upper != null;
  svg.append("path").datum(band).attr("class", "band")
    .attr("d", d3.area().defined(both).x((b) => x(b.d)).y0((b) => y(b.lower)).y1((b) => y(b.upper)))
    .append("title").text(`Band: from the lowest to the highest count the evidence allows`);
  svg.append("path").datum(band).attr("class", "bound lower")
    .attr("d", d3.line().defined((b) => b.lower != null).x((b) => x(b.d)).y((b) => y(b.lower)));
  svg.append("path").datum(band).attr("class", "bound upper")
    .attr("d", d3.line().defined((b) => b.upper != null).x((b) => x(b.d)).y((b) => y(b.upper)));
  // points on the band where only one bound is known
  svg.append("g").selectAll("circle").data(band.filter((b) => !both(b) && (b.lower != null || b.upper != null))).join("circle")
    .attr("class", "bound-point").attr("r", 2.5).attr("cx", (b) => x(b.d)).attr("cy", (b) => y(b.lower ?? b.upper));
  svg.append("path").datum(band).attr("class", "estimate-line")
    .attr("d", d3.line().defined((b) => b.estimate != null).x((b) => x(b.d)).y((b) => y(b.estimate)));

  // conflicts: a dotted link between the facts of each conflict
  const factPos = new Map();
  facts.forEach((d) => factPos.set(String(d.f.id), d));
  const cg = svg.append("g").attr("class", "conflicts");
  for (const c of s.conflicts ?? []) {
    const pts = (c.fact_ids ?? []).map((id) => factPos.get(String(id))).filter(Boolean);
    if (pts.length < 2) continue;
    const ys = pts.map((d) => y(d.f.low ?? d.f.high));
    const xs = pts.map((d) => x(d.date));
    cg.append("rect").attr("class", "conflict-box")
      .attr("x", d3.min(xs) - 12).attr("y", d3.min(ys) - 12)
      .attr("width", d3.max(xs) - d3.min(xs) + 24).attr("height", d3.max(ys) - d3.min(ys) + 24).attr("rx", 6)
      .append("title").text(`Conflict: ${c.reason ?? "figures disagree"}`);
  }

  // facts: a range bar and a point each
  const g = svg.append("g").attr("class", "facts");
  const sel = g.selectAll("g").data(facts).join("g")
    .attr("class", (d) => `fact${d.setAside ? " set-aside" : ""}${d.conflict ? " in-conflict" : ""}`);
  sel.each(function (d) {
    const gi = d3.select(this);
    const cx = x(d.date);
    const kind = d.setAside ? "aside" : "kept";
    const { low, high } = d.f;
    let y1, y2, py, marker = null, markerStart = null;
    if (low != null && high != null) { y1 = y(low); y2 = y(high); py = y((low + high) / 2); }
    else if (low != null) { y1 = y(low); y2 = top + 2; py = y(low); marker = `url(#arrow-up-${kind}-${index})`; }
    else if (high != null) { y1 = y(high); y2 = bottom - 2; py = y(high); marker = `url(#arrow-down-${kind}-${index})`; }
    else return;
    if (Math.abs(y2 - y1) > 0.5) {
      gi.append("line").attr("class", "range-bar").attr("x1", cx).attr("x2", cx).attr("y1", y1).attr("y2", y2)
        .attr("marker-end", marker).attr("marker-start", markerStart);
      if (low != null && high != null) {
        for (const yy of [y1, y2]) gi.append("line").attr("class", "range-cap").attr("x1", cx - 4).attr("x2", cx + 4).attr("y1", yy).attr("y2", yy);
      }
    }
    const ids = (d.f.claim_ids ?? []).map(String);
    const openId = state.claim ? String(state.claim.claim.id) : null;
    const pt = gi.append(d.setAside ? "rect" : "circle")
      .attr("class", `claim-point${d.setAside ? " set-aside" : ""}${d.conflict ? " in-conflict" : ""}${openId && ids.includes(openId) ? " selected" : ""}`)
      .attr("data-claim-id", ids[0] ?? null)
      .attr("data-claim-ids", ids.join(" "))
      .attr("data-fact-id", d.f.id);
    if (d.setAside) pt.attr("x", cx - 5).attr("y", py - 5).attr("width", 10).attr("height", 10).attr("transform", `rotate(45 ${cx} ${py})`);
    else pt.attr("cx", cx).attr("cy", py).attr("r", 5.5);
    if (ids.length) pt.on("click", () => openClaim(ids[0]));
    const quotes = (d.f.quotes ?? []).map((q) => (typeof q === "string" ? q : q?.quote)).filter(Boolean);
    pt.append("title").text([
      `${fmtRange(low, high)} (${d.f.qualifier ?? "?"}) on ${d.f.date}${d.f.from ? `, since ${d.f.from}` : ""}`,
      `Source: ${d.f.source ?? "the document itself"}`,
      d.setAside ? `SET ASIDE: ${d.conflict?.c?.reason ?? (typeof d.f.set_aside === "string" ? d.f.set_aside : "in conflict with other figures")}`
        : d.conflict ? `In conflict (kept): ${d.conflict.c.reason ?? ""}` : null,
      ...quotes.map((q) => `“${q}”`),
      ids.length ? "Click to open the document." : null,
    ].filter(Boolean).join("\n"));
  });

  const fig = el("figure", { class: "timeline-chart", dataset: { seriesId: s.id, testid: "timeline-chart" } });
  fig.append(el("figcaption", {}, el("strong", {}, seriesTitle(s)), ` — estimate ${estimateText(s.estimate)}${s.estimate?.as_of ? ` as of ${s.estimate.as_of}` : ""}`),
    svg.node(), timelineTable(s, facts));
  if (unknownStart) fig.append(el("p", { class: "hint" }, "These figures do not say from when they count, so they are shown as reported and not reconciled into a band or checked for conflicts."));
  if ((s.claim_count ?? 0) > facts.length && (s.facts ?? []).length >= 100) fig.append(el("p", { class: "hint" }, `Showing the ${facts.length} figures that shape the band, of ${fmtNum(s.claim_count)} claims in this series; all are in the evidence table.`));
  if ((s.excluded ?? []).length) fig.append(el("p", { class: "hint" }, `Excluded claims (rejected or out of scope): ${s.excluded.join(", ")}`));
  return fig;
}

function timelineTable(s, facts) {
  const rows = facts.map((d) => {
    const ids = (d.f.claim_ids ?? []).map(String);
    return el("tr", { class: d.setAside ? "set-aside" : "" },
      el("td", {}, d.f.date),
      el("td", { class: "num" }, fmtRange(d.f.low, d.f.high)),
      el("td", {}, d.f.qualifier ?? ""),
      el("td", {}, d.f.source ?? "—"),
      el("td", {}, d.setAside ? `set aside: ${d.conflict?.c?.reason ?? "conflict"}` : d.conflict ? "kept (conflict)" : "kept"),
      el("td", {}, ids.map((id) => el("button", { type: "button", class: "linklike", onclick: () => openClaim(id) }, `claim ${id}`))));
  });
  const band = (s.band ?? []).map((b) => `${b.date}: ${fmtRange(b.lower, b.upper)}${b.estimate != null ? `, estimate ${fmtNum(b.estimate)}` : ""}`);
  return el("details", { class: "chart-table" },
    el("summary", {}, "Figures as a table"),
    el("table", {},
      el("caption", { class: "visually-hidden" }, seriesTitle(s)),
      el("thead", {}, el("tr", {}, ["Date", "Figure", "Qualifier", "Source", "Status", "Claims"].map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, rows)),
    band.length ? el("p", { class: "hint" }, `Band: ${band.join("; ")}.`) : null);
}

/** Axis dates: "1 Mar", with the year on the first tick and on January. */
function dateTick(d, i) {
  const sameMonthStart = d.getUTCDate() === 1;
  const fmt = i === 0 || (d.getUTCMonth() === 0 && sameMonthStart) ? "%-d %b %Y" : "%-d %b";
  return d3.utcFormat(fmt)(d);
}

// ---------- evidence ----------

function claimFilters() {
  return {
    origin: state.origin,
    destination: $("#f-destination").value,
    measure: $("#f-measure").value,
    status: $("#f-status").value,
    search: $("#f-search").value.trim(),
  };
}

function renderEvidenceHead() {
  const tr = $("#evidence thead tr");
  const sort = state.claimsQuery.sort;
  tr.replaceChildren(...COLUMNS.map((c) => {
    const dir = sort === c.field ? "ascending" : sort === `-${c.field}` ? "descending" : "none";
    return el("th", { scope: "col", "aria-sort": dir, class: c.num ? "num" : null },
      el("button", { type: "button", class: "sort", dataset: { field: c.field }, onclick: () => {
        state.claimsQuery.sort = dir === "descending" ? c.field : dir === "ascending" ? `-${c.field}` : c.field === "to" ? "-to" : c.field;
        state.claimsQuery.page = 1;
        renderEvidenceHead();
        loadClaims();
      } }, c.label, el("span", { class: "sort-mark", "aria-hidden": "true" }, dir === "ascending" ? " ▲" : dir === "descending" ? " ▼" : "")));
  }));
}

let claimsSeq = 0;
async function loadClaims() {
  const seq = ++claimsSeq;
  const f = claimFilters();
  const pageSize = Number($("#f-page-size").value) || 50;
  const params = { ...f, sort: state.claimsQuery.sort, page: state.claimsQuery.page, page_size: pageSize };
  const exportParams = { ...f, sort: state.claimsQuery.sort };
  for (const fmt of ["csv", "hxl", "jsonl"]) $(`#export-${fmt}`).href = `api/export${query({ format: fmt, ...exportParams })}`;
  try {
    const page = await api(`api/claims${query(params)}`);
    if (seq !== claimsSeq) return;
    state.claimsPage = page;
    renderClaims();
  } catch (e) {
    if (seq !== claimsSeq) return;
    $("#evidence tbody").replaceChildren(el("tr", {}, el("td", { colspan: COLUMNS.length }, `Could not load claims: ${e.message}`)));
  }
}

function statusTag(status) {
  return el("span", { class: `status status-${status ?? "unknown"}` }, status ?? "?");
}

function renderClaims() {
  const page = state.claimsPage;
  const tbody = $("#evidence tbody");
  const openId = state.claim ? String(state.claim.claim.id) : null;
  const rows = (page?.items ?? []).map((c) => {
    const id = String(c.id);
    const tr = el("tr", { dataset: { claimId: id }, class: id === openId ? "selected" : null },
      el("td", { class: "quote" }, el("button", { type: "button", class: "linklike quote-btn", "aria-label": `Open claim ${id}: ${c.text ?? ""} — ${c.quote ?? ""}`, onclick: (ev) => { ev.stopPropagation(); openClaim(id); } }, c.quote ?? "")),
      el("td", { class: "figure" }, c.text ?? ""),
      el("td", {}, c.measure ?? "", c.per ? ` /${c.per}` : "", c.unit && c.unit !== "people" ? ` (${c.unit})` : ""),
      el("td", { class: "num" }, fmtRange(c.low, c.high)),
      el("td", {}, c.source ?? "—"),
      el("td", { class: "date" }, c.to ?? "—"),
      el("td", { class: "doc" }, c.document_title || c.doc || ""),
      el("td", {}, statusTag(c.status)));
    tr.addEventListener("click", () => openClaim(id));
    return tr;
  });
  if (!rows.length) rows.push(el("tr", {}, el("td", { colspan: COLUMNS.length }, "No claims match these filters.")));
  tbody.replaceChildren(...rows);
  const total = page?.total ?? 0, p = page?.page ?? 1, size = page?.page_size ?? 50;
  const first = total ? (p - 1) * size + 1 : 0, last = Math.min(total, p * size);
  $("#evidence-count").textContent = `Claims ${fmtNum(first)}–${fmtNum(last)} of ${fmtNum(total)} (page ${p} of ${Math.max(1, Math.ceil(total / size))})`;
  $("#page-prev").disabled = p <= 1;
  $("#page-next").disabled = last >= total;
}

function populateDestinationFilter() {
  const sel = $("#f-destination");
  const withFigures = [...new Set((state.report?.series ?? []).map((s) => s.destination).filter(Boolean))]
    .sort((a, b) => countryName(a).localeCompare(countryName(b)));
  const rest = [...state.countries.values()].filter((c) => !withFigures.includes(c.code) && c.code !== state.origin)
    .sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "group" ? -1 : 1));
  sel.replaceChildren(
    el("option", { value: "" }, "All"),
    el("optgroup", { label: "With figures" }, withFigures.map((c) => el("option", { value: c }, countryName(c)))),
    el("optgroup", { label: "Other countries and groups" }, rest.map((c) => el("option", { value: c.code }, c.name))));
  sel.value = state.destination ?? "";
}

// ---------- document view + review ----------

let claimSeq = 0;
async function openClaim(id) {
  const seq = ++claimSeq;
  const panel = $("#document");
  panel.setAttribute("aria-busy", "true");
  try {
    const detail = await api(`api/claims/${encodeURIComponent(id)}`);
    if (seq !== claimSeq) return;
    state.claim = detail;
    $("#review-status").textContent = "";
    $("#review-status").className = "review-status";
    renderDocument();
    writeHash();
    for (const tr of document.querySelectorAll("#evidence tbody tr")) tr.classList.toggle("selected", tr.dataset.claimId === String(id));
    for (const pt of document.querySelectorAll("#timeline .claim-point"))
      pt.classList.toggle("selected", (pt.dataset.claimIds ?? "").split(" ").includes(String(detail.claim.id)));
    panel.focus({ preventScroll: true });
    panel.scrollIntoView({ block: "nearest", behavior: "smooth" });
  } catch (e) {
    if (seq !== claimSeq) return;
    $("#document-empty").hidden = false;
    $("#document-body").hidden = true;
    $("#document-empty").textContent = `Could not open claim ${id}: ${e.message}`;
  } finally {
    panel.removeAttribute("aria-busy");
  }
}

function renderDocument() {
  const { claim, original, document: doc, context, history: hist } = state.claim;
  $("#document-empty").hidden = true;
  $("#document-body").hidden = false;
  $("#document-title").textContent = doc?.title || doc?.doc || "Document";
  $("#document").dataset.claimId = String(claim.id);

  const meta = $("#document .doc-meta");
  const url = safeUrl(doc?.url);
  meta.replaceChildren(
    el("span", {}, doc?.doc ?? ""),
    doc?.published ? el("span", {}, ` · published ${doc.published}`) : null,
    doc?.url ? el("span", {}, " · ") : null,
    url ? el("a", { href: url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")
      : doc?.url ? el("span", { class: "unsafe-url", title: "not an http(s) link; shown as text" }, doc.url) : null);

  // the paragraph with the claim's span in a <mark>
  const q = $("#document-context");
  const text = context?.text ?? claim.quote ?? "";
  let start = Number(context?.start), end = Number(context?.end);
  const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= text.length;
  if (!ok) { start = text.indexOf(claim.text ?? "\u0000"); end = start >= 0 ? start + claim.text.length : -1; }
  if (start >= 0 && end > start) {
    q.replaceChildren(document.createTextNode(text.slice(0, start)), el("mark", { dataset: { claimId: String(claim.id) } }, text.slice(start, end)), document.createTextNode(text.slice(end)));
  } else {
    q.replaceChildren(document.createTextNode(text));
  }

  const dl = $("#claim-fields");
  const rows = [
    ["Figure", claim.text], ["Qualifier", claim.qualifier], ["Low", fmtNum(claim.low)], ["High", fmtNum(claim.high)],
    ["Measure", claim.measure], ["Unit", claim.unit], ["Per", claim.per ?? "—"], ["Population", claim.population],
    ["Origin", claim.origin ? `${countryName(claim.origin)} (${claim.origin})` : "—"],
    ["Destination", claim.destination ? `${countryName(claim.destination)} (${claim.destination})` : "—"],
    ["Place", claim.place ?? "—"], ["From", claim.from ?? "—"], ["To", claim.to ?? "—"],
    ["Source", claim.source ?? "the document itself"], ["Confidence", claim.confidence != null ? d3.format(".0%")(claim.confidence) : "—"],
    ["Status", statusTag(claim.status)], ["Claim id", String(claim.id)],
  ];
  const fieldOf = { Figure: "text", Qualifier: "qualifier", Low: "low", High: "high", Measure: "measure", Unit: "unit", Per: "per", Population: "population",
    Origin: "origin", Destination: "destination", Place: "place", From: "from", To: "to", Source: "source" };
  dl.replaceChildren(...rows.flatMap(([k, v]) => {
    const f = fieldOf[k];
    const changed = f && original && JSON.stringify(original[f] ?? null) !== JSON.stringify(claim[f] ?? null);
    return [el("dt", {}, k), el("dd", { class: changed ? "changed" : null }, v ?? "—",
      changed ? el("span", { class: "was" }, ` (was ${original[f] == null ? "—" : typeof original[f] === "number" ? fmtNum(original[f]) : original[f]})`) : null)];
  }));

  const ol = $("#review-history");
  const items = (hist ?? []).map((r) => el("li", {},
    el("strong", {}, r.action ?? "?"), ` by ${r.by ?? "?"} at ${r.at ?? "?"}`,
    r.changes && Object.keys(r.changes).length ? el("span", {}, ` — ${Object.entries(r.changes).map(([k, v]) => `${k}: ${v == null ? "—" : v}`).join(", ")}`) : null,
    r.note ? el("q", {}, r.note) : null));
  if (!items.length) items.push(el("li", { class: "hint" }, "Not reviewed yet."));
  ol.replaceChildren(...items);
  renderReview();
  $("#document mark")?.scrollIntoView({ block: "nearest" });
}

function safeUrl(u) {
  if (!u) return null;
  try {
    const url = new URL(u, location.href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function renderReview() {
  const ro = !!state.health?.read_only;
  const token = !!sessionStorage.getItem(TOKEN_KEY);
  const enabled = !ro && token;
  $("#review-actions").hidden = !enabled;
  const why = $("#review-disabled");
  why.hidden = enabled;
  why.textContent = ro ? "The server is read-only, so reviews are switched off." : "Enter the review token at the top of the page to accept, reject or correct this claim.";
  if (!enabled) $("#review-form").hidden = true;
  if (state.claim) fillReviewForm(state.claim.claim);
}

function fillReviewForm(c) {
  $("#rv-low").value = c.low ?? "";
  $("#rv-high").value = c.high ?? "";
  $("#rv-measure").value = c.measure ?? "arrivals";
  $("#rv-origin").value = c.origin ?? "";
  $("#rv-destination").value = c.destination ?? "";
  $("#rv-to").value = c.to ?? "";
  $("#rv-source").value = c.source ?? "";
}

function correctionChanges(c) {
  const num = (s) => (s.trim() === "" ? null : Number(s));
  const str = (s) => (s.trim() === "" ? null : s.trim());
  const next = {
    low: num($("#rv-low").value), high: num($("#rv-high").value), measure: $("#rv-measure").value,
    origin: str($("#rv-origin").value)?.toUpperCase() ?? null, destination: str($("#rv-destination").value)?.toUpperCase() ?? null,
    to: str($("#rv-to").value), source: str($("#rv-source").value),
  };
  for (const k of ["low", "high"]) if (next[k] != null && !Number.isFinite(next[k])) throw new Error(`${k} must be a number`);
  const changes = {};
  for (const [k, v] of Object.entries(next)) if ((c[k] ?? null) !== v) changes[k] = v;
  return changes;
}

async function submitReview(action, changes = {}) {
  const c = state.claim?.claim;
  if (!c) return;
  const status = $("#review-status");
  const buttons = document.querySelectorAll("#review-actions button");
  buttons.forEach((b) => (b.disabled = true));
  status.className = "review-status";
  status.textContent = "Saving…";
  try {
    const detail = await api(`api/claims/${encodeURIComponent(c.id)}/review`, {
      method: "POST", auth: true,
      body: { action, changes, note: $("#review-note").value.trim() || null, by: sessionStorage.getItem(REVIEWER_KEY) || "dashboard" },
    });
    state.claim = detail;
    $("#review-note").value = "";
    $("#review-form").hidden = true;
    $("#review-edit").setAttribute("aria-expanded", "false");
    renderDocument();
    status.className = "review-status ok";
    status.textContent = `Saved: claim ${detail.claim.id} is now ${detail.claim.status}.`;
    loadClaims();
    loadEstimates(false);
  } catch (e) {
    status.className = "review-status error";
    status.textContent = e.status === 403 ? `Not allowed (${e.message})` : e.status === 400 ? `Rejected by the server (${e.message})` : `Failed (${e.message})`;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

// ---------- loading ----------

let estSeq = 0;
async function loadEstimates(resetDestination = true) {
  const seq = ++estSeq;
  try {
    const report = await api(`api/estimates${query({ origin: state.origin, as_of: state.asOf, detail: "summary" })}`);
    if (seq !== estSeq) return;
    state.report = report;
    state.detail = new Map();
    showError("");
  } catch (e) {
    if (seq !== estSeq) return;
    state.report = { series: [], totals: [], waves: [] };
    state.detail = new Map();
    showError(`Could not load the estimates: ${e.message}`);
  }
  if (resetDestination) {
    const ms = mapSeries();
    if (!state.destination || !(state.report.series ?? []).some((s) => s.destination === state.destination)) {
      const best = ms.map((s) => ({ s, v: pointValue(s) })).filter((d) => !isGroup(d.s.destination)).sort((a, b) => (b.v ?? -1) - (a.v ?? -1))[0];
      state.destination = best?.s.destination ?? ms[0]?.destination ?? null;
    }
    populateDestinationFilter();
  }
  writeHash();
  renderMap();
  renderDestinations();
  await loadTimelines();
}

async function changeOrigin(code) {
  state.origin = code;
  state.destination = null;
  state.claimsQuery.page = 1;
  await loadEstimates(true);
  loadClaims();
}

function wire() {
  $("#controls").addEventListener("submit", (e) => e.preventDefault());
  $("#filters").addEventListener("submit", (e) => e.preventDefault());
  $("#origin").addEventListener("change", (e) => changeOrigin(e.target.value));
  $("#as-of").addEventListener("change", (e) => {
    state.asOf = e.target.value;
    loadEstimates(false);
  });
  const saveToken = () => {
    const v = $("#token").value.trim();
    if (v) sessionStorage.setItem(TOKEN_KEY, v);
    else sessionStorage.removeItem(TOKEN_KEY);
    renderMode();
  };
  $("#token").addEventListener("change", saveToken);
  $("#token").addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); saveToken(); } });
  $("#token-clear").addEventListener("click", () => { $("#token").value = ""; saveToken(); });
  $("#reviewer").addEventListener("change", (e) => {
    const v = e.target.value.trim();
    if (v) sessionStorage.setItem(REVIEWER_KEY, v); else sessionStorage.removeItem(REVIEWER_KEY);
  });

  $("#f-destination").addEventListener("change", (e) => {
    const v = e.target.value || null;
    if (v !== state.destination) selectDestination(v);
  });
  for (const id of ["#f-measure", "#f-status", "#f-page-size"]) $(id).addEventListener("change", () => { state.claimsQuery.page = 1; loadClaims(); });
  let t;
  $("#f-search").addEventListener("input", () => { clearTimeout(t); t = setTimeout(() => { state.claimsQuery.page = 1; loadClaims(); }, 300); });
  $("#page-prev").addEventListener("click", () => { state.claimsQuery.page = Math.max(1, state.claimsQuery.page - 1); loadClaims(); });
  $("#page-next").addEventListener("click", () => { state.claimsQuery.page += 1; loadClaims(); });

  $("#review-accept").addEventListener("click", () => submitReview("accept"));
  $("#review-reject").addEventListener("click", () => submitReview("reject"));
  $("#review-edit").addEventListener("click", () => {
    const form = $("#review-form");
    form.hidden = !form.hidden;
    $("#review-edit").setAttribute("aria-expanded", String(!form.hidden));
    if (!form.hidden) { fillReviewForm(state.claim.claim); $("#rv-low").focus(); }
  });
  $("#review-cancel").addEventListener("click", () => {
    $("#review-form").hidden = true;
    $("#review-edit").setAttribute("aria-expanded", "false");
    $("#review-edit").focus();
  });
  $("#review-form").addEventListener("submit", (e) => {
    e.preventDefault();
    let changes;
    try { changes = correctionChanges(state.claim.claim); } catch (err) {
      $("#review-status").className = "review-status error";
      $("#review-status").textContent = err.message;
      return;
    }
    if (!Object.keys(changes).length) {
      $("#review-status").className = "review-status";
      $("#review-status").textContent = "Nothing changed.";
      return;
    }
    submitReview("set", changes);
  });

  let resize;
  window.addEventListener("resize", () => { clearTimeout(resize); resize = setTimeout(renderTimelines, 200); });
}

async function main() {
  wire();
  renderEvidenceHead();
  const hash = readHash();
  const [health, origins, countries, world] = await Promise.all([
    api("api/health").catch((e) => { showError(`The server did not answer: ${e.message}`); return null; }),
    api("api/origins").catch(() => []),
    api("api/countries").catch(() => []),
    fetch("lib/countries-110m.json").then((r) => (r.ok ? r.json() : null)).catch(() => null),
  ]);
  state.health = health;
  state.origins = [...(origins ?? [])].sort((a, b) => (b.claims ?? 0) - (a.claims ?? 0));
  for (const c of countries ?? []) {
    state.countries.set(c.code, c);
    if (c.numeric != null) state.codeByNumeric.set(String(c.numeric).padStart(3, "0"), c.code);
  }
  for (const o of state.origins) if (!state.countries.has(o.code)) state.countries.set(o.code, { code: o.code, name: o.name, numeric: null, kind: "country" });
  state.world = world;
  state.asOf = hash.as_of && /^\d{4}-\d{2}-\d{2}$/.test(hash.as_of) ? hash.as_of : "";
  state.origin = state.origins.some((o) => o.code === hash.origin) ? hash.origin : state.origins[0]?.code ?? null;
  state.destination = hash.destination || null;
  renderHeader();
  if (!state.origin) {
    showError(health ? "No claims yet: ingest some documents, then reload." : $("#error-banner").textContent);
    renderTimelines();
    loadClaims();
    return;
  }
  await loadEstimates(true);
  await loadClaims();
  if (hash.claim) openClaim(hash.claim);
}

main().catch((e) => showError(`The dashboard failed to start: ${e.message}`));
