// Lotsen staff page. Labels come from GET /codes, so the page never drifts from the rules.
// Nothing leaves the page but the request; the key lives only in this tab's sessionStorage.
"use strict";

const TEXT = {
  sv: {
    skip: "Hoppa till formuläret", tagline: "Föreslår en väg till rätt stöd. Inga namn, inga personnummer, ingen fritext.",
    keyHeading: "Din nyckel", keyLabel: "API-nyckel (sparas bara i den här webbläsarfliken)", keySave: "Spara nyckel",
    keySaved: "Nyckeln är sparad i den här fliken.", keyMissing: "Ange din nyckel först.",
    ageLegend: "Barnet", ageBorn: "Barnets ålder i månader", ageExpecting: "Familjen väntar barn",
    needsLegend: "Vad föräldern tar upp (behov)", needsHint: "Kryssa i behov och välj hur svårt det är.",
    severityOf: "Svårighetsgrad för", risksLegend: "Riskfaktorer", risksHint: "Det föräldern berättar eller du ser. Aldrig en diagnos.",
    protectiveLegend: "Skyddsfaktorer", protectiveHint: "Det som håller familjen uppe och kan stärkas.",
    epdsLegend: "EPDS (om den är gjord)", epdsNone: "Ingen EPDS", epdsItems: "Tio frågor", epdsTotal: "Summa och fråga 10",
    epdsTotalScore: "Summa (0–30)", epdsItem10: "Fråga 10: tankar på att skada sig själv (0–3)", epdsLanguage: "Formulärets språk",
    epdsQuestion: "Fråga", contextLegend: "Språk och familjecentral", parentLanguage: "Förälderns språk", centre: "Familjecentral",
    notGiven: "Inte angivet", suggest: "Föreslå väg", resultHeading: "Föreslagen väg", strengthen: "Skyddsfaktorer att stärka",
    notes: "Att veta", print: "Skriv ut / kopiera för föräldern", parentHeading: "Dina nästa steg", copy: "Kopiera text",
    close: "Tillbaka", copied: "Texten är kopierad.", concern: "Oro för barnets eller förälderns säkerhet",
    contacts: "Att ringa", risk: "Risknivå", urgency: "Brådska", interpreter: "Tolk behövs", serves: "För",
    ruleSet: "Regelverk", why: "Varför", howTo: "Så når ni dem", failed: "Lotsen kunde inte svara", unauthorized:
    "Nyckeln gäller inte. Kontrollera den och spara igen.", forbidden: "Nyckeln får inte fråga efter vägar (fel roll).",
    invalid: "Något i formuläret behöver rättas:", other: "annat språk", steps: "steg"
  },
  en: {
    skip: "Skip to the form", tagline: "Suggests a way to the right support. No names, no identity numbers, no free text.",
    keyHeading: "Your key", keyLabel: "API key (kept only in this browser tab)", keySave: "Save key",
    keySaved: "The key is saved in this tab.", keyMissing: "Enter your key first.",
    ageLegend: "The child", ageBorn: "Child's age in months", ageExpecting: "The family is expecting",
    needsLegend: "What the parent raises (needs)", needsHint: "Tick needs and choose how severe they are.",
    severityOf: "Severity of", risksLegend: "Risk factors", risksHint: "What the parent tells or you observe. Never a diagnosis.",
    protectiveLegend: "Protective factors", protectiveHint: "What holds the family up and can be strengthened.",
    epdsLegend: "EPDS (if done)", epdsNone: "No EPDS", epdsItems: "Ten items", epdsTotal: "Total and item 10",
    epdsTotalScore: "Total (0–30)", epdsItem10: "Item 10: thoughts of self-harm (0–3)", epdsLanguage: "Language of the form",
    epdsQuestion: "Item", contextLegend: "Language and family centre", parentLanguage: "Parent's language", centre: "Family centre",
    notGiven: "Not given", suggest: "Suggest a pathway", resultHeading: "Suggested pathway", strengthen: "Protective factors to strengthen",
    notes: "Good to know", print: "Print / copy for the parent", parentHeading: "Your next steps", copy: "Copy text",
    close: "Back", copied: "The text is copied.", concern: "Concern for the child's or parent's safety",
    contacts: "Lines to call", risk: "Risk level", urgency: "Urgency", interpreter: "Interpreter needed", serves: "For",
    ruleSet: "Rule set", why: "Why", howTo: "How to reach them", failed: "Lotsen could not answer", unauthorized:
    "The key is not valid. Check it and save it again.", forbidden: "This key may not ask for pathways (wrong role).",
    invalid: "Something in the form needs correcting:", other: "other language", steps: "steps"
  }
};

// EPDS items by topic, with the answer scores of the form (0–3).
const EPDS_ITEMS = {
  sv: ["Kunnat skratta och se det roliga", "Sett fram emot saker med glädje", "Klandrat mig själv i onödan",
       "Känt mig rädd eller orolig utan anledning", "Känt mig skrämd eller panikslagen", "Saker har vuxit mig över huvudet",
       "Så olycklig att jag haft svårt att sova", "Känt mig ledsen eller olycklig", "Så olycklig att jag gråtit",
       "Tankar på att skada mig själv"],
  en: ["Able to laugh and see the funny side", "Looked forward with enjoyment", "Blamed myself unnecessarily",
       "Anxious or worried for no good reason", "Scared or panicky", "Things have been getting on top of me",
       "So unhappy I have had difficulty sleeping", "Sad or miserable", "So unhappy I have been crying",
       "Thoughts of harming myself"]
};

// Risk factors grouped for staff, in plain words.
const RISK_GROUPS = [
  { sv: "Säkerhet", en: "Safety", codes: ["DOMESTIC_VIOLENCE", "STAFF_CONCERN_CHILD_SAFETY", "SUBSTANCE_MISUSE"] },
  { sv: "Förälderns hälsa och bakgrund", en: "The parent's health and background",
    codes: ["PARENTAL_DEPRESSION", "PARENT_ADVERSE_CHILDHOOD", "YOUNG_PARENT", "PARENTAL_CONFLICT"] },
  { sv: "Ekonomi, boende och nätverk", en: "Money, housing and network",
    codes: ["FINANCIAL_HARDSHIP", "UNEMPLOYMENT", "HOUSING_INSTABILITY", "SOCIAL_ISOLATION", "NEWLY_ARRIVED", "LANGUAGE_BARRIER"] },
  { sv: "Barnet", en: "The child", codes: ["CHILD_DEVELOPMENTAL_CONCERN", "PREMATURE_OR_ILL_CHILD"] }
];

const LANGUAGES = ["sv", "en", "ar", "so", "ti", "fa", "fr", "pl", "tr", "uk", "ku", "es", "de", "fi", "bs", "ru"];
const LANGUAGE_NAMES = new Intl.DisplayNames(["sv"], { type: "language" });
const LANGUAGE_NAMES_EN = new Intl.DisplayNames(["en"], { type: "language" });

let lang = "sv";
let codes = null;
let centres = [];
let lastPathway = null;

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[lang][key];
const label = (code) => code[lang];
const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => (k === "text" ? (node.textContent = v) : node.setAttribute(k, v)));
  children.forEach((c) => node.append(c));
  return node;
};

function key() { return sessionStorage.getItem("lotsen-key") || ""; }

async function api(path, options = {}) {
  const headers = { Authorization: "Bearer " + key(), Accept: "application/json", ...(options.headers || {}) };
  const response = await fetch(path, { ...options, headers });
  const body = await response.json().catch(() => ({}));
  return { status: response.status, body };
}

async function loadCodes() {
  if (!key()) { return; }
  const [c, s] = await Promise.all([api("/codes"), api("/services")]);
  if (c.status !== 200) { showFormError(c.status === 401 ? t("unauthorized") : t("failed")); return; }
  codes = c.body;
  centres = s.status === 200 ? s.body.centres : [];
  renderForm();
}

function renderForm() {
  const needs = $("needs");
  const chosen = new Map([...needs.querySelectorAll("input[type=checkbox]:checked")]
    .map((box) => [box.value, $("sev-" + box.value).value]));
  needs.replaceChildren(...codes.needs.map((need) => {
    const box = el("input", { type: "checkbox", id: "need-" + need.code, value: need.code });
    const severity = el("select", { id: "sev-" + need.code, "aria-label": t("severityOf") + " " + label(need) });
    codes.severities.forEach((s) => severity.append(el("option", { value: s.code, text: label(s) })));
    severity.value = chosen.get(need.code) || "MODERATE";
    box.checked = chosen.has(need.code);
    severity.disabled = !box.checked;
    box.addEventListener("change", () => { severity.disabled = !box.checked; });
    return el("div", { class: "need" }, box, el("label", { for: "need-" + need.code, text: label(need) }), severity);
  }));
  renderChecks($("risks"), codes.riskFactors, "risk-", RISK_GROUPS);
  renderChecks($("protective"), codes.protectiveFactors, "protective-");
  renderEpdsItems();
  renderSelect($("language"), LANGUAGES.map((l) => ({ value: l, text: languageName(l) })), true);
  renderSelect($("epds-language"), LANGUAGES.map((l) => ({ value: l, text: languageName(l) })), false);
  renderSelect($("centre"), centres.map((c) => ({ value: c.id, text: c.name[lang] })), true);
}

function languageName(code) { return (lang === "sv" ? LANGUAGE_NAMES : LANGUAGE_NAMES_EN).of(code) + " (" + code + ")"; }

function renderChecks(container, list, prefix, groups) {
  const checked = new Set([...container.querySelectorAll("input:checked")].map((i) => i.value));
  const check = (code) => {
    const item = list.find((c) => c.code === code);
    const box = el("input", { type: "checkbox", id: prefix + code, value: code });
    box.checked = checked.has(code);
    return el("div", { class: "need" }, box, el("label", { for: prefix + code, text: label(item) }));
  };
  if (!groups) { container.replaceChildren(...list.map((c) => check(c.code))); return; }
  container.replaceChildren(...groups.map((g) => el("div", { class: "group", role: "group", "aria-label": g[lang] },
    el("h3", { text: g[lang] }), el("div", { class: "grid" }, ...g.codes.map(check)))));
}

function renderSelect(select, options, allowEmpty) {
  const value = select.value;
  select.replaceChildren(...(allowEmpty ? [el("option", { value: "", text: t("notGiven") })] : []),
    ...options.map((o) => el("option", { value: o.value, text: o.text })));
  select.value = value || (allowEmpty ? "" : "sv");
}

function renderEpdsItems() {
  const list = $("epds-item-list");
  const values = [...list.querySelectorAll("select")].map((s) => s.value);
  list.replaceChildren(...EPDS_ITEMS[lang].map((topic, i) => {
    const select = el("select", { id: "epds-item-" + (i + 1) });
    [0, 1, 2, 3].forEach((score) => select.append(el("option", { value: String(score), text: String(score) })));
    select.value = values[i] || "0";
    return el("li", {}, el("label", { for: "epds-item-" + (i + 1), text: t("epdsQuestion") + " " + (i + 1) + ": " + topic + " " }), select);
  }));
}

function applyText() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  const toggle = $("language-toggle");
  toggle.textContent = lang === "sv" ? "English" : "Svenska";
  toggle.lang = lang === "sv" ? "en" : "sv";
  if (codes) { renderForm(); }
  if (lastPathway) { renderPathway(lastPathway); }
}

function request() {
  const body = {};
  if ($("age-expecting").checked) { body.expecting = true; } else {
    const age = $("childAgeMonths").value.trim();
    if (age !== "") { body.childAgeMonths = Number(age); }
  }
  body.needs = [...$("needs").querySelectorAll("input:checked")].map((b) => ({ category: b.value, severity: $("sev-" + b.value).value }));
  body.riskFactors = [...$("risks").querySelectorAll("input:checked")].map((b) => b.value);
  body.protectiveFactors = [...$("protective").querySelectorAll("input:checked")].map((b) => b.value);
  const epdsKind = document.querySelector("input[name=epds-kind]:checked").value;
  if (epdsKind !== "none") {
    const epds = { language: $("epds-language").value };
    if (epdsKind === "items") {
      epds.items = [...$("epds-item-list").querySelectorAll("select")].map((s) => Number(s.value));
    } else {
      epds.total = numberOrNull($("epds-total-score").value);
      epds.item10 = numberOrNull($("epds-item10").value);
    }
    body.screenings = { epds };
  }
  if ($("language").value) { body.language = $("language").value; }
  if ($("centre").value) { body.centre = $("centre").value; }
  return body;
}

function numberOrNull(text) { return text.trim() === "" ? null : Number(text); }

// Which element an API error's field belongs next to.
function errorTarget(field) {
  if (field.startsWith("childAgeMonths") || field.startsWith("expecting")) { return ["age-error", "childAgeMonths"]; }
  if (field.startsWith("needs")) { return ["needs-error", "needs-fieldset"]; }
  if (field.startsWith("riskFactors")) { return ["risks-error", "risks-fieldset"]; }
  if (field.startsWith("protectiveFactors")) { return ["protective-error", "protective-fieldset"]; }
  if (field.startsWith("screenings")) { return ["epds-error", "epds-fieldset"]; }
  if (field === "language") { return ["language-error", "language"]; }
  if (field === "centre") { return ["centre-error", "centre"]; }
  return ["form-error", "request-form"];
}

function clearErrors() {
  document.querySelectorAll(".error").forEach((p) => { p.hidden = true; p.textContent = ""; });
  document.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
}

function showFormError(message) { const p = $("form-error"); p.textContent = message; p.hidden = false; }

function showErrors(error) {
  const list = error.errors && error.errors.length ? error.errors : [{ field: error.field || "", message: error.message }];
  let first = null;
  list.forEach((v) => {
    const [errorId, controlId] = errorTarget(v.field || "");
    const p = $(errorId);
    p.textContent = (p.textContent ? p.textContent + " " : "") + (v.field ? v.field + ": " : "") + v.message;
    p.hidden = false;
    $(controlId).setAttribute("aria-invalid", "true");
    first = first || $(controlId);
  });
  if (first) { first.focus(); }
}

async function suggest(event) {
  event.preventDefault();
  clearErrors();
  if (!key()) { showFormError(t("keyMissing")); $("api-key").focus(); return; }
  const { status, body } = await api("/pathways/suggest", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request())
  });
  if (status === 200) { lastPathway = body; renderPathway(body); $("result-heading").focus(); return; }
  if (status === 401) { showFormError(t("unauthorized")); return; }
  if (status === 403) { showFormError(t("forbidden")); return; }
  if (status === 400 || status === 422) { showFormError(t("invalid")); showErrors(body); return; }
  showFormError(t("failed") + (body.message ? ": " + body.message : ""));
}

function codeLabel(list, code) { const c = codes[list].find((x) => x.code === code); return c ? label(c) : code; }

function renderPathway(p) {
  $("result").hidden = false;
  const banner = $("safeguarding");
  banner.hidden = !p.safeguarding.concern;
  if (p.safeguarding.concern) {
    banner.replaceChildren(el("h2", { text: t("concern") }), el("p", { text: p.safeguarding.duty[lang] }),
      el("h3", { text: t("contacts") }),
      el("ul", {}, ...p.safeguarding.contacts.map((c) => el("li", {},
        el("strong", { text: c.name[lang] + (c.phone ? " " + c.phone : "") }), " – " + c.when[lang]))));
  }
  $("summary").textContent = t("risk") + ": " + codeLabel("riskLevels", p.riskLevel) + ". " + t("urgency") + ": "
    + codeLabel("urgencies", p.urgency) + ".";
  $("steps").replaceChildren(...p.steps.map((s) => {
    const item = el("li", { class: s.safeguarding ? "safeguarding" : "" });
    item.append(el("h3", { text: s.service.name[lang] }));
    const badges = el("p", {}, el("span", { class: "badge" + (s.urgency === "EMERGENCY" || s.urgency === "SAME_DAY" ? " urgent" : ""),
      text: codeLabel("urgencies", s.urgency) }), el("span", { class: "badge", text: codeLabel("tiers", s.tier) }));
    if (s.interpreter) { badges.append(el("span", { class: "badge", text: t("interpreter") })); }
    item.append(badges);
    if (s.needs.length) { item.append(el("p", { text: t("serves") + ": " + s.needs.map((n) => codeLabel("needs", n)).join(", ") })); }
    item.append(el("p", { text: t("howTo") + ": " + s.service.access.howTo[lang] + (s.service.access.phone ? " " + s.service.access.phone : "") }));
    item.append(el("ul", { class: "reasons", "aria-label": t("why") }, ...s.reasons.map((r) => el("li", { text: r[lang] }))));
    return item;
  }));
  $("protective-result").hidden = p.protectiveFactors.length === 0;
  $("protective-list").replaceChildren(...p.protectiveFactors.map((f) => el("li", {}, el("strong", { text: f.label[lang] + ": " }),
    f.advice ? f.advice[lang] : "")));
  $("notes-result").hidden = p.notes.length === 0;
  $("notes-list").replaceChildren(...p.notes.map((n) => el("li", { text: n[lang] })));
  $("version").textContent = t("ruleSet") + ": " + p.ruleSetId + " " + p.ruleSetVersion;
}

// The parent's copy: the steps only, in the parent's language where the catalog has it (sv, en).
function parentView() {
  const parentLanguage = $("language").value === "en" ? "en" : "sv";
  $("parent-steps").replaceChildren(...lastPathway.steps.map((s) => el("li", { lang: parentLanguage },
    el("strong", { text: s.service.name[parentLanguage] }), " – " + s.service.access.howTo[parentLanguage]
      + (s.service.access.phone ? " " + s.service.access.phone : ""))));
  $("parent-view").hidden = false;
  $("parent-heading").setAttribute("tabindex", "-1");
  $("parent-heading").focus();
  window.print();
}

function init() {
  $("api-key").value = key();
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem("lotsen-key", $("api-key").value.trim());
    $("key-status").textContent = t("keySaved");
    clearErrors();
    loadCodes();
  });
  $("language-toggle").addEventListener("click", () => { lang = lang === "sv" ? "en" : "sv"; applyText(); });
  $("request-form").addEventListener("submit", suggest);
  document.querySelectorAll("input[name=epds-kind]").forEach((r) => r.addEventListener("change", () => {
    const kind = document.querySelector("input[name=epds-kind]:checked").value;
    $("epds-items-panel").hidden = kind !== "items";
    $("epds-total-panel").hidden = kind !== "total";
    $("epds-language-row").hidden = kind === "none";
  }));
  $("print").addEventListener("click", parentView);
  $("close-parent").addEventListener("click", () => { $("parent-view").hidden = true; $("print").focus(); });
  $("copy").addEventListener("click", () => navigator.clipboard.writeText($("parent-steps").innerText)
    .then(() => { $("key-status").textContent = t("copied"); }));
  applyText();
  loadCodes();
}

document.addEventListener("DOMContentLoaded", init);
