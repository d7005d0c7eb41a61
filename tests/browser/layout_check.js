// Every control, figure and table of the project's widgets (inside .mw-root): is it wider
// than the page, cut off by an ancestor that hides overflow, or a slider track shorter
// than minTrack px? Returns the problems as readable lines (empty: the layout fits).
// Used by tests/browser/test_accessibility.py.
(minTrack) => {
  const problems = [];
  const page = document.documentElement.clientWidth;
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const name = (el) => (el.className && typeof el.className === 'string' ? el.className : el.tagName)
    .split(' ').filter(c => c.startsWith('widget-') || c.startsWith('mw-') || c === 'figure' ||
                             c === 'noUi-target').slice(0, 3).join('.') || el.tagName;
  const roots = [...document.querySelectorAll('.mw-root')].filter(visible);
  const items = roots.flatMap(root => [...root.querySelectorAll(
    '.widget-slider, .widget-dropdown, .widget-text, .widget-toggle-buttons, .widget-button, ' +
    '.widget-checkbox, .widget-play, .bqplot.figure, .widget-html-content table')]).filter(visible);
  for (const el of items) {
    // a table in its own scroll box may be wider than the page: the box must fit instead
    const r = (el.closest('.mw-scroll') || el).getBoundingClientRect();
    if (r.left < -1 || r.right > page + 1) {
      problems.push(`${name(el)} outside the page: ${Math.round(r.left)}..${Math.round(r.right)} of ${page}`);
      continue;
    }
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      if (a.classList.contains('mw-scroll')) break;  // a table's own scroll box
      const b = a.getBoundingClientRect();
      if (r.left < b.left - 1 || r.right > b.right + 1) {
        problems.push(`${name(el)} clipped by ${name(a)}: ${Math.round(r.left)}..${Math.round(r.right)} in ${Math.round(b.left)}..${Math.round(b.right)}`);
        break;
      }
    }
  }
  for (const track of roots.flatMap(root => [...root.querySelectorAll('.noUi-target')]).filter(visible)) {
    const w = track.getBoundingClientRect().width;
    if (w < minTrack) {
      const label = track.closest('.widget-slider')?.querySelector('.widget-label')?.textContent;
      problems.push(`slider track "${label}" only ${Math.round(w)} px`);
    }
  }
  const scroller = document.scrollingElement;
  if (scroller.scrollWidth > scroller.clientWidth + 1) {
    problems.push(`the page scrolls sideways: ${scroller.scrollWidth} > ${scroller.clientWidth}`);
  }
  return problems;
}
