// Earmark dashboard, the alerts and the money: reads the instance's HTTP API (any instance answers for the whole
// pipeline). In: /api/alerts (latest 50), /api/alerts/stream (server-sent events, one per new alert),
// /api/alerts/counts, /api/financial-orgs, /api/funds/{fundId} (and its flow.svg, idle.svg),
// /api/parties/{id}/network.svg, /health. Out: the live feed (each alert with its case's status, from cases.js), the
// counts, the league table, a fund's pictures and journey, a party's network. No framework, no build step: plain DOM
// (common.js), text only; the server's SVG pictures are parsed as XML and imported as nodes. Every party id shown
// opens that party's network (#party=ID); main.js starts it all.
"use strict";

const FEED_SIZE = 200;
const seen = new Set();

function partyButton(id) {
  if (!id) return "";
  return el("button", {class: "link party", type: "button", "data-party": id, onclick: () => showParty(id)}, id);
}

function showParty(id) {
  const hash = "#party=" + encodeURIComponent(id);
  if (location.hash === hash) openParty(id, 1); else location.hash = hash;
}

// ---- live feed -------------------------------------------------------------------------------------------------
function alertItem(a, fresh) {
  return el("li", {class: "alert sev-border-" + a.severity + (fresh ? " fresh" : ""), "data-alert-id": a.alertId,
      "data-rule": a.rule},
    el("div", {class: "line1"},
      el("span", {class: "sev sev-" + a.severity}, a.severity),
      el("span", {class: "rule"}, label(a.rule)),
      el("button", {class: "link", type: "button", onclick: () => openFund(a.fundId)}, a.fundId),
      caseBadge(a.alertId, fresh),
      el("span", {class: "amount"}, kzt(a.amountAtRisk))),
    el("div", {class: "message"}, a.message),
    el("div", {class: "meta"}, when(a.detectedAt),
      a.financialOrgId ? " · financial org " : "", partyButton(a.financialOrgId),
      a.counterpartyId ? " · counterparty " : "", partyButton(a.counterpartyId),
      a.programme ? " · " + a.programme : ""));
}

function addAlerts(alerts, fresh) {
  const feed = document.getElementById("feed");
  const sorted = alerts.filter(a => !seen.has(a.alertId))
    .sort((x, y) => (x.detectedAt + x.alertId).localeCompare(y.detectedAt + y.alertId));
  for (const a of sorted) {
    seen.add(a.alertId);
    const item = alertItem(a, fresh);
    const after = [...feed.children].find(li => li.dataset.key < a.detectedAt + a.alertId);
    item.dataset.key = a.detectedAt + a.alertId;
    feed.insertBefore(item, after || null);
  }
  while (feed.children.length > FEED_SIZE) feed.lastElementChild.remove();
  document.getElementById("feed-empty").hidden = feed.children.length > 0;
}

function connectStream() {
  const state = document.getElementById("stream-state");
  const source = new EventSource("/api/alerts/stream");
  source.onopen = () => { state.textContent = "live"; };
  source.onerror = () => { state.textContent = "reconnecting…"; };
  source.addEventListener("alert", event => {
    addAlerts([JSON.parse(event.data)], true);
    refreshSoon();
  });
}

// ---- counts and league table ------------------------------------------------------------------------------------
function renderCounts(counts) {
  document.getElementById("total").textContent = counts.total;
  const severities = document.getElementById("severities");
  severities.replaceChildren(...SEVERITIES.map(s =>
    el("span", {class: "chip sev-" + s, "data-severity": s}, s.toLowerCase(), el("b", {}, counts.bySeverity[s] || 0))));
  const max = Math.max(1, ...Object.values(counts.byRule));
  document.getElementById("rules").replaceChildren(...RULES.map(rule => {
    const n = counts.byRule[rule] || 0;
    return el("tr", {"data-rule": rule},
      el("td", {}, label(rule)),
      el("td", {class: "num"}, n),
      el("td", {style: "width:55%"}, el("div", {class: "bar", style: "width:" + (100 * n / max) + "%"})));
  }));
}

function renderLeague(table) {
  document.getElementById("as-of").textContent = when(table.asOf);
  const rows = table.financialOrgs.slice(0, 15).map(org => {
    const top = Object.entries(org.alertsByRule).sort((a, b) => b[1] - a[1]).slice(0, 3)
      .map(([rule, n]) => label(rule) + " ×" + n).join(", ");
    return el("tr", {"data-org": org.financialOrgId},
      el("td", {}, partyButton(org.financialOrgId)),
      el("td", {class: "num"}, org.funds),
      el("td", {class: "num"}, kzt(org.heldByFinancialOrg)),
      el("td", {class: "num" + (org.heldPastMaxIdle > 0 ? " warn" : "")}, kzt(org.heldPastMaxIdle)),
      el("td", {class: "num"}, org.alerts),
      el("td", {class: "rules"}, top || "—"));
  });
  document.getElementById("league").replaceChildren(...rows);
}

async function refresh() {
  const results = await Promise.allSettled([
    getJson("/api/alerts/counts").then(renderCounts),
    getJson("/api/financial-orgs").then(renderLeague),
    getJson("/api/alerts?limit=50").then(body => addAlerts(body.alerts, false)),
    refreshCases(),
  ]);
  results.filter(r => r.status === "rejected").forEach(r => console.warn(r.reason));
}

let pending = null;
function refreshSoon() {
  if (!pending) pending = setTimeout(() => { pending = null; refresh(); }, 500);
}

async function health() {
  const pill = document.getElementById("health");
  try {
    const response = await fetch("/health");
    const body = await response.json();
    pill.textContent = body.state;
    pill.className = "pill " + (response.ok ? "pill-ok" : "pill-bad");
  } catch (e) {
    pill.textContent = "unreachable";
    pill.className = "pill pill-bad";
  }
}

// ---- a fund's journey -------------------------------------------------------------------------------------------
const STATUS_FIELDS = [
  ["state", "State"], ["programme", "Programme"], ["beneficiaryId", "Beneficiary", partyButton],
  ["financialOrgId", "Financial org", partyButton], ["amount", "Amount", kzt], ["heldByFinancialOrg", "Held by financial org", kzt],
  ["heldByBeneficiary", "Held by beneficiary", kzt], ["paidToSellers", "Paid to sellers", kzt],
  ["diverted", "Diverted", kzt], ["returned", "Returned", kzt], ["assetsRegistered", "Assets registered"],
  ["registeredValue", "Registered value", kzt], ["openAlerts", "Alerts"], ["updatedAt", "Updated", when]];

/** The elements that show a fund, by id prefix: the fund panel's ("fund") and the case view's ("case-fund"). */
function fundParts(prefix) {
  const part = name => document.getElementById(prefix + "-" + name);
  return {message: part("message"), status: part("status"), flow: part("flow"), idle: part("idle"),
    journey: part("journey")};
}

function statusItems(status) {
  return STATUS_FIELDS.map(([key, name, format]) => el("div", {}, el("dt", {}, name),
    el("dd", {"data-field": key}, format ? format(status[key]) : (status[key] ?? "—"))));
}

function journeyRow(step) {
  return el("tr", {class: step.kind},
    el("td", {}, when(step.eventTime)),
    el("td", {}, label(step.kind)),
    el("td", {}, ...([step.fromId, step.toId].some(Boolean)
      ? [partyButton(step.fromId), " → ", partyButton(step.toId)] : [""])),
    el("td", {class: "num"}, step.amount ? kzt(step.amount) : ""),
    el("td", {}, step.detail, el("span", {class: "muted"}, step.eventId ? "  [" + step.eventId + "]" : "")));
}

/** Draws a fund's status, pictures and journey into the given parts (see fundParts). */
async function renderFund(fundId, parts) {
  parts.message.textContent = "loading…";
  for (const part of [parts.status, parts.journey, parts.flow, parts.idle]) part.replaceChildren();
  try {
    const fund = await getJson("/api/funds/" + encodeURIComponent(fundId));
    if (fund.known) {
      loadSvg("/api/funds/" + encodeURIComponent(fundId) + "/flow.svg", parts.flow);
      loadSvg("/api/funds/" + encodeURIComponent(fundId) + "/idle.svg", parts.idle);
    }
    parts.message.textContent = fund.known ? "" : "No earmark has announced this fund: movements naming it are held.";
    if (fund.status) parts.status.replaceChildren(...statusItems(fund.status));
    parts.journey.replaceChildren(...fund.journey.map(journeyRow));
  } catch (e) {
    parts.message.textContent = e.message;
  }
}

async function openFund(fundId) {
  const panel = document.getElementById("fund");
  panel.hidden = false;
  document.getElementById("fund-title").textContent = fundId;
  document.getElementById("fund-id").value = fundId;
  await renderFund(fundId, fundParts("fund"));
  panel.scrollIntoView({behavior: "smooth", block: "start"});
}

// ---- a party's network ----------------------------------------------------------------------------------------
let partyShown = null;
async function openParty(partyId, depth) {
  partyShown = partyId;
  const panel = document.getElementById("network");
  panel.hidden = false;
  document.getElementById("network-title").textContent = partyId;
  document.querySelectorAll("#network button.depth").forEach(b => b.classList.toggle("on", b.dataset.depth === String(depth)));
  const message = document.getElementById("network-message");
  const funds = document.getElementById("network-funds");
  const base = "/api/parties/" + encodeURIComponent(partyId) + "/network";
  message.textContent = "loading…";
  funds.replaceChildren();
  loadSvg(base + ".svg?depth=" + depth, document.getElementById("network-picture"));
  try {
    const network = await getJson(base + "?depth=" + depth);
    message.textContent = network.funds.length + " funds and " + (network.parties.length - 1)
      + " other parties linked by money" + (network.truncated ? " (the second step started from the first "
      + "50 parties only)" : "") + ".";
    funds.replaceChildren(...network.funds.map(f => el("tr", {"data-fund": f.fundId},
      el("td", {}, el("button", {class: "link", type: "button", onclick: () => openFund(f.fundId)}, f.fundId)),
      el("td", {}, f.programme),
      el("td", {}, partyButton(f.financialOrgId)),
      el("td", {}, partyButton(f.beneficiaryId)),
      el("td", {class: "num" + (f.alerts > 0 ? " warn" : "")}, f.alerts))));
  } catch (e) {
    message.textContent = e.message;
  }
  panel.scrollIntoView({behavior: "smooth", block: "start"});
}
