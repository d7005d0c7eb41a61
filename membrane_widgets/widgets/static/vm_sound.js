// membrane-widgets: hear V_m (an anywidget ES module, no build step).
//
// A toggle button. While it is pressed, every V_m the kernel sends ({tone: mV}) plays a
// short soft tone whose pitch follows V_m: 440 Hz at 0 mV, one octave per 60 mV (about one
// Nernst decade), so -90 mV sounds about 1.5 octaves below 0 mV.

const COUNTER = "__membraneWidgetsTones";  // tones played on this page (read by the tests)
let audio = null;

function context() {
  if (!audio) {
    const Ctx = window.AudioContext || window.webkitAudioContext;
    if (!Ctx) return null;
    audio = new Ctx();
  }
  if (audio.state === "suspended") audio.resume();
  return audio;
}

export function pitch(vm) {
  const f = 440 * Math.pow(2, vm / 60);
  return Math.min(1760, Math.max(110, f));
}

function tone(vm) {
  const ctx = context();
  if (!ctx || !Number.isFinite(vm)) return;
  const t = ctx.currentTime;
  const osc = ctx.createOscillator();
  const gain = ctx.createGain();
  osc.type = "sine";
  osc.frequency.setValueAtTime(pitch(vm), t);
  // a soft attack and decay: no click, over in 0.16 s
  gain.gain.setValueAtTime(0.0001, t);
  gain.gain.exponentialRampToValueAtTime(0.12, t + 0.015);
  gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.16);
  osc.connect(gain);
  gain.connect(ctx.destination);
  osc.start(t);
  osc.stop(t + 0.17);
  window[COUNTER] = (window[COUNTER] || 0) + 1;
}

function render({model, el}) {
  const button = document.createElement("button");
  button.type = "button";
  button.className = "jupyter-button widget-button mw-sound-toggle";
  const draw = () => {
    button.textContent = model.get("label");
    button.title = model.get("hint");
    const on = Boolean(model.get("enabled"));
    button.setAttribute("aria-pressed", String(on));
    button.classList.toggle("mod-active", on);
  };
  button.addEventListener("click", () => {
    const on = !model.get("enabled");
    if (on) context();  // created inside the click: the browser lets it make sound
    model.set("enabled", on);
    model.save_changes();
  });
  model.on("change:enabled", draw);
  model.on("change:label", draw);
  model.on("change:hint", draw);
  model.on("msg:custom", (msg) => {
    if (msg && typeof msg.tone === "number" && model.get("enabled")) tone(msg.tone);
  });
  draw();
  el.appendChild(button);
}

export default {render};
