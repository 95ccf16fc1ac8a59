// The case inbox, and each live alert's case status. In: GET /api/cases (oldest first; filtered by the server by
// assignee, rule, programme and financial organisation). Out: tabs by status with their counts (the status is chosen
// here, so every tab's count stays in view), one row per case — opened, rule, severity, fund, financial org, amount at
// risk, status, assignee — that opens the case (#case=ALERTID, case-view.js), and the status badge of every alert in
// the live feed (an alert that has just arrived on the stream is NEW).
"use strict";

const CASE_STATUSES = ["NEW", "TRIAGED", "INVESTIGATING", "ESCALATED", "PENDING_APPROVAL", "RESOLVED"];
const CASE_LIMIT = 1000;
const INBOX_TABS = [["OPEN", "open"], ...CASE_STATUSES.map(s => [s, label(s)]), ["ALL", "all"]];
const INBOX_FILTERS = [["assignee", "inbox-assignee"], ["rule", "inbox-rule"], ["programme", "inbox-programme"],
  ["financialOrg", "inbox-org"]];

const inbox = {tab: "OPEN", cases: []};
/** The last known status of each alert's case, by alertId (for the live feed). */
const caseStatuses = new Map();

function showCase(alertId) {
  const hash = "#case=" + encodeURIComponent(alertId);
  if (location.hash === hash) openCase(alertId); else location.hash = hash;
}

function statusChip(status) {
  return el("span", {class: "case-status status-" + status, "data-status": status}, label(status));
}

// ---- the live feed's badges --------------------------------------------------------------------------------------
/** The badge of one alert in the feed; an alert fresh from the stream has a case just opened: NEW. */
function caseBadge(alertId, fresh) {
  if (fresh && !caseStatuses.has(alertId)) caseStatuses.set(alertId, "NEW");
  const badge = el("button", {type: "button", class: "case-badge", "data-case-of": alertId,
    title: "open the case", onclick: () => showCase(alertId)});
  paintBadge(badge);
  return badge;
}

function paintBadge(badge) {
  const status = caseStatuses.get(badge.dataset.caseOf);
  badge.replaceChildren(status ? statusChip(status) : "case");
}

function paintFeedBadges() {
  document.querySelectorAll("#feed [data-case-of]").forEach(paintBadge);
}

// ---- the inbox ---------------------------------------------------------------------------------------------------
function filterParams() {
  const params = new URLSearchParams();
  for (const [name, id] of INBOX_FILTERS) {
    const value = document.getElementById(id).value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function withLimit(params) {
  params.set("limit", CASE_LIMIT);
  return "/api/cases?" + params;
}

/** Reads every case (for the feed and the filters' suggestions) and, when a filter is set, the filtered ones. */
async function refreshCases() {
  const all = (await getJson(withLimit(new URLSearchParams()))).cases;
  all.forEach(c => caseStatuses.set(c.alertId, c.status));
  paintFeedBadges();
  suggest("inbox-assignees", all.map(c => c.assignee));
  suggest("inbox-orgs", all.map(c => c.financialOrgId));
  const filters = filterParams();
  inbox.cases = [...filters.keys()].length ? (await getJson(withLimit(filters))).cases : all;
  renderInbox();
}

function suggest(listId, values) {
  const distinct = [...new Set(values.filter(Boolean))].sort();
  document.getElementById(listId).replaceChildren(...distinct.map(v => el("option", {value: v})));
}

function inTab(tab, c) {
  return tab === "ALL" || (tab === "OPEN" ? c.status !== "RESOLVED" : c.status === tab);
}

function renderInbox() {
  document.getElementById("inbox-tabs").replaceChildren(...INBOX_TABS.map(([tab, name]) =>
    el("button", {type: "button", role: "tab", class: "tab" + (tab === inbox.tab ? " on" : ""), "data-tab": tab,
        "aria-selected": String(tab === inbox.tab), onclick: () => { inbox.tab = tab; renderInbox(); }},
      name, el("b", {class: "count"}, inbox.cases.filter(c => inTab(tab, c)).length))));
  const shown = inbox.cases.filter(c => inTab(inbox.tab, c));
  document.getElementById("inbox-rows").replaceChildren(...shown.map(inboxRow));
  document.getElementById("inbox-empty").hidden = shown.length > 0;
  document.getElementById("inbox-more").hidden = inbox.cases.length < CASE_LIMIT;
}

function inboxRow(c) {
  return el("tr", {class: "case-row", "data-alert-id": c.alertId, tabindex: "0", onclick: () => showCase(c.alertId),
      onkeydown: e => { if (e.key === "Enter") showCase(c.alertId); }},
    el("td", {}, when(c.openedAt)),
    el("td", {}, label(c.rule)),
    el("td", {}, el("span", {class: "sev sev-" + c.severity}, c.severity)),
    el("td", {class: "id"}, c.fundId),
    el("td", {class: "id"}, c.financialOrgId || "—"),
    el("td", {class: "num"}, kzt(c.amountAtRisk)),
    el("td", {}, statusChip(c.status)),
    el("td", {"data-field": "assignee"}, c.assignee || el("span", {class: "muted"}, "unassigned")));
}

function startInbox() {
  document.getElementById("inbox-rule").append(...RULES.map(r => el("option", {value: r}, label(r))));
  document.getElementById("inbox-programme").append(...PROGRAMMES.map(p => el("option", {value: p}, label(p))));
  document.getElementById("inbox-filters").addEventListener("change", () => refreshCases());
  document.getElementById("inbox-filters").addEventListener("submit", event => {
    event.preventDefault();
    refreshCases();
  });
  renderInbox();
}
