// Whether a user can reach each control: evaluated in the browser by PhonesAndProjectorsE2ETest
// with a list of data-testid selectors' elements. Each one is scrolled into view (as a user would
// scroll to it) and must then lie wholly inside the window, be visible, and be the element a tap
// at its centre lands on (nothing covers it). Returns one line per problem; empty when all are fine.
(selectors) => {
  const problems = [];
  const fmt = (r) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;
  for (const selector of selectors) {
    const elements = [...document.querySelectorAll(selector)];
    if (elements.length === 0) problems.push(`${selector}: not on the page`);
    for (const el of elements) {
      const name = `${selector}${el.id ? ` #${el.id}` : ''}`;
      el.scrollIntoView({ block: 'center', inline: 'nearest' });
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width < 1 || r.height < 1 || style.visibility === 'hidden') {
        problems.push(`${name}: not visible ${fmt(r)}`);
        continue;
      }
      if (r.left < -0.5 || r.right > window.innerWidth + 0.5 || r.top < -0.5 || r.bottom > window.innerHeight + 0.5) {
        problems.push(`${name}: ${fmt(r)} does not fit the ${window.innerWidth}×${window.innerHeight} window`);
        continue;
      }
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (hit !== el && !el.contains(hit) && !(hit instanceof HTMLLabelElement && hit.control === el)) {
        problems.push(`${name}: covered by ${hit?.outerHTML.slice(0, 80) ?? 'nothing'}`);
      }
    }
  }
  window.scrollTo(0, 0);
  return problems;
}
