// One case. In: GET /api/cases/{alertId} = {alert, case, history}, and the fund's GET /api/funds/{fundId} with its
// pictures. Out: the alert (message, rule, severity, amount, its evidence), the case's state, its history as a
// timeline (who did what when, with their notes), the fund's journey (drawn as the fund panel draws it), and the forms
// of the acts the signed-in person may take (case-actions.js), which draw the case again from each act's answer.
"use strict";

const CASE_STATE_FIELDS = [
  ["status", "Status", statusChip], ["assignee", "Assignee"], ["resolution", "Resolution", label],
  ["recoveredAmount", "Recovered", kztExact], ["proposedResolution", "Proposed resolution", label],
  ["proposedRecoveredAmount", "Proposed recovery", kztExact], ["proposedBy", "Proposed by"],
  ["openedAt", "Opened", when], ["triagedAt", "Triaged", whenExact], ["resolvedAt", "Resolved", whenExact],
  ["lastActionAt", "Last act", whenExact], ["actions", "Acts"]];

/** The case on screen: {alert, case, history} as the server last answered it, or null. */
let caseShown = null;

async function openCase(alertId) {
  const panel = document.getElementById("case");
  panel.hidden = false;
  document.getElementById("case-title").textContent = alertId;
  const message = document.getElementById("case-message");
  message.textContent = "loading…";
  caseShown = null;
  for (const id of ["case-alert", "case-evidence", "case-state", "case-actions", "case-history"]) {
    document.getElementById(id).replaceChildren();
  }
  showCaseError("");
  try {
    renderCase(await getJson("/api/cases/" + encodeURIComponent(alertId)));
    message.textContent = "";
    renderFund(caseShown.case.fundId, fundParts("case-fund"));
  } catch (e) {
    message.textContent = e.status === 404 ? "No alert " + alertId + " is known." : e.message;
  }
  panel.scrollIntoView({behavior: "smooth", block: "start"});
}

function closeCase() {
  document.getElementById("case").hidden = true;
  caseShown = null;
  history.replaceState(null, "", location.pathname);
}

/** Draws everything but the fund from one answer of GET /api/cases/{id} (or of an act's POST). */
function renderCase(view) {
  caseShown = view;
  document.getElementById("case-title").textContent = view.case.alertId;
  document.getElementById("case-alert").replaceChildren(...alertSummary(view.alert));
  document.getElementById("case-evidence").replaceChildren(...(view.alert.evidence || []).map(evidenceRow));
  document.getElementById("case-state").replaceChildren(...caseStateItems(view.case));
  document.getElementById("case-history").replaceChildren(...view.history.map(historyItem));
  renderCaseActions();
}

function alertSummary(a) {
  return [
    el("div", {class: "line1"},
      el("span", {class: "sev sev-" + a.severity}, a.severity),
      el("span", {class: "rule"}, label(a.rule)),
      el("button", {class: "link id", type: "button", onclick: () => openFund(a.fundId)}, a.fundId),
      el("span", {class: "amount", "data-field": "amountAtRisk"}, kzt(a.amountAtRisk))),
    el("p", {class: "message"}, a.message),
    el("p", {class: "meta muted"}, "detected " + when(a.detectedAt), " · rule version " + (a.ruleVersion ?? "—"),
      a.programme ? " · " + a.programme : "",
      a.financialOrgId ? " · financial org " : "", partyButton(a.financialOrgId),
      a.beneficiaryId ? " · beneficiary " : "", partyButton(a.beneficiaryId),
      a.counterpartyId ? " · counterparty " : "", partyButton(a.counterpartyId))];
}

function evidenceRow(e) {
  return el("tr", {}, el("td", {}, when(e.eventTime)), el("td", {}, e.topic), el("td", {class: "id"}, e.eventId));
}

function caseStateItems(c) {
  return CASE_STATE_FIELDS.filter(([key]) => c[key] !== undefined && c[key] !== null).map(([key, name, format]) =>
    el("div", {}, el("dt", {}, name), el("dd", {"data-field": key}, format ? format(c[key]) : c[key])));
}

// ---- the timeline --------------------------------------------------------------------------------------------------
function historyItem(e) {
  return el("li", {class: "act act-" + e.action, "data-action": e.action},
    el("div", {class: "act-head"},
      el("span", {class: "act-when"}, whenExact(e.at)),
      el("strong", {class: "act-actor"}, e.actor),
      el("span", {class: "act-what"}, actSentence(e))),
    e.note ? el("p", {class: "act-note"}, e.note) : null);
}

/** What one act did, in words. */
function actSentence(e) {
  switch (e.action) {
    case "OPENED": return "opened the case";
    case "ASSIGNED": return "assigned it to " + e.assignee;
    case "COMMENTED": return "commented";
    case "STATUS_CHANGED": return "set the status to " + label(e.status);
    case "RESOLUTION_PROPOSED": return "proposed to resolve it as " + label(e.resolution)
      + (e.recoveredAmount ? " (" + kztExact(e.recoveredAmount) + " recovered)" : "");
    case "RESOLUTION_APPROVED": return "approved the resolution: the case is resolved";
    case "RESOLUTION_REJECTED": return "rejected the proposed resolution";
    default: return label(e.action);
  }
}

function showCaseError(message) {
  const box = document.getElementById("case-error");
  box.textContent = message;
  box.hidden = !message;
}

function startCaseView() {
  document.getElementById("case-close").addEventListener("click", closeCase);
  document.addEventListener("sessionchange", () => { if (caseShown) renderCaseActions(); });
}
