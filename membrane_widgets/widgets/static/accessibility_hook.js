// membrane-widgets accessibility hook (no build step: an anywidget ES module).
//
// ipywidgets draws sliders, Play buttons and toggles without accessible names or human
// values. Every membrane-widgets view carries this hook; its model holds, per control
// (keyed by a DOM class), a name, how to say the value ("140 mM", "P = 1.00") and a
// keyboard step multiplier. One observer per page applies them to the DOM as views
// appear and values change.

const REGISTRY = "__membraneWidgetsA11y";

function state() {
  if (!window[REGISTRY]) {
    window[REGISTRY] = {controls: new Map(), models: new Set(), observer: null, queued: false};
  }
  return window[REGISTRY];
}

function formatNumber(x, digits) {
  if (!Number.isFinite(x)) return "";
  if (x === 0) return "0";
  const ax = Math.abs(x);
  let s;
  if (ax >= 1e-3 && ax < 1e6) {
    s = x.toPrecision(digits);
    if (s.includes("e")) s = String(Number(s));
    // "140." -> "140"
    s = s.replace(/\.$/, "");
  } else {
    const [m, e] = x.toExponential(digits - 1).split("e");
    s = `${m} × 10^${Number(e)}`;
  }
  return s;
}

function valueText(spec, raw, shown) {
  // `shown`: the number of the slider's own readout (the model's value, not the handle's
  // position snapped to the step grid), when it has one
  let x = Number.isFinite(shown) ? shown : spec.log ? Math.pow(10, raw) : raw * (spec.scale || 1);
  let s;
  if (spec.decimals !== undefined && spec.decimals !== null) {
    s = Math.abs(x) < 0.5 * Math.pow(10, -spec.decimals) ? (0).toFixed(spec.decimals)
        : x.toFixed(spec.decimals);
  } else {
    s = formatNumber(x, spec.digits || 3);
  }
  if (s.startsWith("-")) s = "\u2212" + s.slice(1);
  else if (spec.signed && Number(x.toFixed(spec.decimals ?? 6)) > 0) s = "+" + s;
  return (spec.template || "{}").replace("{}", s);
}

function applySlider(el, spec, key) {
  const target = el.querySelector(".noUi-target");
  const handle = el.querySelector(".noUi-handle");
  if (!target || !handle) return;
  if (spec.name && handle.getAttribute("aria-label") !== spec.name) {
    handle.setAttribute("aria-label", spec.name);
  }
  const api = target.noUiSlider;
  if (api) {
    if (!api.__mwHooked) {
      api.__mwHooked = true;
      api.on("update.mwA11y", () => schedule());
    }
  }
  const raw = Number(handle.getAttribute("aria-valuenow"));
  const readout = el.querySelector(".widget-readout");
  const shown = readout && readout.offsetParent !== null
    ? parseFloat((readout.textContent || "").replace("\u2212", "-")) : NaN;
  // a value shown beside the slider by its binding ("140 mM") is said as it is shown
  const beside = document.getElementsByClassName(key.replace("mw-c-", "mw-v-"))[0];
  const besideText = beside ? beside.textContent.trim() : "";
  const text = besideText || valueText(spec, raw, shown);
  if (text && handle.getAttribute("aria-valuetext") !== text) {
    handle.setAttribute("aria-valuetext", text);
  }
}

function ownHook(el) {
  // the hook of the innermost view around `el` (its texts are in that view's language)
  const root = el.closest(".mw-root");
  if (!root) return null;
  return [...root.querySelectorAll(".mw-a11y-hook")].find(h => h.closest(".mw-root") === root);
}

function applyGeneric(root) {
  // sliders without their own entry: named by their visible description
  for (const handle of root.querySelectorAll(".noUi-handle")) {
    const slider = handle.closest(".widget-slider");
    const disabled = handle.closest(".noUi-target")?.hasAttribute("disabled")
      || slider?.querySelector(".noUi-target[disabled]");
    const tab = disabled ? "-1" : "0";
    if (handle.getAttribute("tabindex") !== tab) handle.setAttribute("tabindex", tab);
    if (!handle.hasAttribute("aria-label") && slider) {
      const label = slider.querySelector(".widget-label")?.textContent?.trim();
      if (label) handle.setAttribute("aria-label", label);
    }
  }
  // Play widget: icon-only buttons get names
  for (const button of root.querySelectorAll(".widget-play button")) {
    const icon = button.querySelector("i")?.className || "";
    const key = icon.includes("fa-play") ? "play" : icon.includes("fa-pause") ? "pause"
      : icon.includes("fa-stop") ? "stop" : icon.includes("fa-retweet") ? "repeat" : null;
    const name = key && ownHook(button)?.dataset[key];
    if (name && button.getAttribute("aria-label") !== name) button.setAttribute("aria-label", name);
    if (key === "repeat") {
      const pressed = String(button.classList.contains("mod-active"));
      if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
    }
  }
  // toggle buttons: expose the pressed state
  for (const button of root.querySelectorAll("button.widget-toggle-button, .widget-toggle-buttons button")) {
    const pressed = String(button.classList.contains("mod-active"));
    if (button.getAttribute("aria-pressed") !== pressed) button.setAttribute("aria-pressed", pressed);
  }
  // live descriptions: the sentence (.mw-say) is announced politely when it changes. The
  // hook keeps a copy of it in a live region of its own, which outlives the widget's
  // redraws: a readout drawn above the sentence changes on every move and is not
  // announced, nor is an unchanged sentence drawn again. Screen readers read the copy in
  // place of the drawn sentence, which they skip.
  for (const el of root.querySelectorAll(".mw-live")) {
    let live = el.querySelector(":scope > .mw-sr-live");
    if (!live) {
      live = document.createElement("div");
      live.className = "mw-sr-live";
      live.setAttribute("aria-live", "polite");
      el.appendChild(live);
    }
    const said = el.querySelector(".mw-say");
    if (!said) continue;
    if (said.getAttribute("aria-hidden") !== "true") said.setAttribute("aria-hidden", "true");
    const words = said.textContent.replace(/\s+/g, " ").trim();
    if (live.textContent !== words) live.textContent = words;
  }
  // figures: the drawing is one image for screen readers (its marks and ticks are not
  // content), named by the title and the description (the LiveDescription with the same
  // key). The image is the figure's drawing (svg.svg-figure), not the figure's element,
  // which also holds bqplot's toolbar buttons (focusable: not inside an image).
  for (const fig of root.querySelectorAll(".bqplot.figure")) {
    const drawing = fig.querySelector(":scope > svg.svg-figure");
    if (!drawing) continue;
    const key = [...fig.classList].find(c => c.startsWith("mw-f-"));
    const title = drawing.querySelector(".mainheading")?.textContent?.trim() || "";
    const described = key && document.getElementsByClassName("mw-d-" + key.slice(5))[0];
    const said = described && described.querySelector(".mw-say");
    const words = said ? said.textContent.replace(/\s+/g, " ").trim() : "";
    const name = [title, words].filter(Boolean).join(". ");
    if (drawing.getAttribute("role") !== "img") drawing.setAttribute("role", "img");
    if (name && drawing.getAttribute("aria-label") !== name) drawing.setAttribute("aria-label", name);
    const background = fig.querySelector(":scope > svg.svg-background");
    if (background && background.getAttribute("aria-hidden") !== "true") {
      background.setAttribute("aria-hidden", "true");
    }
  }
}

// Keyboard steps. noUiSlider moves one step per arrow key and cannot change that after
// creation, so the hook takes the arrow and page keys of described sliders itself:
// `multiplier` steps per arrow, `page` arrows per Page Up/Down. Setting the slider fires
// its "update" event, which ipywidgets sends to the kernel (continuous sliders only:
// the others are described with multiplier 1 and keep noUiSlider's own keys).
const KEYS = {ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 1, PageDown: -1};

function onKeydown(event) {
  const handle = event.target;
  if (!(handle instanceof Element) || !handle.classList.contains("noUi-handle")) return;
  const sign = KEYS[event.key];
  if (!sign || event.altKey || event.ctrlKey || event.metaKey) return;
  const st = state();
  const owner = [...handle.closest(".widget-slider")?.classList || []]
    .find(c => c.startsWith("mw-c-"));
  const spec = owner && st.controls.get(owner);
  const target = handle.closest(".noUi-target");
  const api = target && target.noUiSlider;
  if (!spec || !api || target.hasAttribute("disabled")) return;
  const page = event.key.startsWith("Page");
  const arrows = page ? (spec.page || 10) : 1;
  if (spec.multiplier <= 1 && !page) return;
  const step = Number(api.options.step) || 0;
  const range = api.options.range;
  const lo = Number(Array.isArray(range.min) ? range.min[0] : range.min);
  const hi = Number(Array.isArray(range.max) ? range.max[0] : range.max);
  if (!(step > 0)) return;
  const now = parseFloat(api.get(true));
  const moves = Math.max(1, spec.multiplier) * arrows;
  let next = Math.round((now + sign * moves * step) / step) * step;
  next = Math.min(hi, Math.max(lo, next));
  event.preventDefault();
  event.stopPropagation();
  api.set(next);
}

// Text boxes that apply on Enter (class mw-apply-on-enter on the widget): while the text
// differs from what was applied, the box is marked and a note says how to apply it;
// Enter applies (ipywidgets sends a box's text on its "change" event), Shift+Enter
// starts a new line.
function onInput(event) {
  const box = event.target.closest?.(".mw-apply-on-enter");
  if (!box || !(event.target instanceof HTMLTextAreaElement)) return;
  setPending(box, true);
}

function setPending(box, pending) {
  box.classList.toggle("mw-pending", pending);
  let note = box.querySelector(":scope > .mw-pending-note");
  if (!note) {
    note = document.createElement("div");
    note.className = "mw-pending-note";
    note.setAttribute("aria-live", "polite");
    box.appendChild(note);
  }
  note.textContent = pending ? (ownHook(box)?.dataset.pending || "") : "";
}

function onEnter(event) {
  const area = event.target;
  if (!(area instanceof HTMLTextAreaElement) || event.key !== "Enter" || event.shiftKey) return;
  const box = area.closest(".mw-apply-on-enter");
  if (!box) return;
  event.preventDefault();
  area.dispatchEvent(new Event("change", {bubbles: true}));
  setPending(box, false);
}

function onChange(event) {
  const box = event.target.closest?.(".mw-apply-on-enter");
  if (box) setPending(box, false);
}

function applyAll() {
  const st = state();
  st.queued = false;
  for (const [key, spec] of st.controls) {
    for (const el of document.getElementsByClassName(key)) {
      if (spec.kind === "slider") applySlider(el, spec, key);
    }
  }
  // outermost views only: a view inside another (the app's explorers) is covered by it
  for (const root of document.getElementsByClassName("mw-root")) {
    if (!root.parentElement?.closest(".mw-root")) applyGeneric(root);
  }
}

function schedule() {
  const st = state();
  if (st.queued) return;
  st.queued = true;
  requestAnimationFrame(applyAll);
}

function sync(model) {
  const st = state();
  for (const [key, spec] of Object.entries(model.get("controls") || {})) st.controls.set(key, spec);
  schedule();
}

function render({model, el}) {
  const st = state();
  el.classList.add("mw-a11y-hook");
  const putTexts = () => {
    for (const [key, value] of Object.entries(model.get("texts") || {})) el.dataset[key] = value;
    schedule();
  };
  putTexts();
  model.on("change:texts", putTexts);
  if (!st.models.has(model)) {
    st.models.add(model);
    model.on("change:controls", () => sync(model));
  }
  sync(model);
  if (!st.keys) {
    st.keys = true;
    document.addEventListener("keydown", onKeydown, true);  // before noUiSlider's own
    document.addEventListener("keydown", onEnter, true);
    document.addEventListener("input", onInput, true);
    document.addEventListener("change", onChange, true);
  }
  if (!st.observer) {
    st.observer = new MutationObserver(schedule);
    st.observer.observe(document.body, {subtree: true, childList: true, attributes: true,
      attributeFilter: ["class", "disabled", "aria-valuenow"], characterData: true});
  }
}

export default {render};
