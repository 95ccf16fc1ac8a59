// The acts a person may take on the case shown, as small forms: assign (to oneself or a name), comment, change the
// status, propose a resolution (an amount recovered is typed in tenge and sent in tiyn), and, for a supervisor, approve
// or reject a proposal someone else made. Which forms appear follows the role (/api/me's actions) and the case's
// state; the server has the last word. Out: POST /api/cases/{alertId}/actions with the person's token and a fresh
// caseEventId; the case is drawn again from the answer, and a refusal's message (409 and the rest) is shown inline.
"use strict";

const SETTABLE_STATUSES = ["TRIAGED", "INVESTIGATING", "ESCALATED"];
const RESOLUTIONS = ["CONFIRMED_VIOLATION", "FALSE_POSITIVE", "FUNDS_RECOVERED", "DUPLICATE"];
const NOTE_LIMIT = 4000;

function renderCaseActions() {
  const box = document.getElementById("case-actions");
  if (!caseShown) { box.replaceChildren(); return; }
  const c = caseShown.case;
  if (!session.me) {
    box.replaceChildren(el("p", {class: "muted"}, "Sign in to act on this case."));
    return;
  }
  const forms = [assignForm(c), statusForm(c), proposeForm(c), decisionForm(c), commentForm(c)].filter(Boolean);
  box.replaceChildren(...(forms.length ? forms
    : [el("p", {class: "muted"}, session.me.role + "s read cases; they do not act on them.")]));
}

// ---- posting one act -------------------------------------------------------------------------------------------
/** A unique id for an act; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newCaseEventId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, "0")).join("");
}

/** Posts the act; on an answer, draws the case from it, on a refusal shows the server's message. */
async function postAct(form, act) {
  const alertId = caseShown.case.alertId;
  const fields = form.querySelector("fieldset");
  fields.disabled = true;
  showCaseError("");
  try {
    const view = await requestJson("/api/cases/" + encodeURIComponent(alertId) + "/actions", {
      method: "POST",
      headers: {...authorization(), "Content-Type": "application/json"},
      body: JSON.stringify({caseEventId: newCaseEventId(), ...act}),
    });
    if (caseShown && caseShown.case.alertId === alertId) renderCase(view);
    refreshCases().catch(e => console.warn(e));
  } catch (e) {
    fields.disabled = false;
    showCaseError(refusal(e));
    if (e.status === 401) whoAmI();
  }
}

function refusal(e) {
  const why = {400: "Not accepted", 401: "Not signed in", 403: "Your role may not do that", 404: "Unknown alert",
    409: "Refused"}[e.status];
  return why ? why + ": " + e.message : e.message;
}

// ---- the forms ---------------------------------------------------------------------------------------------------
/** A form with a title, its fields and buttons; each submit button may add fields of its own (data-*). */
function actForm(name, title, fields, onSubmit) {
  return el("form", {class: "act-form", "data-act": name, onsubmit: event => {
      event.preventDefault();
      const form = event.currentTarget;
      const act = onSubmit(form, event.submitter);
      if (act) postAct(form, act);
    }},
    el("fieldset", {}, el("legend", {}, title), ...fields));
}

/** A one-line note beside an act; a comment (which is nothing but its note) gets a text area. */
function noteField(placeholder, long) {
  return el(long ? "textarea" : "input", {name: "note", rows: long ? "3" : null, maxlength: String(NOTE_LIMIT),
    placeholder: placeholder, required: long, class: "note"});
}

/** The note of a form, or nothing when it was left empty. */
function noteOf(form) {
  const note = form.elements.note ? form.elements.note.value.trim() : "";
  return note ? {note} : {};
}

function assignForm(c) {
  if (!may("ASSIGNED") || c.status === "RESOLVED") return null;
  return actForm("ASSIGNED", "Assign", [
      el("input", {name: "assignee", list: "inbox-assignees", placeholder: "a name", "aria-label": "assignee"}),
      el("button", {type: "submit", name: "to", value: "name"}, "assign"),
      el("button", {type: "submit", name: "to", value: "me", class: "secondary"}, "assign to me")],
    (form, button) => {
      const assignee = button && button.value === "me" ? session.me.person : form.elements.assignee.value.trim();
      if (!assignee) { showCaseError("Type a name to assign the case to, or assign it to yourself."); return null; }
      return {action: "ASSIGNED", assignee};
    });
}

function statusForm(c) {
  if (!may("STATUS_CHANGED") || c.status === "RESOLVED" || c.status === "PENDING_APPROVAL") return null;
  const choices = SETTABLE_STATUSES.filter(s => s !== c.status);
  return actForm("STATUS_CHANGED", "Change status", [
      el("select", {name: "status", "aria-label": "new status"},
        ...choices.map(s => el("option", {value: s}, label(s)))),
      noteField("why (optional)"),
      el("button", {type: "submit"}, "set status")],
    form => ({action: "STATUS_CHANGED", status: form.elements.status.value, ...noteOf(form)}));
}

function proposeForm(c) {
  if (!may("RESOLUTION_PROPOSED") || c.status === "NEW" || c.status === "PENDING_APPROVAL"
    || c.status === "RESOLVED") return null;
  const amount = el("input", {name: "recovered", inputmode: "decimal", placeholder: "recovered, in tenge",
    "aria-label": "amount recovered in tenge", hidden: true});
  const inTiyn = el("span", {class: "muted tiyn"});
  const resolution = el("select", {name: "resolution", "aria-label": "resolution",
      onchange: () => { amount.hidden = resolution.value !== "FUNDS_RECOVERED"; amount.required = !amount.hidden; }},
    ...RESOLUTIONS.map(r => el("option", {value: r}, label(r))));
  amount.addEventListener("input", () => {
    const tiyn = tiynFromKzt(amount.value);
    inTiyn.textContent = tiyn === null ? "" : "= " + tiyn + " tiyn";
  });
  return actForm("RESOLUTION_PROPOSED", "Propose a resolution (a supervisor approves it)", [
      resolution, amount, inTiyn, noteField("grounds (optional)"),
      el("button", {type: "submit"}, "propose")],
    form => proposal(form));
}

function proposal(form) {
  const resolution = form.elements.resolution.value;
  if (resolution !== "FUNDS_RECOVERED") return {action: "RESOLUTION_PROPOSED", resolution, ...noteOf(form)};
  const recoveredAmount = tiynFromKzt(form.elements.recovered.value);
  if (recoveredAmount === null || recoveredAmount <= 0) {
    showCaseError("Type the amount recovered in tenge, e.g. 2,500,000 or 1250.50.");
    return null;
  }
  return {action: "RESOLUTION_PROPOSED", resolution, recoveredAmount, ...noteOf(form)};
}

/** Approve or reject: for a supervisor, when someone else proposed the resolution awaiting approval. */
function decisionForm(c) {
  if (c.status !== "PENDING_APPROVAL") return null;
  const proposed = "Proposed by " + c.proposedBy + ": " + label(c.proposedResolution)
    + (c.proposedRecoveredAmount ? ", " + kztExact(c.proposedRecoveredAmount) + " recovered" : "") + ".";
  if (!may("RESOLUTION_APPROVED")) {
    return el("p", {class: "muted four-eyes"}, proposed + " It awaits a supervisor's approval.");
  }
  if (c.proposedBy === session.me.person) {
    return el("p", {class: "muted four-eyes"}, proposed + " Someone else must approve or reject your proposal.");
  }
  return actForm("DECISION", "Approve or reject the proposal", [
      el("p", {class: "proposal"}, proposed),
      noteField("note (optional)"),
      el("button", {type: "submit", name: "decision", value: "RESOLUTION_APPROVED"}, "approve"),
      may("RESOLUTION_REJECTED")
        ? el("button", {type: "submit", name: "decision", value: "RESOLUTION_REJECTED", class: "secondary"}, "reject")
        : null],
    (form, button) => button ? {action: button.value, ...noteOf(form)} : null);
}

function commentForm() {
  if (!may("COMMENTED")) return null;
  return actForm("COMMENTED", "Comment", [
      noteField("what you found, what you did", true),
      el("button", {type: "submit"}, "comment")],
    form => {
      const note = noteOf(form);
      return note.note ? {action: "COMMENTED", ...note} : null;
    });
}

// ---- money typed by a person -----------------------------------------------------------------------------------
/**
 * Tenge as typed ("2,500,000", "1 250.5", "99.99") to tiyn, exactly: digits, optional thousands separators (comma,
 * space), at most two decimals. Null for anything else. Integer arithmetic on the parts, no floating point.
 */
function tiynFromKzt(text) {
  const plain = text.trim().replace(/[,\s\u00a0\u202f]/g, "");
  const match = plain.match(/^(\d{1,12})(?:\.(\d{1,2}))?$/);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] || "").padEnd(2, "0"));
}
