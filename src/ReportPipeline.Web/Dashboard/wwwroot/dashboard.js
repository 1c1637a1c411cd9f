// The dashboard over the read API. Report text is only ever set with textContent (never
// innerHTML), so a report that contains markup shows it as text.
"use strict";

const app = document.getElementById("app");
const levelNames = ["No Advancement", "Minimal Advancement", "Moderate Advancement", "Significant Advancement"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function apiKey() { return new URLSearchParams(location.search).get("key"); }

async function api(path) {
  const headers = {};
  const key = apiKey();
  if (key) headers["X-Api-Key"] = key;
  const response = await fetch(path, { headers });
  if (!response.ok) {
    let title = response.statusText;
    try { title = (await response.json()).title || title; } catch { /* not JSON */ }
    throw new Error(`${response.status}: ${title}`);
  }
  return response.json();
}

function evidenceBlock(label, evidence) {
  if (!evidence) return null;
  const where = `${evidence.source}, ${evidence.year}${evidence.page ? `, page ${evidence.page}` : ""}`;
  return el("details", { class: "evidence" },
    el("summary", { text: `${label} evidence (${where})` }),
    el("blockquote", { text: evidence.text }));
}

const capitalise = text => text ? text[0].toUpperCase() + text.slice(1) : text;

// Colour says severity and direction at a glance; the words beside it say the same for readers who cannot tell the colours apart.
function severityBadge(severity) {
  return el("span", { class: `sev sev-${severity}`, text: capitalise(severity) });
}

const directionWords = { worsening: "▼ worse", improving: "▲ better", neutral: "● neutral" };

function directionBadge(direction) {
  return el("span", { class: `dir dir-${direction}`, text: directionWords[direction] || direction });
}

function alertRow(alert) {
  const cls = [`row-sev-${alert.severity}`, alert.review && alert.review.state === "dismissed" ? "dismissed" : ""].join(" ").trim();
  // data-label names each cell where a phone shows the row as a card without the table's header.
  return el("tr", { class: cls, "data-alert": alert.id },
    el("td", { class: "country", "data-label": "Country" }, el("a", { href: `#/country/${alert.iso2}`, text: alert.country })),
    el("td", { class: "years", "data-label": "Years", text: `${alert.fromYear} → ${alert.toYear}` }),
    el("td", { class: "change" },
      el("div", { class: "alert-title" }, el("a", { href: `#/alert/${alert.id}`, text: alert.title })),
      evidenceBlock(`Old (${alert.fromYear})`, alert.oldEvidence),
      evidenceBlock(`New (${alert.toYear})`, alert.newEvidence)),
    el("td", { class: "values", "data-label": "Old → new", text: `${alert.oldValue ?? "—"} → ${alert.newValue ?? "—"}` }),
    el("td", { class: "severity", "data-label": "Severity" }, severityBadge(alert.severity)),
    el("td", { class: "direction", "data-label": "Direction" }, directionBadge(alert.direction)),
    el("td", { class: "triage", "data-label": "Triage", text: alert.review ? alert.review.state : "open" }));
}

function alertsTable(alerts) {
  return el("table", { class: "alerts" },
    el("thead", {}, el("tr", {}, ...["Country", "Years", "Change", "Old → new", "Severity", "Direction", "Triage"].map(h => el("th", { text: h })))),
    el("tbody", {}, ...alerts.map(alertRow)));
}

// A wide table scrolls inside its own box, so the page itself never scrolls sideways on a phone.
function scrollBox(table) {
  return el("div", { class: "scroll-x" }, table);
}

async function renderHome() {
  const params = new URLSearchParams(location.hash.split("?")[1] || "");
  const [countries, page, failed, review] = await Promise.all([
    api("/api/countries"),
    api(`/api/alerts?pageSize=100&${params}`),
    api("/api/documents?status=failed"),
    api("/api/documents?status=needs-review"),
  ]);

  const severity = el("select", { id: "filter-severity" }, ...["", "info", "low", "medium", "high"].map(s => el("option", { value: s, text: s || "any severity" })));
  severity.value = params.get("severity") || "";
  const country = el("select", { id: "filter-country" }, el("option", { value: "", text: "all countries" }),
    ...countries.map(c => el("option", { value: c.iso2, text: c.country })));
  country.value = params.get("country") || "";
  const apply = () => {
    const next = new URLSearchParams();
    if (severity.value) next.set("severity", severity.value);
    if (country.value) next.set("country", country.value);
    if (params.get("since")) next.set("since", params.get("since"));
    location.hash = `#/?${next}`;
  };
  // Pages of 100, newest raised first; the heading counts what the pages hold, the pager says which part is shown.
  const pageNumber = Number(params.get("page") || "1");
  const first = page.total === 0 ? 0 : (pageNumber - 1) * page.pageSize + 1;
  const last = (pageNumber - 1) * page.pageSize + page.items.length;
  const goTo = n => { const next = new URLSearchParams(params); next.set("page", String(n)); return `#/?${next}`; };
  const pager = el("p", { class: "pager", id: "alerts-pager" },
    pageNumber > 1 ? el("a", { href: goTo(pageNumber - 1), text: "← newer", id: "alerts-newer" }) : el("span"),
    el("span", { text: ` ${first}–${last} of ${page.total} ` }),
    last < page.total ? el("a", { href: goTo(pageNumber + 1), text: "older →", id: "alerts-older" }) : el("span"));
  severity.addEventListener("change", apply);
  country.addEventListener("change", apply);

  app.replaceChildren(
    el("section", { id: "alerts" },
      el("h2", { text: `Alerts (${page.total})` }),
      el("div", { class: "filters" }, country, severity),
      pager,
      alertsTable(page.items)),
    el("section", { id: "countries" },
      el("h2", { text: "Countries" }),
      scrollBox(el("table", { class: "countries" },
        el("thead", {}, el("tr", {}, ...["Country", "Latest year", "Assessment", "Open alerts"].map(h => el("th", { text: h })))),
        el("tbody", {}, ...countries.map(c => el("tr", {},
          el("td", {}, el("a", { href: `#/country/${c.iso2}`, class: "country-link", text: c.country })),
          el("td", { text: c.latestYear ?? "—" }),
          el("td", { text: c.level ?? "—" }),
          el("td", { text: String(c.openAlerts) }))))))),
    el("section", { id: "documents" },
      el("h2", { text: "Documents that failed or need review" }),
      scrollBox(el("table", { class: "documents" },
        el("thead", {}, el("tr", {}, ...["Blob", "Status", "Reason"].map(h => el("th", { text: h })))),
        el("tbody", {}, ...[...failed, ...review].map(d => el("tr", {},
          el("td", { class: "blob", text: d.blobName }), el("td", { text: d.status }), el("td", { text: d.reason ?? "" }))))))));
}

const shortLevelNames = ["None", "Minimal", "Moderate", "Significant"];

// Drawn for the width there is (at most 520 px) with text at its normal size; the viewBox lets it shrink if the window does later.
function levelChart(levels, available) {
  const ns = "http://www.w3.org/2000/svg";
  const narrow = available < 420;
  const width = Math.max(240, Math.min(520, Math.floor(available))), height = 170, left = narrow ? 78 : 150, top = 10, bottom = 30;
  const names = narrow ? shortLevelNames : levelNames;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`); svg.setAttribute("width", width); svg.setAttribute("height", height);
  svg.setAttribute("id", "level-chart"); svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
  svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "Assessment level over years");
  const plotHeight = height - top - bottom;
  const y = rank => top + plotHeight - (rank / 3) * plotHeight;
  const x = i => left + (levels.length <= 1 ? 0 : i * ((width - left - 20) / (levels.length - 1)));
  names.forEach((name, rank) => {
    const label = document.createElementNS(ns, "text");
    label.setAttribute("x", 0); label.setAttribute("y", y(rank) + 4); label.textContent = name;
    svg.append(label);
  });
  const points = levels.map((p, i) => `${x(i)},${y(p.rank)}`).join(" ");
  const line = document.createElementNS(ns, "polyline");
  line.setAttribute("points", points); line.setAttribute("fill", "none"); line.setAttribute("stroke", "#1d3557"); line.setAttribute("stroke-width", "2");
  svg.append(line);
  levels.forEach((p, i) => {
    const dot = document.createElementNS(ns, "circle");
    dot.setAttribute("cx", x(i)); dot.setAttribute("cy", y(p.rank)); dot.setAttribute("r", 4); dot.setAttribute("fill", "#e63946");
    const title = document.createElementNS(ns, "title"); title.textContent = `${p.year}: ${p.level}`; dot.append(title);
    const year = document.createElementNS(ns, "text");
    year.setAttribute("x", Math.min(x(i) - 12, width - 30)); year.setAttribute("y", height - 8); year.textContent = String(p.year);
    svg.append(dot, year);
  });
  return svg;
}

const familyNames = {
  assessment: "Assessment", enforcement: "Enforcement", legal: "Laws and regulations", ratification: "Ratifications",
  moratorium: "Moratorium on labor inspections", action_plan: "Action plans", statistics: "Statistics", conflict: "Conflicts",
};

const severityRank = { info: 0, low: 1, medium: 2, high: 3 };

// A changed cell: coloured by its most severe alert's severity and direction, which it also says in words,
// and both years' evidence, so the reader can check the change without leaving the page.
function changedCell(td, alerts) {
  const worst = alerts.reduce((a, b) => (severityRank[b.severity] ?? 0) > (severityRank[a.severity] ?? 0) ? b : a);
  td.classList.add("changed", `change-${worst.severity}`, `change-${worst.direction}`);
  for (const alert of alerts) {
    td.append(
      el("div", { class: "change-note" }, severityBadge(alert.severity), " ", directionBadge(alert.direction)),
      el("div", { class: "change-title", text: alert.title }),
      evidenceBlock(`${alert.fromYear}`, alert.oldEvidence) || el("span"),
      evidenceBlock(`${alert.toYear}`, alert.newEvidence) || el("span"));
  }
}

async function renderCountry(iso2) {
  const view = await api(`/api/countries/${encodeURIComponent(iso2)}/timeline`);
  const timeline = view.timeline;
  const alertsById = new Map(view.alerts.map(a => [a.id, a]));
  const header = el("tr", {}, el("th", { scope: "col", text: "What the reports say" }), ...timeline.years.map(y => el("th", { scope: "col", text: String(y) })));
  const rows = [];
  let family = null;
  for (const row of timeline.rows) {
    if (row.family !== family) {
      family = row.family;
      rows.push(el("tr", { class: "family" }, el("th", { colspan: String(timeline.years.length + 1), scope: "rowgroup", text: familyNames[family] || capitalise(family.replaceAll("_", " ")) })));
    }
    rows.push(el("tr", { "data-facet": row.facet },
      el("th", { scope: "row", class: "facet-label", text: capitalise(row.label) }),
      ...row.cells.map(cell => {
        const value = cell.conflict ? `conflict: ${(cell.conflictingValues || []).join(" / ")}` : (cell.value ?? "—");
        // data-year names the cell's year where a phone stacks a row's years under its label.
        const td = el("td", { class: cell.conflict ? "conflict" : null, "data-year": String(cell.year) }, el("span", { class: "value", text: value }));
        const alerts = (cell.alertIds || []).map(id => alertsById.get(id)).filter(Boolean);
        if (alerts.length) changedCell(td, alerts);
        return td;
      })));
  }

  const chartSection = el("section", { id: "level" }, el("h2", { text: "Assessment level" }));
  app.replaceChildren(
    el("p", {}, el("a", { href: "#/", text: "← all alerts" })),
    el("h1", { id: "country-name", text: `${timeline.country} (${timeline.iso2})` }),
    chartSection,
    el("section", {}, el("h2", { text: "Timeline" }), scrollBox(el("table", { id: "timeline" }, el("thead", {}, header), el("tbody", {}, ...rows)))),
    el("section", {}, el("h2", { text: `Alerts (${view.alerts.length})` }), alertsTable(view.alerts)));
  // The chart is drawn once its section is laid out, for the width the section has.
  const inner = chartSection.clientWidth - parseFloat(getComputedStyle(chartSection).paddingLeft) - parseFloat(getComputedStyle(chartSection).paddingRight);
  chartSection.append(view.levels.length ? levelChart(view.levels, inner) : el("p", { text: "No assessment level reported." }));
}

async function renderAlert(id) {
  const alert = await api(`/api/alerts/${encodeURIComponent(id)}`);
  app.replaceChildren(
    el("p", {}, el("a", { href: "#/", text: "← all alerts" }), el("span", { text: " · " }), el("a", { href: `#/country/${alert.iso2}`, text: `${alert.country} timeline` })),
    el("h1", { id: "alert-title", text: alert.title }),
    el("p", {}, severityBadge(alert.severity), " ", directionBadge(alert.direction)),
    el("p", { text: `${alert.oldValue ?? "—"} → ${alert.newValue ?? "—"} (${alert.fromYear} → ${alert.toYear})${alert.effectiveDate ? `; takes effect ${alert.effectiveDate}` : ""}` }),
    evidenceBlock(`Old (${alert.fromYear})`, alert.oldEvidence) || el("span"),
    evidenceBlock(`New (${alert.toYear})`, alert.newEvidence) || el("span"));
  for (const details of app.querySelectorAll("details")) details.open = true;
}

async function route() {
  const hash = location.hash || "#/";
  try {
    const match = hash.match(/^#\/country\/([A-Za-z]{2})/);
    const alertMatch = hash.match(/^#\/alert\/([A-Za-z0-9-]+)/);
    if (match) await renderCountry(match[1].toUpperCase());
    else if (alertMatch) await renderAlert(alertMatch[1]);
    else await renderHome();
  } catch (error) {
    app.replaceChildren(el("p", { class: "error", text: `Could not load: ${error.message}` }));
  }
}

window.addEventListener("hashchange", route);
route();
