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

function alertRow(alert) {
  const cls = alert.review && alert.review.state === "dismissed" ? "dismissed" : "";
  return el("tr", { class: cls, "data-alert": alert.id },
    el("td", {}, el("a", { href: `#/country/${alert.iso2}`, text: alert.country })),
    el("td", { text: `${alert.fromYear} → ${alert.toYear}` }),
    el("td", {},
      el("div", { class: "alert-title", text: alert.title }),
      evidenceBlock("Old", alert.oldEvidence),
      evidenceBlock("New", alert.newEvidence)),
    el("td", { text: `${alert.oldValue ?? "—"} → ${alert.newValue ?? "—"}` }),
    el("td", { class: `sev-${alert.severity}`, text: alert.severity }),
    el("td", { text: alert.direction }),
    el("td", { text: alert.review ? alert.review.state : "open" }));
}

function alertsTable(alerts) {
  return el("table", { class: "alerts" },
    el("thead", {}, el("tr", {}, ...["Country", "Years", "Change", "Old → new", "Severity", "Direction", "Triage"].map(h => el("th", { text: h })))),
    el("tbody", {}, ...alerts.map(alertRow)));
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
      el("table", {},
        el("thead", {}, el("tr", {}, ...["Country", "Latest year", "Assessment", "Open alerts"].map(h => el("th", { text: h })))),
        el("tbody", {}, ...countries.map(c => el("tr", {},
          el("td", {}, el("a", { href: `#/country/${c.iso2}`, class: "country-link", text: c.country })),
          el("td", { text: c.latestYear ?? "—" }),
          el("td", { text: c.level ?? "—" }),
          el("td", { text: String(c.openAlerts) })))))),
    el("section", { id: "documents" },
      el("h2", { text: "Documents that failed or need review" }),
      el("table", {},
        el("thead", {}, el("tr", {}, ...["Blob", "Status", "Reason"].map(h => el("th", { text: h })))),
        el("tbody", {}, ...[...failed, ...review].map(d => el("tr", {},
          el("td", { text: d.blobName }), el("td", { text: d.status }), el("td", { text: d.reason ?? "" })))))));
}

function levelChart(levels) {
  const ns = "http://www.w3.org/2000/svg";
  const width = 520, height = 170, left = 150, top = 10, bottom = 30;
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("width", width); svg.setAttribute("height", height); svg.setAttribute("id", "level-chart");
  svg.setAttribute("role", "img"); svg.setAttribute("aria-label", "Assessment level over years");
  const plotHeight = height - top - bottom;
  const y = rank => top + plotHeight - (rank / 3) * plotHeight;
  const x = i => left + (levels.length <= 1 ? 0 : i * ((width - left - 20) / (levels.length - 1)));
  levelNames.forEach((name, rank) => {
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
    year.setAttribute("x", x(i) - 12); year.setAttribute("y", height - 8); year.textContent = String(p.year);
    svg.append(dot, year);
  });
  return svg;
}

async function renderCountry(iso2) {
  const view = await api(`/api/countries/${encodeURIComponent(iso2)}/timeline`);
  const timeline = view.timeline;
  const alertsById = new Map(view.alerts.map(a => [a.id, a]));
  const header = el("tr", {}, el("th", { text: "Facet" }), ...timeline.years.map(y => el("th", { text: String(y) })));
  const rows = timeline.rows.map(row => el("tr", { "data-facet": row.facet },
    el("th", { text: row.label, title: row.facet }),
    ...row.cells.map(cell => {
      const classes = [cell.conflict ? "conflict" : "", (cell.alertIds || []).length ? "changed" : ""].join(" ").trim();
      const value = cell.conflict ? `conflict: ${(cell.conflictingValues || []).join(" / ")}` : (cell.value ?? "");
      const td = el("td", { class: classes || null }, el("span", { class: "value", text: value }));
      for (const id of cell.alertIds || []) {
        const alert = alertsById.get(id);
        if (!alert) continue;
        td.title = alert.title;
        td.append(evidenceBlock("Change", alert.newEvidence) || el("span"));
      }
      return td;
    })));

  app.replaceChildren(
    el("p", {}, el("a", { href: "#/", text: "← all alerts" })),
    el("h1", { id: "country-name", text: `${timeline.country} (${timeline.iso2})` }),
    el("section", {}, el("h2", { text: "Assessment level" }), view.levels.length ? levelChart(view.levels) : el("p", { text: "No assessment level reported." })),
    el("section", {}, el("h2", { text: "Timeline" }), el("table", { id: "timeline" }, el("thead", {}, header), el("tbody", {}, ...rows))),
    el("section", {}, el("h2", { text: `Alerts (${view.alerts.length})` }), alertsTable(view.alerts)));
}

async function renderAlert(id) {
  const alert = await api(`/api/alerts/${encodeURIComponent(id)}`);
  app.replaceChildren(
    el("p", {}, el("a", { href: "#/", text: "← all alerts" }), el("span", { text: " · " }), el("a", { href: `#/country/${alert.iso2}`, text: `${alert.country} timeline` })),
    el("h1", { id: "alert-title", text: alert.title }),
    el("p", { text: `${alert.oldValue ?? "—"} → ${alert.newValue ?? "—"} (${alert.fromYear} → ${alert.toYear}); ${alert.severity}, ${alert.direction}${alert.effectiveDate ? `; takes effect ${alert.effectiveDate}` : ""}` }),
    evidenceBlock("Old", alert.oldEvidence) || el("span"),
    evidenceBlock("New", alert.newEvidence) || el("span"));
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
