// Who is signed in. In: a person's token, from the address once (#token=..., the demo's links; removed from the
// address bar at once) or pasted into the sign-in field. The token lives in this tab's sessionStorage only — never in
// a URL query or a cookie — and goes out as "Authorization: Bearer" on GET /api/me and on case actions (reading is
// open). Out: session.me = {person, role, actions} from /api/me (null when nobody is signed in), the header's
// "signed in as NAME (role)", and a "sessionchange" event on document whenever that changes.
"use strict";

const TOKEN_KEY = "earmark.person-token";
const session = {token: null, me: null};

function authorization() {
  return session.token ? {Authorization: "Bearer " + session.token} : {};
}

/** Whether the signed-in person's role allows the action (as /api/me lists them). */
function may(action) {
  return session.me !== null && session.me.actions.includes(action);
}

/** The token in the address (#token=...), if any, which it removes from the address bar and the history entry. */
function tokenFromAddress() {
  const match = location.hash.match(/^#token=(.*)$/);
  if (!match) return null;
  history.replaceState(null, "", location.pathname + location.search);
  return decodeURIComponent(match[1]).trim() || null;
}

async function signIn(token) {
  session.token = token;
  sessionStorage.setItem(TOKEN_KEY, token);
  await whoAmI();
}

function signOut(message) {
  session.token = null;
  session.me = null;
  sessionStorage.removeItem(TOKEN_KEY);
  sessionChanged(message || "");
}

async function whoAmI() {
  try {
    session.me = await requestJson("/api/me", {headers: authorization()});
    sessionChanged("");
  } catch (e) {
    if (e.status === 401) signOut("That token is not recognised: " + e.message);
    else { session.me = null; sessionChanged("Cannot tell who you are: " + e.message); }
  }
}

function sessionChanged(message) {
  renderSession(message);
  document.dispatchEvent(new Event("sessionchange"));
}

function renderSession(message) {
  const me = session.me;
  document.getElementById("sign-in").hidden = me !== null;
  document.getElementById("signed-in").hidden = me === null;
  document.getElementById("me-name").textContent = me ? me.person : "";
  document.getElementById("me-role").textContent = me ? me.role : "";
  const note = document.getElementById("session-message");
  note.textContent = message;
  note.hidden = !message;
}

/** Called from the address router (main.js) for a #token=... fragment. */
function signInFromAddress() {
  const token = tokenFromAddress();
  if (token) signIn(token);
}

function startSession() {
  document.getElementById("sign-in").addEventListener("submit", event => {
    event.preventDefault();
    const field = document.getElementById("sign-in-token");
    const token = field.value.trim();
    field.value = "";
    if (token) signIn(token);
  });
  document.getElementById("sign-out").addEventListener("click", () => signOut());
  const token = tokenFromAddress() || sessionStorage.getItem(TOKEN_KEY);
  if (token) signIn(token); else renderSession("");
}
