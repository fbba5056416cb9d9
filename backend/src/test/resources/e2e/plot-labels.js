// Whether every plot shown has its y-axis labels whole: evaluated in the browser by the browser tests
// once a run has been drawn. uPlot draws a y label right-aligned against the plot area, inside the
// axis' width; a label wider than that runs off the canvas' left edge and loses its first digits. So
// a plot is fine when its canvas holds ink (labels drawn) in the strip left of the plot area and none
// in its two leftmost pixel columns. Plots not shown (presenter mode hides the page's) are skipped.
// Returns one line per problem; empty when all are fine.
() => {
  const problems = [];
  const inked = (data) => {
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) return true;
    return false;
  };
  let shown = 0;
  for (const canvas of document.querySelectorAll('.uplot canvas')) {
    if (canvas.offsetParent === null || canvas.width < 50 || canvas.height < 1) continue;
    shown++;
    const name = canvas.closest('[data-testid]')?.dataset.testid ?? 'a plot';
    const title = canvas.closest('.uplot')?.querySelector('.u-title')?.textContent ?? '';
    const ctx = canvas.getContext('2d');
    const strip = Math.round(48 * devicePixelRatio);
    if (!inked(ctx.getImageData(2, 0, strip, canvas.height).data)) problems.push(`${name} (${title}): no y-axis labels drawn`);
    else if (inked(ctx.getImageData(0, 0, 2, canvas.height).data)) problems.push(`${name} (${title}): a y-axis label is cut off at the left edge`);
  }
  if (shown === 0) problems.push('no plot is shown');
  return problems;
}
