// Lotsen's workbench for policy owners: versions, validate/compare/publish an upload, roll back with a diff, and the
// evaluation plots. Every call needs a POLICY_OWNER key; the key lives only in this tab.
"use strict";

const TEXT = {
  sv: {
    skip: "Hoppa till innehållet", tagline: "Arbetsbänk för regelverk: pröva, jämför, publicera och följ upp.",
    keyLabel: "Din nyckel (roll POLICY_OWNER, sparas bara i den här fliken)", keySave: "Spara nyckel", keySaved: "Nyckeln är sparad i den här fliken.",
    tabsLabel: "Arbetsbänk", tabVersions: "Versioner", tabTry: "Pröva och publicera", tabEvaluation: "Uppföljning",
    versionsHeading: "Publicerade versioner", colRuleSet: "Regelverk", colVersion: "Version", colBase: "Bygger på",
    colPublished: "Publicerad", colBy: "Av", colState: "Läge", colActions: "Åtgärder", active: "Aktiv", inactive: "–",
    download: "Hämta zip", activate: "Aktivera…", activateYes: "Ja, aktivera", activateNo: "Avbryt",
    activateQuestion: "Aktivera {0} {1}? Så här ändras vägarna jämfört med den aktiva versionen:",
    activated: "{0} {1} är nu aktiv.", tryHeading: "Pröva ett regelverk",
    dropHint: "Släpp regelverkets mapp eller en zip-fil här, eller välj:", pickZip: "Välj zip-fil", pickFolder: "Välj mapp",
    chosenFiles: "{0} filer valda ({1}).", chosenZip: "Zip-fil vald: {0}.", nothingChosen: "Välj först en mapp eller en zip-fil.",
    validate: "Kontrollera", diff: "Jämför med det aktiva", publish: "Publicera", working: "Arbetar… (kontrollen prövar alla familjer och kan ta några sekunder)",
    valid: "Regelverket är giltigt.", invalid: "Regelverket är inte giltigt: rätta felen nedan.",
    errors: "Fel", warnings: "Varningar", detected: "Så lästes tabellerna", line: "rad",
    scenarios: "Scenarier", scenariosRun: "{0} av {1} scenarier stämmer.", expectedActual: "Förväntat mot faktiskt",
    properties: "Säkerhetsegenskaper", holds: "gäller för {0} familjer", breaks: "gäller inte",
    counterexample: "Minsta familj som bryter den: {0}. {1}", explored: "{0} familjer prövade.",
    analysis: "Analys", unroutedNeeds: "Behov utan väg", unreachedServices: "Tjänster som ingen regel når",
    neverFiredRules: "Regler som aldrig gav något", overlaps: "Rader som överlappar", none: "Inga.",
    baseHeading: "Grunden", colTenant: "Kommun", layerChanges: "Vad vårt lager ändrar jämfört med grunden",
    pinned: "Vårt regelverk bygger på grunden {0}.", isBase: "Det här är regionens grund; kommunerna bygger på den.",
    pendingBase: "Regionen har en ny grund, {0}. Så här ändras våra vägar om vi tar emot den:", accept: "Ta emot den nya grunden",
    accepted: "Vi bygger nu på {0}.", notAccepted: "Vårt lager håller inte på den nya grunden; se felen.",
    moved: "{0}: från {1} till {2}", safety: " (säkerhetsrättelse från regionen)",
    diffHeading: "Ändrade vägar", diffSummary: "{0} av {1} familjer får en annan väg.", family: "Familj", before: "Före", after: "Efter",
    texts: "Risk och skydd", sameSteps: "Samma steg; bara texterna ändras.", published: "Publicerat: {0} {1} är nu aktiv.", publishHeading: "Innan du publicerar", publishSummary: "Publiceringen ger {0} av {1} familjer en annan väg, varav {2} där skyddsstegen eller oron för barnet ändras.", publishTick: "Jag har läst jämförelsen och vill publicera.", publishNow: "Publicera nu", layers: "Lager som bygger på detta: {0}",
    alreadyPublished: "Exakt det här innehållet är redan publicerat som {0}. Aktivera den versionen under Versioner i stället.",
    versionConflict: "Versionen finns redan med annat innehåll. Höj versionen i ruleset.yaml.",
    child: "ett barn på {0} månader", expecting: "en familj som väntar barn", needs: "behov", risks: "risker",
    protective: "skyddsfaktorer", epds: "EPDS {0} ({1})", on: "den {0}",
    evaluationHeading: "Vad hjälpte?", evaluationHint: "Anonyma räkningar per tjänst och vecka. Tal under 5 visas som \"<5\" och saknas i diagrammen.",
    from: "Från", to: "Till", show: "Visa", csv: "Hämta som CSV", noData: "Inga uppföljningar under perioden.",
    uptake: "Fick kontakt (andel av föreslagna)", helped: "Hjälpte (andel av uppföljda)", week: "Vecka",
    suggested: "Föreslagna", followedUp: "Uppföljda", contacted: "Fick kontakt", helpedCount: "Hjälpte", notHelped: "Hjälpte inte",
    notNeeded: "Behövdes inte", plotTitle: "{0}: andel som fick kontakt och som fick hjälp, per vecka",
    updateExpectation: "Uppdatera förväntan", updateHint: "när det nya svaret är det du menade",
    updatedRow: "Scenariot {0} i {1} förväntar nu det som kom:", field: "Kolumn", empty: "(tom)",
    downloadUpdated: "Hämta det uppdaterade regelverket", useUpdated: "Använd det och kontrollera igen",
    groupsHeading: "Familjer som ändras på samma sätt", groupsMore: "… och {0} grupper till.", showGroup: "Visa dem",
    filtersLabel: "Visa bara", filterNeed: "Behov", filterAge: "Ålder", filterService: "Tjänst", filterServiceChange: "som",
    filterSafeguarding: "Skydd", any: "Alla", gainedOrLost: "kommer till eller faller bort", gained: "kommer till", lost: "faller bort",
    safeguardingChanges: "ändras", safeguardingSame: "ändras inte", applyFilters: "Visa", clearFilters: "Rensa",
    matching: "{0} familjer visas med de här valen.", pageOf: "Sida {0} av {1}", previous: "Föregående", next: "Nästa",
    downloadCsv: "Hämta hela jämförelsen som CSV", downloadXlsx: "Hämta hela jämförelsen som Excel (.xlsx)",
    textWhat: "Text", implausibleNote: "{0} av familjerna finns inte i verkligheten; de visas sist.",
    bandExpecting: "väntar barn", months: "mån",
    textKinds: { reason: "Skäl", where: "Var", note: "Anteckning", advice: "Råd", duty: "Anmälningsplikt" },
    implausibleFamily: "Den familjen finns inte i verkligheten: {0}", nearestPlausible: "En familj som finns i verkligheten och bryter den: {0}. {1}",
    noNearestPlausible: "Ingen familj nära den som finns i verkligheten bryter egenskapen."
  },
  en: {
    skip: "Skip to the content", tagline: "Workbench for rule sets: try, compare, publish and follow up.",
    keyLabel: "Your key (role POLICY_OWNER, kept only in this tab)", keySave: "Save key", keySaved: "The key is saved in this tab.",
    tabsLabel: "Workbench", tabVersions: "Versions", tabTry: "Try and publish", tabEvaluation: "Follow-up",
    versionsHeading: "Published versions", colRuleSet: "Rule set", colVersion: "Version", colBase: "Builds on",
    colPublished: "Published", colBy: "By", colState: "State", colActions: "Actions", active: "Active", inactive: "–",
    download: "Download zip", activate: "Activate…", activateYes: "Yes, activate", activateNo: "Cancel",
    activateQuestion: "Activate {0} {1}? This is how pathways change compared with the active version:",
    activated: "{0} {1} is now active.", tryHeading: "Try a rule set",
    dropHint: "Drop the rule set's folder or a zip file here, or choose:", pickZip: "Choose a zip file", pickFolder: "Choose a folder",
    chosenFiles: "{0} files chosen ({1}).", chosenZip: "Zip file chosen: {0}.", nothingChosen: "First choose a folder or a zip file.",
    validate: "Check", diff: "Compare with the active one", publish: "Publish", working: "Working… (the check tries every family and can take a few seconds)",
    valid: "The rule set is valid.", invalid: "The rule set is not valid: correct the errors below.",
    errors: "Errors", warnings: "Warnings", detected: "How the tables were read", line: "line",
    scenarios: "Scenarios", scenariosRun: "{0} of {1} scenarios hold.", expectedActual: "Expected against actual",
    properties: "Safety properties", holds: "holds for {0} families", breaks: "does not hold",
    counterexample: "Smallest family that breaks it: {0}. {1}", explored: "{0} families tried.",
    analysis: "Analysis", unroutedNeeds: "Needs with no route", unreachedServices: "Services no rule reaches",
    neverFiredRules: "Rules that never gave anything", overlaps: "Rows that overlap", none: "None.",
    baseHeading: "The base", colTenant: "Municipality", layerChanges: "What our layer changes over the base",
    pinned: "Our rule set builds on the base {0}.", isBase: "This is the region's base; the municipalities build on it.",
    pendingBase: "The region has a new base, {0}. This is how our pathways change if we accept it:", accept: "Accept the new base",
    accepted: "We now build on {0}.", notAccepted: "Our layer does not hold on the new base; see the errors.",
    moved: "{0}: from {1} to {2}", safety: " (a safety correction by the region)",
    diffHeading: "Changed pathways", diffSummary: "{0} of {1} families get another pathway.", family: "Family", before: "Before", after: "After",
    texts: "Risk and safeguarding", sameSteps: "The same steps; only the texts change.", published: "Published: {0} {1} is now active.", publishHeading: "Before you publish", publishSummary: "Publishing gives {0} of {1} families another pathway, {2} of them with a change in the safeguarding steps or the concern for the child.", publishTick: "I have read the comparison and want to publish.", publishNow: "Publish now", layers: "Layers built on this: {0}",
    alreadyPublished: "This very content is already published as {0}. Activate that version under Versions instead.",
    versionConflict: "The version exists with other content. Raise the version in ruleset.yaml.",
    child: "a child of {0} months", expecting: "a family expecting a child", needs: "needs", risks: "risks",
    protective: "protective factors", epds: "EPDS {0} ({1})", on: "on {0}",
    evaluationHeading: "What helped?", evaluationHint: "Anonymous counts per service and week. Counts under 5 show as \"<5\" and are left out of the plots.",
    from: "From", to: "To", show: "Show", csv: "Download as CSV", noData: "No follow-up in the period.",
    uptake: "Got in touch (share of suggested)", helped: "Helped (share of followed up)", week: "Week",
    suggested: "Suggested", followedUp: "Followed up", contacted: "Got in touch", helpedCount: "Helped", notHelped: "Did not help",
    notNeeded: "Not needed", plotTitle: "{0}: share who got in touch and who were helped, per week",
    updateExpectation: "Update the expectation", updateHint: "when the new answer is what you meant",
    updatedRow: "The scenario {0} in {1} now expects what came:", field: "Column", empty: "(empty)",
    downloadUpdated: "Download the updated rule set", useUpdated: "Use it and check again",
    groupsHeading: "Families that change in the same way", groupsMore: "… and {0} more groups.", showGroup: "Show them",
    filtersLabel: "Show only", filterNeed: "Need", filterAge: "Age", filterService: "Service", filterServiceChange: "that",
    filterSafeguarding: "Safeguarding", any: "All", gainedOrLost: "is gained or lost", gained: "is gained", lost: "is lost",
    safeguardingChanges: "changes", safeguardingSame: "does not change", applyFilters: "Show", clearFilters: "Clear",
    matching: "{0} families shown with these choices.", pageOf: "Page {0} of {1}", previous: "Previous", next: "Next",
    downloadCsv: "Download the whole comparison as CSV", downloadXlsx: "Download the whole comparison as Excel (.xlsx)",
    textWhat: "Text", implausibleNote: "{0} of the families cannot exist; they are shown last.",
    bandExpecting: "expecting", months: "months",
    textKinds: { reason: "Reason", where: "Where", note: "Note", advice: "Advice", duty: "Duty to report" },
    implausibleFamily: "No real family looks like this one: {0}", nearestPlausible: "A family that can exist and breaks it: {0}. {1}",
    noNearestPlausible: "No family near it that can exist breaks the property."
  }
};

let lang = "sv";
let codes = null;
let upload = null;   // { kind: "zip", file } or { kind: "folder", files: [{ path, file }] }
let pendingActivation = null;

const $ = (id) => document.getElementById(id);
const { el } = Lotsen;
const t = (key, ...args) => TEXT[lang][key].replace(/\{(\d)\}/g, (m, i) => args[Number(i)]);
const pick = (text) => (text && typeof text === "object" ? text[lang] || text.sv : text);

function pageError(status, body) {
  const p = $("page-error");
  p.textContent = Lotsen.statusText(lang, status, body);
  p.hidden = false;
}

function clearPageError() { $("page-error").hidden = true; }

function applyText() {
  document.documentElement.lang = lang;
  document.querySelectorAll("[data-i18n]").forEach((node) => { node.textContent = t(node.dataset.i18n); });
  document.querySelectorAll("[data-i18n-label]").forEach((node) => node.setAttribute("aria-label", t(node.dataset.i18nLabel)));
  $("language-toggle").textContent = lang === "sv" ? "English" : "Svenska";
  $("language-toggle").lang = lang === "sv" ? "en" : "sv";
}

function showTab(button) {
  document.querySelectorAll(".tab").forEach((b) => {
    const selected = b === button;
    b.setAttribute("aria-pressed", String(selected));
    $(b.getAttribute("aria-controls")).hidden = !selected;
  });
  if (button.getAttribute("aria-controls") === "evaluation-panel") { loadEvaluation(); }
}

// ---- versions ----

// ---- the base: what the layer is pinned to, a newer base with its diff, and (for the region) who follows which ----

async function loadBase() {
  const [state, tenant] = await Promise.all([Lotsen.api("/rulesets/base-updates"), Lotsen.api("/tenant")]);
  if (state.status !== 200 || tenant.status !== 200) { return; }
  Lotsen.showTenant(lang);
  const region = !tenant.body.region;
  $("base-state").textContent = region ? t("isBase") : t("pinned", state.body.pinnedBase || "–");
  const pending = state.body.pending;
  $("base-pending").replaceChildren(...(pending ? [el("p", { text: t("pendingBase", pending.to) }),
    pending.diff ? diffTable(pending.diff) : el("p", { text: t("notAccepted") }), button(t("accept"), acceptBase)] : []));
  $("base-moves").replaceChildren(...state.body.moves.map((m) => el("li", {
    text: t("moved", m.movedAt.replace("T", " ").slice(0, 16), m.fromBase, m.toBase) + (m.safety ? t("safety") : "") })));
  $("layer-changes-box").hidden = region;
  $("followers").hidden = !region;
  if (region) {
    const followers = await Lotsen.api("/rulesets/tenants");
    $("followers").tBodies[0].replaceChildren(...(followers.status === 200 ? followers.body : []).map((f) => el("tr", {},
      el("td", { text: lang === "en" ? f.nameEn : f.nameSv }), el("td", { text: f.ruleSetId }), el("td", { text: f.version }),
      el("td", { text: f.base || "–" }))));
  }
}

async function loadLayerChanges() {
  if (!$("layer-changes-box").open) { return; }
  const { status, body } = await Lotsen.api("/rulesets/layer-changes");
  $("layer-changes").replaceChildren(status === 200 ? diffTable(body) : el("p", { text: Lotsen.statusText(lang, status, body) }));
}

async function acceptBase() {
  const { status, body } = await Lotsen.api("/rulesets/base-updates/accept", { method: "POST" });
  if (status !== 200 && status !== 422) { pageError(status, body); return; }
  $("versions-status").textContent = body.moved ? t("accepted", body.to) : t("notAccepted");
  loadVersions();
}

async function loadVersions() {
  if (!Lotsen.key()) { return; }
  loadBase();
  const [versions, c] = await Promise.all([Lotsen.api("/rulesets"), Lotsen.api("/codes")]);
  if (versions.status !== 200) { pageError(versions.status, versions.body); return; }
  clearPageError();
  codes = c.status === 200 ? c.body : null;
  await loadServiceNames();
  $("versions").tBodies[0].replaceChildren(...versions.body.slice().reverse().map((v) => el("tr", {},
    el("td", { text: v.ruleSetId }), el("td", { text: v.version }), el("td", { text: v.base || "–" }),
    el("td", { text: v.publishedAt.replace("T", " ").slice(0, 16) }), el("td", { text: v.publishedBy }),
    el("td", {}, v.active ? el("span", { class: "active-badge", text: t("active") }) : t("inactive")),
    el("td", {}, el("div", { class: "actions" },
      button(t("download"), () => download(v), "secondary"),
      v.active ? null : button(t("activate"), () => confirmActivation(v), "secondary"))))));
}

function button(text, onClick, cls) {
  const b = el("button", { type: "button", class: cls || null, text });
  b.addEventListener("click", onClick);
  return b;
}

const query = (v) => "?ruleSetId=" + encodeURIComponent(v.ruleSetId);

async function download(v) {
  const response = await fetch("/rulesets/" + encodeURIComponent(v.version) + "/zip" + query(v),
    { headers: { Authorization: "Bearer " + Lotsen.key() } }).catch(() => null);
  if (!response || !response.ok) { pageError(response ? response.status : 0, {}); return; }
  const url = URL.createObjectURL(await response.blob());
  const a = el("a", { href: url, download: v.ruleSetId + "-" + v.version + ".zip" });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

async function confirmActivation(v) {
  $("versions-status").textContent = t("working");
  const params = new URLSearchParams({ per_page: String(DIFF_PER_PAGE) });
  const { status, body } = await Lotsen.api(storedComparison(v)(params).path);
  $("versions-status").textContent = "";
  if (status !== 200) { pageError(status, body); return; }
  pendingActivation = v;
  $("activate-heading").textContent = t("activateQuestion", v.ruleSetId, v.version);
  $("activate-diff").replaceChildren(comparison(body, storedComparison(v), params));
  $("activate-confirm").hidden = false;
  $("activate-heading").focus();
}

async function activate() {
  const v = pendingActivation;
  const { status, body } = await Lotsen.api("/rulesets/" + encodeURIComponent(v.version) + "/activate" + query(v), { method: "POST" });
  $("activate-confirm").hidden = true;
  pendingActivation = null;
  if (status !== 200) { pageError(status, body); return; }
  $("versions-status").textContent = t("activated", body.ruleSetId, body.version);
  loadVersions();
}

// ---- upload: a zip, a picked folder, or a dropped folder ----

function chooseZip(file) {
  upload = { kind: "zip", file };
  $("chosen").textContent = t("chosenZip", file.name);
}

function chooseFolder(files) {
  upload = { kind: "folder", files };
  const top = files.length ? files[0].path.split("/")[0] : "";
  $("chosen").textContent = t("chosenFiles", files.length, top);
}

async function entries(entry, path) {
  if (entry.isFile) {
    return [{ path: path + entry.name, file: await new Promise((ok, fail) => entry.file(ok, fail)) }];
  }
  const reader = entry.createReader();
  const children = [];
  for (;;) {
    const batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
    if (!batch.length) { break; }
    children.push(...batch);
  }
  const nested = await Promise.all(children.map((c) => entries(c, path + entry.name + "/")));
  return nested.flat();
}

async function dropped(event) {
  event.preventDefault();
  $("drop-zone").classList.remove("over");
  const items = [...event.dataTransfer.items].map((i) => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
  if (items.length === 1 && items[0].isFile && items[0].name.toLowerCase().endsWith(".zip")) {
    chooseZip(event.dataTransfer.files[0]);
    return;
  }
  chooseFolder((await Promise.all(items.map((e) => entries(e, "")))).flat());
}

function body() {
  const form = new FormData();
  if (upload.kind === "zip") {
    form.append("file", upload.file, upload.file.name);
  } else {
    upload.files.forEach((f) => form.append("file", f.file, f.path));
  }
  return form;
}

async function send(path) {
  if (!upload) { $("try-status").textContent = t("nothingChosen"); return null; }
  clearPageError();
  $("try-status").textContent = t("working");
  $("report").replaceChildren();
  const result = await Lotsen.api(path, { method: "POST", body: body() });
  $("try-status").textContent = "";
  return result;
}

async function validate() {
  const result = await send("/rulesets/validate");
  if (!result) { return; }
  const isReport = result.status === 200 || (result.status === 422 && result.body.valid !== undefined);
  if (!isReport) { pageError(result.status, result.body); return; }
  $("report").replaceChildren(...report(result.body));
}

async function diff() {
  const params = new URLSearchParams({ per_page: String(DIFF_PER_PAGE) });
  const result = await send("/rulesets/diff?" + params);
  if (!result) { return; }
  if (result.status === 200) {
    $("report").replaceChildren(el("h3", { text: t("diffHeading") }), comparison(result.body, uploadComparison, params));
    return;
  }
  if (result.status === 422 && result.body.errors !== undefined && result.body.valid !== undefined) {
    $("report").replaceChildren(...report(result.body));
    return;
  }
  pageError(result.status, result.body);
}

// Publish asks first: the comparison's summary, and a tick before the button does anything.
async function publish() {
  const params = new URLSearchParams({ per_page: String(DIFF_PER_PAGE) });
  const preview = await send("/rulesets/diff?" + params);
  if (!preview) { return; }
  if (preview.status !== 200) {
    if (preview.status === 422 && preview.body.valid !== undefined) { $("report").replaceChildren(...report(preview.body)); return; }
    pageError(preview.status, preview.body);
    return;
  }
  const d = preview.body;
  // every family counted, whichever page is shown: the groups say whether safeguarding changes for theirs
  const safeguarding = (d.groups || []).filter((g) => g.shape.safeguarding).reduce((n, g) => n + g.families, 0);
  const tick = el("input", { type: "checkbox", id: "publish-tick" });
  const go = button(t("publishNow"), publishConfirmed);
  go.id = "publish-yes";
  go.disabled = true;
  tick.addEventListener("change", () => { go.disabled = !tick.checked; });
  $("report").replaceChildren(el("div", { id: "publish-confirm", class: "confirm", role: "group", "aria-labelledby": "publish-heading" },
    el("h3", { id: "publish-heading", text: t("publishHeading") }),
    el("p", { id: "publish-summary", text: t("publishSummary", d.changed, d.compared, safeguarding) }),
    el("label", {}, tick, " " + t("publishTick")), el("p", {}, go)), comparison(d, uploadComparison, params));
}

async function publishConfirmed() {
  const result = await send("/rulesets");
  if (!result) { return; }
  const { status, body: answer } = result;
  if (status === 201) {
    const layers = (answer.affectedLayers || []).map((l) => l.ruleSetId + " " + l.version).join(", ");
    // replaceChildren writes a null as the text "null": the line about layers is left out, not passed as null
    $("report").replaceChildren(el("p", { class: "ok", text: t("published", answer.version.ruleSetId, answer.version.version) }),
      ...(layers ? [el("p", { text: t("layers", layers) })] : []), ...report(answer.report));
    loadVersions();
  } else if (status === 409) {
    // the server says "this is ID version V already (…)"; the version it names is the one to activate
    const named = (answer.message || "").match(/this is (\S+) version (\S+) already/);
    const version = named ? named[1] + " " + named[2] : "";
    $("report").replaceChildren(el("p", { class: "bad", text: answer.code === "already_published"
      ? t("alreadyPublished", version) : t("versionConflict") }));
  } else if (status === 422 && answer.valid !== undefined) {
    $("report").replaceChildren(...report(answer));
  } else {
    pageError(status, answer);
  }
}

// ---- the report, in words ----

function report(r) {
  const out = [el("p", { class: r.valid ? "ok" : "bad", text: r.valid ? t("valid") : t("invalid") })];
  const problems = (list, heading) => {
    if (!list || !list.length) { return; }
    out.push(el("h3", { text: heading }));
    const byFile = new Map();
    list.forEach((p) => { if (!byFile.has(p.path)) { byFile.set(p.path, []); } byFile.get(p.path).push(p); });
    byFile.forEach((ps, file) => out.push(el("div", { class: "report-file" }, el("h4", { text: file }),
      el("ul", {}, ...ps.map((p) => el("li", {}, p.line > 0 ? el("strong", { text: t("line") + " " + p.line + ": " }) : null,
        lang === "sv" ? p.sv : p.message))))));
  };
  problems(r.errors, t("errors"));
  problems(r.warnings, t("warnings"));
  if (r.detected && r.detected.length) {
    out.push(el("h3", { text: t("detected") }), el("ul", {}, ...r.detected.map((d) => el("li", {}, el("code", { text: d.path }), ": " + pick(d)))));
  }
  if (r.scenarios) {
    out.push(el("h3", { text: t("scenarios") }), el("p", { class: r.scenarios.failures.length ? "bad" : "ok",
      text: t("scenariosRun", r.scenarios.passed, r.scenarios.run) }));
    if (r.scenarios.failures.length) {
      // the family in words and each difference in the page's language (sv is the default; older reports had English only)
      out.push(el("ul", {}, ...r.scenarios.failures.map((f) => {
        const holder = el("div", { class: "expectation-update" });
        const offer = upload ? button(t("updateExpectation"), () => updateExpectation(f.name, holder), "secondary update-expectation") : null;
        if (offer) { offer.dataset.scenario = f.name; }
        return el("li", {}, el("strong", { text: f.name }),
          " (" + f.file + ", " + t("line") + " " + f.line + ")" + (f.family ? ": " + pick(f.family) : "") + " – " + t("expectedActual") + ": ",
          el("ul", {}, ...((lang === "sv" && f.sv) ? f.sv : f.failures).map((x) => el("li", { text: x }))),
          offer ? el("p", {}, offer, " " + t("updateHint")) : null, holder);
      })));
    }
  }
  if (r.properties && r.properties.length) {
    out.push(el("h3", { text: t("properties") }), el("p", { text: t("explored", r.explored) }));
    out.push(el("ul", {}, ...r.properties.map((p) => el("li", { class: "finding" },
      el("span", { class: p.holds ? "ok" : "bad", text: p.id + ": " + (p.holds ? t("holds", p.checked) : t("breaks")) }),
      el("div", { text: p.why }),
      p.counterexample ? counterexample(p.counterexample) : null))));
  }
  if (r.analysis) {
    out.push(el("h3", { text: t("analysis") }));
    const a = r.analysis;
    const todo = a.whatToDo || {};
    const section = (key, items) => out.push(el("div", { class: "finding" }, el("h4", { text: t(key) }),
      items.length ? el("ul", {}, ...items.map((i) => el("li", { text: i }))) : el("p", { text: t("none") }),
      items.length && todo[key] ? el("p", { class: "what-to-do", text: pick(todo[key]) }) : null));
    section("unroutedNeeds", a.unroutedNeeds.map((g) => label("needs", g.need) + ", " + g.ageBand + ", " + label("severities", g.severity)));
    section("unreachedServices", a.unreachedServices);
    section("neverFiredRules", a.neverFiredRules);
    section("overlaps", a.overlaps.map((o) => o.ruleA + " / " + o.ruleB + " → " + o.service + ": " + o.outcomeA + " / " + o.outcomeB));
  }
  return out;
}

// The smallest family that breaks a property; when no real family looks like it, a family that can exist and breaks it
// too comes first (if one was found near it), as DOMAIN.md's "Plausible families" asks of what an owner is shown.
function counterexample(c) {
  const smallest = el("div", { class: "counterexample", text: t("counterexample", family(c.request, c.date), c.reason) });
  if (!c.implausible || !c.implausible.length) { return smallest; }
  const note = el("p", { class: "implausible", text: t("implausibleFamily", (c.implausibleSays || []).map(pick).join(" ")) });
  if (!c.nearestPlausible) { return el("div", {}, smallest, note, el("p", { text: t("noNearestPlausible") })); }
  return el("div", {}, el("div", { class: "nearest-plausible", text: t("nearestPlausible", family(c.nearestPlausible.request,
    c.nearestPlausible.date), c.nearestPlausible.reason) }), smallest, note);
}

// "Uppdatera förväntan": the server rewrites the scenario's row in the uploaded set; the page shows the row's
// cells before and after, and offers the rewritten set to download or to check again at once.
async function updateExpectation(name, holder) {
  holder.replaceChildren(el("p", { text: t("working") }));
  const { status, body: answer } = await Lotsen.api("/rulesets/scenarios/" + encodeURIComponent(name) + "/expectation",
    { method: "POST", body: body() });
  if (status !== 200) {
    const said = answer && (lang === "sv" ? answer.sv : answer.message);
    holder.replaceChildren(el("p", { class: "bad", text: said || Lotsen.statusText(lang, status, answer) }));
    return;
  }
  const bytes = Uint8Array.from(atob(answer.zipBase64), (c) => c.charCodeAt(0));
  const file = new File([bytes], answer.zipName, { type: "application/zip" });
  const shown = (text) => (text ? text : t("empty"));
  holder.replaceChildren(el("p", { class: "ok", text: t("updatedRow", answer.scenario, answer.file) }),
    el("table", { class: "expectation-diff" }, el("thead", {}, el("tr", {}, el("th", { scope: "col", text: t("field") }),
      el("th", { scope: "col", text: t("before") }), el("th", { scope: "col", text: t("after") }))),
    el("tbody", {}, ...answer.changes.map((c) => el("tr", {}, el("td", { text: lang === "sv" ? c.field : c.fieldEn }),
      el("td", {}, el("del", { text: shown(c.before) })), el("td", {}, el("ins", { text: shown(c.after) })))))),
    el("div", { class: "actions" },
      el("a", { class: "download-updated", href: URL.createObjectURL(file), download: answer.zipName, text: t("downloadUpdated") }),
      button(t("useUpdated"), () => { chooseZip(file); validate(); }, "use-updated")));
}

function label(list, code) { return codes ? Lotsen.label(codes[list], code, lang) : code; }

// A request as a family, in words: "a child of 14 months, needs: Sleep (moderate); risks: …".
function family(request, date) {
  const parts = [request.expecting ? t("expecting") : t("child", request.childAgeMonths)];
  if (request.needs && request.needs.length) {
    parts.push(t("needs") + ": " + request.needs.map((n) => label("needs", n.category) + " (" + label("severities", n.severity || "MODERATE").toLowerCase() + ")").join(", "));
  }
  if (request.riskFactors && request.riskFactors.length) { parts.push(t("risks") + ": " + request.riskFactors.map((r) => label("riskFactors", r)).join(", ")); }
  if (request.protectiveFactors && request.protectiveFactors.length) {
    parts.push(t("protective") + ": " + request.protectiveFactors.map((r) => label("protectiveFactors", r)).join(", "));
  }
  const epds = request.screenings && request.screenings.epds;
  if (epds) {
    const total = epds.items ? epds.items.reduce((a, b) => a + b, 0) : epds.total;
    parts.push(t("epds", total, epds.language));
  }
  if (date) { parts.push(t("on", date)); }
  return parts.join("; ");
}

const DIFF_PER_PAGE = 50;
const GROUPS_SHOWN = 10;
const AGE_BANDS = ["expecting", "0–11", "12–35", "36–71", "72–83"];
let serviceNames = new Map();

// "1. BVC_NURSE ROUTINE UNIVERSAL [SLEEP]" as staff read it: "1. BVC-sjuksköterska – vanlig tid, för alla".
function stepText(step) {
  const m = step.match(/^(\d+)\. (\S+) (\S+) (\S+)(.*)$/);
  if (!m) { return step; }
  const flags = m[5].replace(/\[.*\]/, "").replace("safeguarding", "⚠").replace("+interpreter", "🗣").trim();
  return (serviceNames.get(m[2]) || m[2]) + " – " + label("urgencies", m[3]).toLowerCase() + ", "
    + label("tiers", m[4]).toLowerCase() + (flags ? " " + flags : "");
}

// "sv | en" in the page's language.
function side(text) {
  const parts = String(text).split(" | ");
  return parts.length === 2 ? (lang === "sv" ? parts[0] : parts[1]) : text;
}

// "reason X/rule: sv | en → sv | en" in the page's language.
function changedText(text) { return text.split(" → ").map(side).join(" → "); }

// "reason BVC_NURSE/route-sleep-nurse" as "Skäl (BVC-sjuksköterska, route-sleep-nurse)": which text of which step or rule.
function whatText(what) {
  const [kind, ...rest] = String(what).split(" ");
  const subject = rest.join(" ");
  const [service, rule] = subject.split("/");
  const named = kind === "reason" || kind === "where" ? (serviceNames.get(service) || service) + (rule ? ", " + rule : "")
    : kind === "advice" ? label("protectiveFactors", subject) : subject;
  const word = (TEXT[lang].textKinds || {})[kind] || kind;
  return named ? word + " (" + named + ")" : word;
}

const bandText = (band) => (band === "expecting" ? t("bandExpecting") : band + " " + t("months"));

// Where a comparison comes from: the upload (POST) or a stored version (GET), with the query's parameters.
const uploadComparison = (params) => ({ path: "/rulesets/diff?" + params, init: { method: "POST", body: body() } });
const storedComparison = (v) => (params) => ({
  path: "/rulesets/" + encodeURIComponent(v.version) + "/diff" + query(v) + "&" + params, init: {} });

// The comparison a policy owner can read whole: its groups, filters, pages, and the download of every family.
function comparison(first, source, params) {
  const wrap = el("div", { class: "comparison" });
  const go = async (next) => {
    const request = source(next);
    wrap.setAttribute("aria-busy", "true");
    const { status, body: answer } = await Lotsen.api(request.path, request.init);
    wrap.removeAttribute("aria-busy");
    if (status !== 200) { pageError(status, answer); return; }
    wrap.replaceChildren(...comparisonParts(answer, next, go, source));
  };
  wrap.replaceChildren(...comparisonParts(first, params, go, source));
  return wrap;
}

function withParam(params, key, value) {
  const next = new URLSearchParams(params);
  if (value === "" || value === null || value === undefined) { next.delete(key); } else { next.set(key, value); }
  if (key !== "page") { next.delete("page"); }
  return next;
}

function select(id, labelText, options, chosen) {
  const s = el("select", { id });
  options.forEach(([value, text]) => {
    const o = el("option", { value, text });
    if (value === (chosen || "")) { o.selected = true; }
    s.append(o);
  });
  return [el("label", { for: id, text: labelText }), s];
}

function comparisonParts(result, params, go, source) {
  const parts = [el("p", { id: "diff-summary", text: t("diffSummary", result.changed, result.compared) })];
  if (result.implausible) { parts.push(el("p", { class: "hint", text: t("implausibleNote", result.implausible) })); }
  if (!result.changed) { return parts; }
  const groups = result.groups || [];
  if (groups.length) {
    parts.push(el("h4", { text: t("groupsHeading") }), el("ul", { class: "groups" }, ...groups.slice(0, GROUPS_SHOWN).map((g) => {
      const show = button(t("showGroup"), () => go(withParam(params, "group", g.key)), "secondary show-group");
      return el("li", {}, pick(g.label) + " ", show);
    })));
    if (groups.length > GROUPS_SHOWN) { parts.push(el("p", { class: "hint", text: t("groupsMore", groups.length - GROUPS_SHOWN) })); }
  }
  const any = ["", t("any")];
  const needs = codes ? codes.needs.map((n) => [n.code, n[lang] || n.code]) : [];
  const services = [...serviceNames.entries()].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => [id, name]);
  const form = el("form", { class: "filters row", "aria-label": t("filtersLabel") },
    ...select("filter-need", t("filterNeed"), [any, ...needs], params.get("need")),
    ...select("filter-age", t("filterAge"), [any, ...AGE_BANDS.map((b) => [b, bandText(b)])], params.get("age_band")),
    ...select("filter-service", t("filterService"), [any, ...services], params.get("service")),
    ...select("filter-service-change", t("filterServiceChange"), [["", t("gainedOrLost")], ["gained", t("gained")], ["lost", t("lost")]],
      params.get("service_change")),
    ...select("filter-safeguarding", t("filterSafeguarding"), [any, ["true", t("safeguardingChanges")], ["false", t("safeguardingSame")]],
      params.get("safeguarding")),
    el("button", { type: "submit", id: "filter-apply", text: t("applyFilters") }),
    button(t("clearFilters"), () => go(new URLSearchParams({ per_page: params.get("per_page") || String(DIFF_PER_PAGE) })), "secondary"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    let next = new URLSearchParams(params);
    [["need", "filter-need"], ["age_band", "filter-age"], ["service", "filter-service"], ["service_change", "filter-service-change"],
      ["safeguarding", "filter-safeguarding"]].forEach(([key, id]) => { next = withParam(next, key, form.querySelector("#" + id).value); });
    next.delete("group");
    go(next);
  });
  parts.push(form);
  const page = result.page, pages = result.pages;
  const previous = button(t("previous"), () => go(withParam(params, "page", String(page - 1))), "secondary page-previous");
  const next = button(t("next"), () => go(withParam(params, "page", String(page + 1))), "secondary page-next");
  previous.disabled = page <= 1;
  next.disabled = page >= pages;
  parts.push(el("div", { class: "actions pager" }, el("span", { id: "diff-matching", text: t("matching", result.matching) + " " }),
    previous, el("span", { id: "diff-page", text: t("pageOf", page, pages) }), next,
    button(t("downloadCsv"), () => downloadComparison(source, params, "csv"), "secondary download-csv"),
    button(t("downloadXlsx"), () => downloadComparison(source, params, "xlsx"), "secondary download-xlsx")));
  parts.push(diffTable(result));
  return parts;
}

async function downloadComparison(source, params, format) {
  const request = source(withParam(withParam(params, "format", format), "lang", lang));
  const response = await fetch(request.path, { ...request.init, headers: { Authorization: "Bearer " + Lotsen.key() } }).catch(() => null);
  if (!response || !response.ok) { pageError(response ? response.status : 0, {}); return; }
  const url = URL.createObjectURL(await response.blob());
  const a = el("a", { href: url, download: "lotsen-jamforelse." + format });
  document.body.append(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

// The page's changes: steps before and after, and a changed text's old and new wording side by side in them.
function diffTable(result) {
  const wrap = el("div", {});
  if (!result.changes.length) { return wrap; }
  const texts = (c, which) => (c.textChanges && c.textChanges.length
    ? el("ul", { class: "texts" }, ...c.textChanges.map((x) => el("li", {}, el("span", { class: "what", text: whatText(x.what) + ": " }),
      which === "before" ? el("del", { text: side(x.before) }) : el("ins", { text: side(x.after) }))))
    : null);
  wrap.append(el("table", { class: "changes" }, el("thead", {}, el("tr", {}, el("th", { scope: "col", text: t("family") }),
    el("th", { scope: "col", text: t("before") }), el("th", { scope: "col", text: t("after") }), el("th", { scope: "col", text: t("texts") }))),
    el("tbody", {}, ...result.changes.map((c) => {
      const same = JSON.stringify(c.before) === JSON.stringify(c.after);
      const other = (c.texts || []).filter((x) => x.startsWith("risk:") || x.startsWith("safeguarding:"));
      return el("tr", {},
        el("td", { text: c.request ? family(c.request, c.date) : c.family }),
        el("td", {}, el("ol", { class: "plain" }, ...c.before.map((x) => el("li", { text: stepText(x) }))), texts(c, "before")),
        el("td", {}, same ? el("p", { text: t("sameSteps") }) : el("ol", { class: "plain" }, ...c.after.map((x) => el("li", { text: stepText(x) }))),
          texts(c, "after")),
        el("td", {}, el("ul", {}, ...other.map((x) => el("li", { text: changedText(x) })))));
    }))));
  return wrap;
}

async function loadServiceNames() {
  const services = await Lotsen.api("/services");
  if (services.status === 200) { serviceNames = new Map(services.body.services.map((s) => [s.id, s.name[lang]])); }
}

// ---- evaluation plots: inline SVG, two series told apart by line style and mark shape, not only colour ----

async function loadEvaluation() {
  if (!Lotsen.key()) { return; }
  const params = new URLSearchParams();
  if ($("evaluation-from").value) { params.set("from", $("evaluation-from").value); }
  if ($("evaluation-to").value) { params.set("to", $("evaluation-to").value); }
  const { status, body } = await Lotsen.api("/evaluation?" + params);
  if (status !== 200) { pageError(status, body); return; }
  clearPageError();
  const services = new Map();
  body.weekTotals.filter((l) => l.kind === "SERVICE").forEach((l) => {
    if (!services.has(l.code)) { services.set(l.code, []); }
    services.get(l.code).push(l);
  });
  if (!services.size) { $("plots").replaceChildren(el("p", { text: t("noData") })); return; }
  const names = new Map((await Lotsen.api("/services")).body.services.map((s) => [s.id, s.name[lang]]));
  $("plots").replaceChildren(...[...services.entries()].map(([code, lines]) => plot(names.get(code) || code, lines)));
}

const number = (text) => (text === undefined || text === "<5" ? null : Number(text));

function plot(name, lines) {
  const width = 560, height = 220, left = 44, bottom = 36, top = 12, right = 12;
  const weeks = lines.map((l) => l.week);
  const uptake = lines.map((l) => ratio(number(l.counts.CONTACTED), number(l.counts.SUGGESTED)));
  const helped = lines.map((l) => ratio(number(l.counts.HELPED), number(l.counts.FOLLOWED_UP)));
  const x = (i) => left + (weeks.length === 1 ? (width - left - right) / 2 : i * (width - left - right) / (weeks.length - 1));
  const y = (v) => top + (1 - v) * (height - top - bottom);
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(ns, tag);
    Object.entries(attrs).forEach(([k, v]) => n.setAttribute(k, v));
    if (text !== undefined) { n.textContent = text; }
    svg.append(n);
    return n;
  };
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", t("plotTitle", name));
  add("line", { x1: left, y1: top, x2: left, y2: height - bottom, class: "axis" });
  add("line", { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, class: "axis" });
  [0, 0.5, 1].forEach((v) => add("text", { x: 4, y: y(v) + 4 }, Math.round(v * 100) + " %"));
  weeks.forEach((w, i) => add("text", { x: x(i) - 18, y: height - bottom + 16 }, w.slice(5)));
  const series = (values, cls, mark) => {
    const points = values.map((v, i) => (v === null ? null : [x(i), y(v)]));
    let d = "";
    points.forEach((p, i) => { if (p) { d += (d && points[i - 1] ? " L" : " M") + p[0].toFixed(1) + "," + p[1].toFixed(1); } });
    if (d) { add("path", { d: d.trim(), class: cls }); }
    points.forEach((p) => {
      if (!p) { return; }
      if (mark === "square") { add("rect", { x: p[0] - 4, y: p[1] - 4, width: 8, height: 8, class: "mark-uptake" }); }
      else { add("circle", { cx: p[0], cy: p[1], r: 4.5, class: "mark-helped" }); }
    });
  };
  series(uptake, "uptake", "square");
  series(helped, "helped", "circle");
  const table = el("table", {}, el("thead", {}, el("tr", {}, ...[t("week"), t("suggested"), t("followedUp"), t("contacted"),
    t("helpedCount"), t("notHelped"), t("notNeeded")].map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, ...lines.map((l) => el("tr", {}, ...[l.week, l.counts.SUGGESTED, l.counts.FOLLOWED_UP, l.counts.CONTACTED,
      l.counts.HELPED, l.counts.NOT_HELPED, l.counts.NOT_NEEDED].map((v) => el("td", { text: v }))))));
  return el("figure", { class: "plot" }, el("figcaption", {}, el("strong", { text: name }), " – ",
    "■ " + t("uptake") + ", ○ " + t("helped")), svg, table);
}

function ratio(part, whole) { return part === null || whole === null || whole === 0 ? null : Math.min(1, part / whole); }

function init() {
  Lotsen.keyForm(() => t("keySaved"), loadVersions);
  $("language-toggle").addEventListener("click", () => { lang = lang === "sv" ? "en" : "sv"; applyText(); loadVersions(); });
  document.querySelectorAll(".tab").forEach((b) => b.addEventListener("click", () => showTab(b)));
  $("pick-zip").addEventListener("change", (e) => { if (e.target.files[0]) { chooseZip(e.target.files[0]); } });
  $("pick-folder").addEventListener("change", (e) => chooseFolder([...e.target.files].map((f) => ({ path: f.webkitRelativePath || f.name, file: f }))));
  const zone = $("drop-zone");
  zone.addEventListener("dragover", (e) => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", dropped);
  $("validate").addEventListener("click", validate);
  $("diff").addEventListener("click", diff);
  $("publish").addEventListener("click", publish);
  $("activate-yes").addEventListener("click", activate);
  $("activate-no").addEventListener("click", () => { $("activate-confirm").hidden = true; pendingActivation = null; });
  $("evaluation-load").addEventListener("click", loadEvaluation);
  $("layer-changes-box").addEventListener("toggle", loadLayerChanges);
  $("evaluation-csv").addEventListener("click", async (e) => {
    e.preventDefault();
    const { status, body } = await Lotsen.api("/evaluation", { headers: { Accept: "text/csv" } });
    if (status !== 200) { pageError(status, body); return; }
    const url = URL.createObjectURL(new Blob([body], { type: "text/csv" }));
    const a = el("a", { href: url, download: "lotsen-evaluation.csv" });
    document.body.append(a);
    a.click();
    a.remove();
  });
  applyText();
  loadVersions();
}

document.addEventListener("DOMContentLoaded", init);
