// Shared by Lotsen's pages: the key (kept in this tab's sessionStorage only), calls to the API, small DOM helpers,
// and error messages in the page's language built from the error's code and field, never the API's English text.
"use strict";

const Lotsen = (() => {
  // Each page keeps its own key in the tab: the workbench never offers a staff key, nor the staff page a policy owner's.
  const storageKey = location.pathname.startsWith("/policy") ? "lotsen-key-policy" : "lotsen-key";
  const key = () => sessionStorage.getItem(storageKey) || "";
  const saveKey = (value) => { sessionStorage.setItem(storageKey, value.trim()); tenant = null; };

  // fetch that never throws: a network failure comes back as status 0.
  async function api(path, options = {}) {
    const headers = { Authorization: "Bearer " + key(), Accept: "application/json", ...(options.headers || {}) };
    let response;
    try {
      response = await fetch(path, { ...options, headers });
    } catch (e) {
      return { status: 0, body: {} };
    }
    const type = response.headers.get("Content-Type") || "";
    const body = type.includes("json") ? await response.json().catch(() => ({})) : await response.text().catch(() => "");
    return { status: response.status, body, headers: response.headers };
  }

  const el = (tag, attrs = {}, ...children) => {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => {
      if (v === undefined || v === null || v === false) { return; }
      if (k === "text") { node.textContent = v; } else { node.setAttribute(k, v === true ? "" : v); }
    });
    children.filter((c) => c !== null && c !== undefined).forEach((c) => node.append(c));
    return node;
  };

  // A tap-to-call link: Swedish numbers in international form, short numbers (112, 116 006) as they are.
  function tel(phone) {
    const digits = phone.replace(/[^0-9+]/g, "");
    const href = digits.startsWith("+") ? digits : digits.startsWith("0") ? "+46" + digits.slice(1) : digits;
    return el("a", { href: "tel:" + href, class: "tel", text: phone });
  }

  // What went wrong, in words for the person at the page, by HTTP status and the error's code.
  const STATUS_TEXT = {
    sv: {
      0: "Lotsen svarar inte. Kontrollera nätverket och försök igen om en stund.",
      key_missing: "Ange din nyckel först.",
      key_invalid: "Nyckeln gäller inte: den är felskriven, okänd eller återkallad. Kontrollera den och spara igen.",
      403: "Nyckeln gäller, men får inte göra det här. Be om en nyckel med rätt roll.",
      413: "Det du skickade är för stort.",
      429: "För många förfrågningar på kort tid. Vänta en minut och försök igen.",
      500: "Lotsen kunde inte svara just nu. Försök igen; händer det igen, kontakta förvaltningen.",
      invalid: "Något i formuläret behöver rättas (se markeringen).",
      other: "Lotsen kunde inte svara."
    },
    en: {
      0: "Lotsen does not answer. Check the network and try again in a moment.",
      key_missing: "Enter your key first.",
      key_invalid: "The key is not valid: it is mistyped, unknown or revoked. Check it and save it again.",
      403: "The key is valid but may not do this. Ask for a key with the right role.",
      413: "What you sent is too large.",
      429: "Too many requests in a short time. Wait a minute and try again.",
      500: "Lotsen could not answer just now. Try again; if it happens again, contact the administrators.",
      invalid: "Something in the form needs correcting (see the marked field).",
      other: "Lotsen could not answer."
    }
  };

  function statusText(lang, status, body) {
    const text = STATUS_TEXT[lang];
    if (status === 401) { return text[body && body.code === "key_missing" ? "key_missing" : "key_invalid"]; }
    if (status === 400 || status === 422) { return text.invalid; }
    return text[status] || text[status >= 500 ? 500 : "other"];
  }

  // A label for a code in the page's language; a code the page has no label for is shown as itself.
  function label(list, code, lang) {
    const found = (list || []).find((c) => c.code === code);
    return found && found[lang] ? found[lang] : code;
  }

  // The key form both pages start with: fill it from this tab, save on submit, say so, then let the page reload.
  function keyForm(savedText, onSaved) {
    const input = document.getElementById("api-key");
    input.value = key();
    document.getElementById("key-form").addEventListener("submit", (e) => {
      e.preventDefault();
      saveKey(input.value);
      document.getElementById("key-status").textContent = savedText();
      onSaved();
    });
  }

  // The municipality (or region) the key belongs to, named in the page's header: #tenant-name, if the page has one.
  let tenant = null;
  async function showTenant(lang) {
    const place = document.getElementById("tenant-name");
    if (!place) { return; }
    if (!tenant && key()) {
      const answer = await api("/tenant");
      tenant = answer.status === 200 ? answer.body : null;
    }
    place.textContent = tenant ? (lang === "en" ? tenant.nameEn : tenant.nameSv) : "";
  }

  return { key, keyForm, api, el, tel, statusText, label, showTenant };
})();
