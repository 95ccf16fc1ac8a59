// Starts the dashboard, once every other file has defined its parts: the buttons' handlers, the session, the live
// stream, the refresh every 5 s, and the address fragment as the way in to a person (#token=TOKEN), a party's network
// (#party=ID) or a case (#case=ALERTID).
"use strict";

function route() {
  const match = location.hash.match(/^#(token|party|case)=(.+)$/);
  if (!match) return;
  const [, kind, value] = match;
  if (kind === "token") signInFromAddress();
  else if (kind === "party") openParty(decodeURIComponent(value), 1);
  else openCase(decodeURIComponent(value));
}

function wireFundAndNetwork() {
  document.querySelectorAll("#network button.depth").forEach(b =>
    b.addEventListener("click", () => { if (partyShown) openParty(partyShown, Number(b.dataset.depth)); }));
  document.getElementById("network-close").addEventListener("click", () => {
    document.getElementById("network").hidden = true;
    history.replaceState(null, "", location.pathname);
  });
  document.getElementById("search").addEventListener("submit", event => {
    event.preventDefault();
    const fundId = document.getElementById("fund-id").value.trim();
    if (fundId) openFund(fundId);
  });
  document.getElementById("fund-close").addEventListener("click", () => {
    document.getElementById("fund").hidden = true;
  });
}

wireFundAndNetwork();
startSession();
startInbox();
startCaseView();
window.addEventListener("hashchange", route);
connectStream();
route();
refresh();
health();
setInterval(refresh, 5000);
setInterval(health, 5000);
