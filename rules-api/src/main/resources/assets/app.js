// Lotsen staff page. Codes, labels and risk groups come from GET /codes, so the page never keeps its own copy.
// Nothing leaves the page but the request; the key lives only in this tab's sessionStorage.
"use strict";

const TEXT = {
  sv: {
    skip: "Hoppa till formuläret", tagline: "Föreslår en väg till rätt stöd. Inga namn, inga personnummer, ingen fritext.",
    keyLabel: "Din nyckel (sparas bara i den här fliken)", keySave: "Spara nyckel", keySaved: "Nyckeln är sparad i den här fliken.",
    ageLegend: "Barnet", ageBorn: "Barnets ålder", years: "år", months: "månader", ageHint: "(eller bara månader, t.ex. 18)",
    weeks: "eller veckor (under 3 mån)", ageExpecting: "Familjen väntar barn", needsLegend: "Vad föräldern tar upp (behov)", severityOf: "Svårighetsgrad för",
    risksLegend: "Riskfaktorer", risksHint: "Det föräldern berättar eller du ser. Aldrig en diagnos.",
    protectiveLegend: "Skyddsfaktorer", epdsLegend: "EPDS (om den är gjord)", epdsNone: "Ingen EPDS", epdsItems: "Tio frågor",
    epdsTotal: "Summa och fråga 10", epdsTotalScore: "Summa (0–30)", epdsItem10: "Fråga 10: tankar på att skada sig själv (0–3)",
    epdsLanguage: "Formulärets språk", epdsQuestion: "Fråga", epdsUnlisted: "inget validerat gränsvärde", contextLegend: "Språk och familjecentral",
    parentLanguage: "Förälderns språk", centre: "Familjecentral", notGiven: "Inte angivet", suggest: "Föreslå väg",
    newFamily: "Ny familj", resultHeading: "Föreslagen väg", strengthen: "Skyddsfaktorer att stärka", notes: "Att veta",
    concern: "Oro för barnets eller förälderns säkerhet", contacts: "Nummer att ringa", chat: "Chatt och mer",
    dutyAndLines: "Anmälningsplikten och mer om numren",
    risk: "Risknivå", urgency: "Brådska", tier: "Stödnivå",
    interpreter: "Tolk behövs", serves: "Gäller", ruleSet: "Regelverk", howTo: "Så når du dem", other: "Övrigt",
    groups: { TODAY: "I dag", WEEK: "Inom en vecka", LATER: "Sedan", SELF: "Själv" },
    why: "Varför?", rule: "regel", safeguardingStep: "Skyddssteg",
    modes: { DROP_IN: "kom förbi", BOOKING: "boka tid", PHONE: "ring", ONLINE: "på webben", STAFF_REFERRAL: "via personalen" },
    handoutHeading: "Till föräldern", handoutOpen: "Öppna föräldrarnas sida", copyLink: "Kopiera länken",
    handoutHint: "Föräldrarnas sida visar stegen på förälderns språk, med när och hur de nås, och en QR-kod. Skyddsstegen står inte där: dem tar du upp i samtalet.",
    copied: "Länken är kopierad.", copyFailed: "Kunde inte kopiera; markera länken och kopiera den själv.",
    followUpHeading: "Uppföljning vid ett senare besök", followUpHint: "Koden står på föräldrarnas sida (i adressen efter /f/).",
    followUpReference: "Kod", followUpService: "Steg", followUpOutcome: "Hur det gick", followUpSave: "Spara",
    followUpSaved: "Sparat. Tack!", followUpAlready: "Det svaret var redan sparat för steget.",
    followUpUnknown: "Koden finns inte. Kontrollera den.", followUpExpired: "Koden har gått ut (90 dagar).",
    followUpNoStep: "Det steget finns inte i den vägen.",
    outcomes: { CONTACTED: "Har fått kontakt", NOT_CONTACTED: "Har inte fått kontakt", HELPED: "Det hjälpte",
      NOT_HELPED: "Det hjälpte inte", NOT_NEEDED: "Behövdes inte" },
    fields: {
      childAgeMonths: "Ange barnets ålder (högst {years} år och {months} månader, {max} månader) eller att familjen väntar barn – ett av dem.",
      childAgeWeeks: "Veckor anges bara under 3 månader (0–{maxWeeks}) och ska stämma med månaderna (7 veckor är 1 månad). Ange annars månader.",
      expecting: "Ange barnets ålder eller att familjen väntar barn – ett av dem.",
      needs: "Kontrollera behoven: varje behov en gång, med svårighetsgrad.",
      riskFactors: "Kontrollera riskfaktorerna.", protectiveFactors: "Kontrollera skyddsfaktorerna.",
      "screenings.epds.items": "Fyll i alla tio EPDS-frågorna med 0–3.",
      "screenings.epds.total": "Ange EPDS-summan (0–30); den ska stämma med frågorna.",
      "screenings.epds.item10": "Ange fråga 10 (0–3): den säger om tankar på att skada sig själv.",
      "screenings.epds.language": "Välj formulärets språk: gränsvärdet beror på det.",
      "screenings.epds": "Kontrollera EPDS: antingen alla tio frågorna eller summan och fråga 10, och formulärets språk.",
      language: "Välj förälderns språk i listan.", centre: "Välj familjecentral i listan.",
      body: "Formuläret kunde inte skickas som det är. Ladda om sidan och försök igen."
    }
  },
  en: {
    skip: "Skip to the form", tagline: "Suggests a way to the right support. No names, no identity numbers, no free text.",
    keyLabel: "Your key (kept only in this tab)", keySave: "Save key", keySaved: "The key is saved in this tab.",
    ageLegend: "The child", ageBorn: "The child's age", years: "years", months: "months", ageHint: "(or months only, e.g. 18)",
    weeks: "or weeks (under 3 months)", ageExpecting: "The family is expecting", needsLegend: "What the parent raises (needs)", severityOf: "Severity of",
    risksLegend: "Risk factors", risksHint: "What the parent tells or you observe. Never a diagnosis.",
    protectiveLegend: "Protective factors", epdsLegend: "EPDS (if done)", epdsNone: "No EPDS", epdsItems: "Ten items",
    epdsTotal: "Total and item 10", epdsTotalScore: "Total (0–30)", epdsItem10: "Item 10: thoughts of self-harm (0–3)",
    epdsLanguage: "Language of the form", epdsQuestion: "Item", epdsUnlisted: "no validated cut-off", contextLegend: "Language and family centre",
    parentLanguage: "Parent's language", centre: "Family centre", notGiven: "Not given", suggest: "Suggest a pathway",
    newFamily: "New family", resultHeading: "Suggested pathway", strengthen: "Protective factors to strengthen",
    notes: "Good to know", concern: "Concern for the child's or parent's safety", contacts: "Lines to call",
    dutyAndLines: "The duty to report, and more on the lines",
    chat: "Chat and more",
    risk: "Risk level", urgency: "Urgency", tier: "Level of support", interpreter: "Interpreter needed", serves: "For", ruleSet: "Rule set",
    howTo: "How you reach them", other: "Other",
    groups: { TODAY: "Today", WEEK: "Within a week", LATER: "Later", SELF: "On your own" },
    why: "Why?", rule: "rule", safeguardingStep: "Safeguarding step",
    modes: { DROP_IN: "drop in", BOOKING: "book a time", PHONE: "call", ONLINE: "online", STAFF_REFERRAL: "through staff" }, handoutHeading: "For the parent", handoutOpen: "Open the parent's page",
    copyLink: "Copy the link",
    handoutHint: "The parent's page shows the steps in the parent's language, with when and how to reach them, and a QR code. The safeguarding steps are not on it: you take those up in the conversation.",
    copied: "The link is copied.", copyFailed: "Could not copy; select the link and copy it yourself.",
    followUpHeading: "Follow-up at a later visit", followUpHint: "The code is on the parent's page (in the address after /f/).",
    followUpReference: "Code", followUpService: "Step", followUpOutcome: "How it went", followUpSave: "Save",
    followUpSaved: "Saved. Thank you!", followUpAlready: "That answer was already saved for the step.",
    followUpUnknown: "There is no such code. Check it.", followUpExpired: "The code has expired (90 days).",
    followUpNoStep: "That step is not in this pathway.",
    outcomes: { CONTACTED: "Got in touch", NOT_CONTACTED: "Did not get in touch", HELPED: "It helped",
      NOT_HELPED: "It did not help", NOT_NEEDED: "Not needed" },
    fields: {
      childAgeMonths: "Give the child's age (at most {years} years and {months} months, {max} months) or that the family is expecting – one of them.",
      childAgeWeeks: "Weeks are for under 3 months only (0–{maxWeeks}) and must agree with the months (7 weeks is 1 month). Otherwise give months.",
      expecting: "Give the child's age or that the family is expecting – one of them.",
      needs: "Check the needs: each need once, with its severity.",
      riskFactors: "Check the risk factors.", protectiveFactors: "Check the protective factors.",
      "screenings.epds.items": "Fill in all ten EPDS items with 0–3.",
      "screenings.epds.total": "Give the EPDS total (0–30); it must match the items.",
      "screenings.epds.item10": "Give item 10 (0–3): it tells whether there are thoughts of self-harm.",
      "screenings.epds.language": "Choose the form's language: the cut-off depends on it.",
      "screenings.epds": "Check the EPDS: either all ten items or the total and item 10, and the form's language.",
      language: "Choose the parent's language from the list.", centre: "Choose the family centre from the list.",
      body: "The form could not be sent as it is. Reload the page and try again."
    }
  }
};

// EPDS items by topic (the form itself is the one the parent filled in; these are reminders for staff).
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

const LANGUAGES = ["sv", "en", "ar", "so", "ti", "fa", "fr", "pl", "tr", "uk", "ku", "es", "de", "fi", "bs", "ru"];

let lang = "sv";
let codes = null;
let catalog = { centres: [], services: [] };
let lastPathway = null;
let lastLanguage = "";

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[lang][key];
const { el } = Lotsen;
const label = (list, code) => Lotsen.label(codes ? codes[list] : [], code, lang);
const languageName = (code) => new Intl.DisplayNames([lang], { type: "language" }).of(code) + " (" + code + ")";

async function loadCodes() {
  if (!Lotsen.key()) { return; }
  const [c, s] = await Promise.all([Lotsen.api("/codes"), Lotsen.api("/services")]);
  if (c.status !== 200) { showFormError(Lotsen.statusText(lang, c.status, c.body)); return; }
  Lotsen.showTenant(lang);
  codes = c.body;
  $("age-months").max = codes.maxChildAgeMonths;
  $("age-weeks").max = codes.maxChildAgeWeeks;
  $("age-years").max = Math.floor(codes.maxChildAgeMonths / 12);
  catalog = s.status === 200 ? s.body : { centres: [], services: [] };
  renderForm();
}

function renderForm() {
  const chosen = new Map([...$("needs").querySelectorAll("input[type=checkbox]:checked")]
    .map((box) => [box.value, $("sev-" + box.value).value]));
  $("needs").replaceChildren(...codes.needs.map((need) => {
    const box = el("input", { type: "checkbox", id: "need-" + need.code, value: need.code });
    const severity = el("select", { id: "sev-" + need.code, "aria-label": t("severityOf") + " " + label("needs", need.code) });
    // MODERATE is the default severity (DOMAIN): marked as the option's default so that "Ny familj" (a form reset)
    // returns to it, as a fresh page shows it, and never to the first option (mild).
    codes.severities.forEach((s) => {
      const option = el("option", { value: s.code, text: label("severities", s.code) });
      option.defaultSelected = s.code === "MODERATE";
      severity.append(option);
    });
    severity.value = chosen.get(need.code) || "MODERATE";
    box.checked = chosen.has(need.code);
    severity.disabled = !box.checked;
    box.addEventListener("change", () => { severity.disabled = !box.checked; });
    return el("div", { class: "check" }, box, el("label", { for: "need-" + need.code, text: label("needs", need.code) }), severity);
  }));
  renderRisks();
  renderChecks($("protective"), codes.protectiveFactors.map((c) => c.code), "protective-", "protectiveFactors");
  renderEpdsItems();
  renderSelect($("language"), LANGUAGES.map((l) => ({ value: l, text: languageName(l) })), true);
  renderSelect($("epds-language"), epdsFormOptions(), false);
  renderSelect($("centre"), catalog.centres.map((c) => ({ value: c.id, text: c.name[lang] })), true);
  renderSelect($("follow-up-service"), catalog.services.map((s) => ({ value: s.id, text: s.name[lang] })), false);
  renderSelect($("follow-up-outcome"), Object.entries(t("outcomes")).map(([value, text]) => ({ value, text })), false);
}

// The rule set's EPDS forms, then the parent languages it lists no form for (Tigrinya, Somali, ...): a form in such a
// language is read conservatively by the rule set, and staff must be able to say that it was that form.
function epdsFormOptions() {
  const forms = codes.epdsForms || [];
  const listed = new Set(forms.flatMap((f) => [f.code, ...(f.aliases || [])]));
  return [...forms.map((f) => ({ value: f.code, text: (f[lang] || f.code) + " (" + f.code + ")" })),
    ...LANGUAGES.filter((l) => !listed.has(l)).map((l) => ({ value: l, text: languageName(l) + " – " + t("epdsUnlisted") }))];
}

// Risk factors in the groups /codes gives; a code in no group goes under "Other", so none is ever lost.
function renderRisks() {
  const checked = new Set([...$("risks").querySelectorAll("input:checked")].map((i) => i.value));
  const grouped = new Set((codes.riskGroups || []).flatMap((g) => g.codes));
  const groups = [...(codes.riskGroups || [])];
  const rest = codes.riskFactors.map((c) => c.code).filter((c) => !grouped.has(c));
  if (rest.length) { groups.push({ id: "other", sv: TEXT.sv.other, en: TEXT.en.other, codes: rest }); }
  $("risks").replaceChildren(...groups.map((g) => el("div", { class: "group", role: "group", "aria-labelledby": "group-" + g.id },
    el("h2", { id: "group-" + g.id, class: "group-heading", text: g[lang] || g.id }),
    el("div", { class: "checks" }, ...g.codes.map((code) => check("risk-", code, "riskFactors", checked.has(code)))))));
}

function check(prefix, code, list, checked) {
  const box = el("input", { type: "checkbox", id: prefix + code, value: code });
  box.checked = checked;
  return el("div", { class: "check" }, box, el("label", { for: prefix + code, text: label(list, code) }));
}

function renderChecks(container, list, prefix, codeList) {
  const checked = new Set([...container.querySelectorAll("input:checked")].map((i) => i.value));
  container.replaceChildren(...list.map((code) => check(prefix, code, codeList, checked.has(code))));
}

function renderSelect(select, options, allowEmpty) {
  const value = select.value;
  select.replaceChildren(...(allowEmpty ? [el("option", { value: "", text: t("notGiven") })] : []),
    ...options.map((o) => el("option", { value: o.value, text: o.text })));
  if ([...select.options].some((o) => o.value === value)) { select.value = value; }
}

function renderEpdsItems() {
  const list = $("epds-item-list");
  const values = [...list.querySelectorAll("select")].map((s) => s.value);
  list.replaceChildren(...EPDS_ITEMS[lang].map((topic, i) => {
    const select = el("select", { id: "epds-item-" + (i + 1) });
    [0, 1, 2, 3].forEach((score) => select.append(el("option", { value: String(score), text: String(score) })));
    select.value = values[i] || "0";
    return el("li", {}, el("label", { for: "epds-item-" + (i + 1), text: t("epdsQuestion") + " " + (i + 1) + ": " + topic }), select);
  }));
}

function applyText() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  const toggle = $("language-toggle");
  toggle.textContent = lang === "sv" ? "English" : "Svenska";
  toggle.lang = lang === "sv" ? "en" : "sv";
  if ($("key-status").textContent) { $("key-status").textContent = t("keySaved"); }
  if (codes) { renderForm(); Lotsen.showTenant(lang); }
  if (lastPathway) { renderPathway(lastPathway); }
}

function ageInMonths() {
  const years = $("age-years").value.trim();
  const months = $("age-months").value.trim();
  if (years === "" && months === "") { return null; }
  return (years === "" ? 0 : Number(years)) * 12 + (months === "" ? 0 : Number(months));
}

// Weeks alone (under 3 months) stand for their months too: 7 weeks is 1 month, as the server counts (28–31-day months).
function ageInWeeks() {
  const weeks = $("age-weeks").value.trim();
  return weeks === "" ? null : Number(weeks);
}

function request() {
  const body = {};
  if ($("age-expecting").checked) { body.expecting = true; } else {
    const weeks = ageInWeeks();
    const age = ageInMonths();
    if (age !== null) { body.childAgeMonths = age; } else if (weeks !== null) { body.childAgeMonths = Math.floor(weeks * 7 / 30.4375); }
    if (weeks !== null) { body.childAgeWeeks = weeks; }
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

// Where an API error's field is shown, and which control gets focus.
function errorTarget(field) {
  if (field.startsWith("childAgeWeeks")) { return ["age-error", "age-weeks"]; }
  if (field.startsWith("childAgeMonths") || field.startsWith("expecting")) { return ["age-error", "age-years"]; }
  if (field.startsWith("needs")) { return ["needs-error", "needs-fieldset"]; }
  if (field.startsWith("riskFactors")) { return ["risks-error", "risks-fieldset"]; }
  if (field.startsWith("protectiveFactors")) { return ["protective-error", "protective-fieldset"]; }
  if (field.startsWith("screenings")) { return ["epds-error", "epds-fieldset"]; }
  if (field === "language") { return ["language-error", "language"]; }
  if (field === "centre") { return ["centre-error", "centre"]; }
  return ["form-error", "request-form"];
}

// The oldest age comes from /codes (one constant on the server), never from the page's own copy.
function withOldestAge(text) {
  const max = codes ? codes.maxChildAgeMonths : null;
  if (max === null || max === undefined) { return text.replace(/ \([^)]*\{max[^)]*\)/g, ""); }
  return text.replace("{years}", Math.floor(max / 12)).replace("{months}", max % 12).replace("{max}", max)
    .replace("{maxWeeks}", codes.maxChildAgeWeeks);
}

// The page's own words for a field, most specific first ("screenings.epds.items[3]" → "screenings.epds.items").
function fieldText(field) {
  const fields = t("fields");
  let name = (field || "body").replace(/\[\d+\]/g, "");
  while (name) {
    if (fields[name]) { return withOldestAge(fields[name]); }
    name = name.includes(".") ? name.slice(0, name.lastIndexOf(".")) : "";
  }
  return fields.body;
}

function clearErrors() {
  document.querySelectorAll(".error").forEach((p) => { p.hidden = true; p.textContent = ""; });
  document.querySelectorAll("[aria-invalid]").forEach((n) => n.removeAttribute("aria-invalid"));
}

function clearResult() {
  lastPathway = null;
  $("result").hidden = true;
  $("plan").replaceChildren();
  $("safeguarding").replaceChildren();
  $("copy-status").textContent = "";
}

function showFormError(message) { const p = $("form-error"); p.textContent = message; p.hidden = false; }

function showFieldErrors(error) {
  const list = error.errors && error.errors.length ? error.errors : [{ field: error.field || "body" }];
  let first = null;
  const shown = new Set();
  list.forEach((v) => {
    const [errorId, controlId] = errorTarget(v.field || "");
    const text = fieldText(v.field);
    if (shown.has(errorId + text)) { return; }
    shown.add(errorId + text);
    const p = $(errorId);
    p.textContent = (p.textContent ? p.textContent + " " : "") + text;
    p.hidden = false;
    $(controlId).setAttribute("aria-invalid", "true");
    if (controlId === "epds-fieldset") { $("epds-details").open = true; }
    if (controlId === "protective-fieldset") { $("protective-details").open = true; }
    first = first || $(controlId);
  });
  if (first) { first.focus(); }
}

async function suggest(event) {
  event.preventDefault();
  clearErrors();
  clearResult();
  if (!Lotsen.key()) { showFormError(Lotsen.statusText(lang, 401, { code: "key_missing" })); $("api-key").focus(); return; }
  $("suggest").disabled = true;
  const asked = request();
  const sentLanguage = asked.language || "";
  const { status, body } = await Lotsen.api("/pathways/suggest", {
    method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(asked)
  });
  $("suggest").disabled = false;
  if (status === 200) {
    lastPathway = body;
    lastLanguage = sentLanguage;
    renderPathway(body);
    // Focus for the screen reader, but scroll so the top of the result (the safeguarding banner when there is one) is
    // in view at every width: at 390 px the heading sits far below the banner's heading and duty text.
    $("result-heading").focus({ preventScroll: true });
    $("result").scrollIntoView({ block: "start" });
    return;
  }
  showFormError(Lotsen.statusText(lang, status, body));
  if (status === 400 || status === 422) { showFieldErrors(body); }
  if (status === 401) { $("api-key").setAttribute("aria-invalid", "true"); }
}

function renderPathway(p) {
  $("result").hidden = false;
  const banner = $("safeguarding");
  banner.hidden = !p.safeguarding.concern;
  if (p.safeguarding.concern) {
    // What each trigger is comes first (self-harm: the suicide risk today; violence: the child and the duty), then the
    // lines to call. On a phone the banner and the plan fit in about one and a half screens: the
    // concern and the numbers stay in view, the duty's full wording and what each line offers fold out below them.
    const contacts = p.safeguarding.contacts;
    const details = contacts.filter((c) => c.when);
    banner.replaceChildren(el("h2", { text: t("concern") }),
      ...(p.safeguarding.leads || []).map((l) => el("p", { class: "lead", "data-trigger": l.trigger, text: l[lang] })),
      el("h3", { class: "visually-hidden", text: t("contacts") }),
      el("ul", { class: "lines" }, ...contacts.map((c) => el("li", {}, el("strong", { text: c.name[lang] }), " ",
        c.phone ? Lotsen.tel(c.phone) : null, c.web ? " " : null,
        c.web ? el("a", { href: c.web, target: "_blank", rel: "noopener noreferrer", text: t("chat") }) : null))),
      el("details", { class: "more" }, el("summary", { text: t("dutyAndLines") }),
        el("p", { class: "duty", text: p.safeguarding.duty ? p.safeguarding.duty[lang] : "" }),
        el("ul", { class: "line-notes" }, ...details.map((c) => el("li", {}, el("strong", { text: c.name[lang] + ": " }), c.when[lang])))));
  }
  $("summary").textContent = t("risk") + ": " + label("riskLevels", p.riskLevel) + ". " + t("urgency") + ": "
    + label("urgencies", p.urgency) + ".";
  renderPlan(p);
  $("protective-result").hidden = p.protectiveFactors.length === 0;
  $("protective-list").replaceChildren(...p.protectiveFactors.map((f) => el("li", {}, el("strong", { text: f.label[lang] + ": " }),
    f.advice ? f.advice[lang] : "")));
  $("notes-result").hidden = p.notes.length === 0;
  $("notes-list").replaceChildren(...p.notes.map((n) => el("li", { text: n[lang] })));
  $("version").textContent = t("ruleSet") + ": " + p.ruleSetId + " " + p.ruleSetVersion;
  $("handout").hidden = !p.reference;
  if (p.reference) { $("handout-link").href = "/f/" + p.reference; }
}

// The plan: one group per "when" (today, within a week, later, on your own), one line per step in the engine's order
// (safeguarding first within its group); why a step is there folds out under its own "Varför?" button.
const GROUP_OF = { EMERGENCY: "TODAY", SAME_DAY: "TODAY", WITHIN_WEEK: "WEEK", ROUTINE: "LATER", SELF_SERVICE: "SELF" };

function renderPlan(p) {
  // A language switch redraws the plan: what the nurse had folded out stays folded out.
  const open = new Set([...$("plan").querySelectorAll(".why-toggle[aria-expanded=true]")].map((b) => b.getAttribute("aria-controls")));
  const groups = ["TODAY", "WEEK", "LATER", "SELF"].map((group) => ({ group, steps: p.steps.filter((s) => GROUP_OF[s.urgency] === group) }))
    .filter((g) => g.steps.length);
  $("plan").replaceChildren(...groups.map(({ group, steps }) => el("section", { class: "plan-group", "data-group": group,
    "aria-labelledby": "plan-" + group },
  el("h3", { id: "plan-" + group, text: t("groups")[group] }),
  el("ol", { class: "steps" }, ...steps.map(stepItem)))));
  open.forEach((id) => { const toggle = $("plan").querySelector("[aria-controls=" + id + "]"); if (toggle) { toggle.click(); } });
}

function stepItem(s) {
  const name = s.service.name[lang];
  const whyId = "why-" + s.order;
  const item = el("li", { class: "step" + (s.safeguarding ? " safeguarding" : ""), value: s.order, "data-service": s.service.id,
    "data-urgency": s.urgency });
  // The group's heading says when; a badge says it again only for an emergency, which "I dag" would understate. The
  // urgency's own word and the tier are the first lines under "Varför?".
  const badges = el("span", { class: "badges" });
  if (s.safeguarding) { badges.append(el("span", { class: "badge urgent", text: t("safeguardingStep") })); }
  if (s.urgency === "EMERGENCY") { badges.append(el("span", { class: "badge urgent", text: label("urgencies", s.urgency) })); }
  if (s.interpreter) { badges.append(el("span", { class: "badge interpreter", text: interpreterText() })); }
  const toggle = el("button", { type: "button", class: "why-toggle secondary", "aria-expanded": "false", "aria-controls": whyId },
    t("why"), el("span", { class: "visually-hidden", text: " " + name }));
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    $(whyId).hidden = !open;
  });
  const access = s.service.access || {};
  item.append(el("div", { class: "step-line" }, el("h4", { class: "step-name", text: name }), " ", badges),
    el("div", { class: "step-reach" }, access.phone ? Lotsen.tel(access.phone) : el("span", { class: "hint", text: reachWords(access) }),
      s.where ? el("span", { class: "hint", text: s.where[lang] }) : null, toggle));
  const why = el("div", { class: "why", id: whyId, hidden: true });
  why.append(el("p", {}, el("strong", { text: t("urgency") + ": " }), el("span", { "data-kind": "urgency", text: label("urgencies", s.urgency) }),
    ". ", el("strong", { text: t("tier") + ": " }), el("span", { "data-kind": "tier", text: label("tiers", s.tier).toLowerCase() }), "."));
  if (access.howTo) { why.append(el("p", { class: "how" }, el("strong", { text: t("howTo") + ": " }), access.howTo[lang])); }
  if (s.needs.length) { why.append(el("p", { text: t("serves") + ": " + s.needs.map((n) => label("needs", n)).join(", ") })); }
  why.append(el("ul", { class: "reasons" }, ...s.reasons.map((r) => el("li", {}, r[lang] + " ",
    el("span", { class: "rule", text: "(" + t("rule") + " " + r.ruleId + ")" })))));
  item.append(why);
  return item;
}

// How to reach a service without a phone number, in a word or two (the whole text is under "Varför?").
function reachWords(access) {
  const modes = access.modes || [];
  return modes.map((m) => t("modes")[m]).filter(Boolean).slice(0, 2).join(", ");
}

// "Interpreter needed (Arabic)": the parent's language as the form had it when the pathway was asked for.
function interpreterText() {
  const code = lastLanguage;
  return code ? t("interpreter") + " (" + new Intl.DisplayNames([lang], { type: "language" }).of(code) + ")" : t("interpreter");
}

function newFamily() {
  const keyValue = $("api-key").value;
  $("request-form").reset();
  $("api-key").value = keyValue;
  document.querySelectorAll("#needs select").forEach((s) => { s.disabled = true; });
  $("epds-details").open = false;
  $("protective-details").open = false;
  showEpdsPanels();
  clearErrors();
  clearResult();
  $("age-years").focus();
}

function showEpdsPanels() {
  const kind = document.querySelector("input[name=epds-kind]:checked").value;
  $("epds-item-list").hidden = kind !== "items";
  $("epds-total-panel").hidden = kind !== "total";
  $("epds-language-row").hidden = kind === "none";
}

async function copyLink() {
  const link = new URL($("handout-link").getAttribute("href"), location.href).toString();
  try {
    await navigator.clipboard.writeText(link);
    $("copy-status").textContent = t("copied");
  } catch (e) {
    $("copy-status").textContent = t("copyFailed");
  }
}

async function saveFollowUp(event) {
  event.preventDefault();
  const reference = $("follow-up-reference").value.trim().replace(/^.*\/f\//, "");
  const { status, body } = await Lotsen.api("/followups", {
    method: "POST", headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ reference, serviceId: $("follow-up-service").value, outcome: $("follow-up-outcome").value })
  });
  const words = status === 200 ? (body.result === "COUNTED" ? t("followUpSaved") : t("followUpAlready"))
    : status === 404 ? t("followUpUnknown") : status === 410 ? t("followUpExpired")
    : status === 422 && body.field === "serviceId" ? t("followUpNoStep")
    : status === 422 ? t("followUpUnknown") : Lotsen.statusText(lang, status, body);
  $("follow-up-status").textContent = words;
}

function init() {
  Lotsen.keyForm(() => t("keySaved"), () => {
    $("api-key").removeAttribute("aria-invalid");
    clearErrors();
    loadCodes();
  });
  $("language-toggle").addEventListener("click", () => { lang = lang === "sv" ? "en" : "sv"; applyText(); });
  $("request-form").addEventListener("submit", suggest);
  $("new-family").addEventListener("click", newFamily);
  document.querySelectorAll("input[name=epds-kind]").forEach((r) => r.addEventListener("change", showEpdsPanels));
  $("copy-link").addEventListener("click", copyLink);
  $("follow-up-form").addEventListener("submit", saveFollowUp);
  applyText();
  loadCodes();
}

document.addEventListener("DOMContentLoaded", init);
