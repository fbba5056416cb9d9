// The playheads the layout check looks at, from the page's hook (main.ts, `?bench=1`): the start
// (a few events in), the middle, the busiest moment (most goroutines alive, blocked or holding an
// item, and items buffered, sampled at every hundredth of the run) and the end.
() => {
  const b = window.chanscopeBench;
  const total = b.model.events.length;
  let busiest = 0;
  let most = -1;
  for (let k = 0; k <= 100; k++) {
    const position = Math.floor((total * k) / 100);
    const world = b.model.history.at(position);
    let score = 0;
    for (const g of world.goroutines.values()) {
      if (g.state !== 'done') score += 1;
      if (g.state === 'blocked') score += 1;
      if (g.pendingItem >= 0) score += 1;
    }
    for (const o of world.objects.values()) score += o.slots.filter((s) => s >= 0).length;
    if (score > most) {
      most = score;
      busiest = position;
    }
  }
  return { start: Math.min(total, 3), middle: Math.floor(total / 2), busiest: busiest, end: total };
}
