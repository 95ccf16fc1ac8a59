// Earmark dashboard, what every part of the page shares: building DOM nodes (text only: data never goes through
// innerHTML, so hostile ids show as the characters they are), money and time formats, and JSON and SVG requests to the
// page's own server. Loaded first; the other files use these as globals.
"use strict";

const RULES = ["IDLE_FUNDS", "DIVERTED_FUNDS", "CASH_WITHDRAWAL", "KICKBACK_SUSPECTED", "ASSET_NOT_REGISTERED",
  "ASSET_SHORTFALL", "OVERSUBSIDY", "DUPLICATE_ASSET", "UNKNOWN_FUND"];
const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
const PROGRAMMES = ["AUYL_AMANATY", "INVESTMENT_SUBSIDY", "MACHINERY_LEASING", "SEC_FUNDS"];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function kzt(tiyn) {
  if (tiyn === null || tiyn === undefined) return "—";
  return (Number(tiyn) / 100).toLocaleString("en-US", {maximumFractionDigits: 0}) + " ₸";
}

/** Tenge with its tiyn when there are any: for amounts a person typed, such as money recovered. */
function kztExact(tiyn) {
  if (tiyn === null || tiyn === undefined) return "—";
  const digits = Number(tiyn) % 100 === 0 ? 0 : 2;
  return (Number(tiyn) / 100).toLocaleString("en-US", {minimumFractionDigits: digits, maximumFractionDigits: digits})
    + " ₸";
}

function when(iso) {
  return iso ? iso.replace("T", " ").replace(/:\d\d(\.\d+)?Z$/, " UTC") : "—";
}

/** To the second: for people's acts, several of which may fall in one minute. */
function whenExact(iso) {
  return iso ? iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC") : "—";
}

function label(name) {
  return name ? name.toLowerCase().replaceAll("_", " ") : "—";
}

/** An answer other than 2xx: its status and the server's {"message"}. */
class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function requestJson(url, options) {
  const init = options || {};
  const response = await fetch(url, {...init, headers: {Accept: "application/json", ...(init.headers || {})}});
  const body = await response.json().catch(() => ({message: response.statusText}));
  if (!response.ok) throw new ApiError(response.status, body.message || ("HTTP " + response.status));
  return body;
}

function getJson(url) {
  return requestJson(url);
}

// Fetches an SVG picture and shows it in the container; the picture is parsed as XML, never as HTML.
async function loadSvg(url, container) {
  container.replaceChildren(el("p", {class: "muted"}, "drawing…"));
  try {
    const response = await fetch(url, {headers: {Accept: "image/svg+xml"}});
    const text = await response.text();
    if (!response.ok) throw new Error((JSON.parse(text).message) || ("HTTP " + response.status));
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    if (doc.getElementsByTagName("parsererror").length) throw new Error("the picture could not be read");
    container.replaceChildren(document.importNode(doc.documentElement, true));
  } catch (e) {
    container.replaceChildren(el("p", {class: "muted"}, e.message));
  }
}
