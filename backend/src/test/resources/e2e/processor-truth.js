// The stage's processors and tokens tell the same story at every event: evaluated in the browser
// by PlayheadTruthE2ETest on a page opened with ?bench=1. At every playhead from the start to the
// end it compares the goroutines whose token shows ▶ running or ⚙ working with those the
// processor boxes show, and returns the events where they differ (with how often a worker was
// shown preempted and how many events were looked at).
() => {
  const b = window.chanscopeBench;
  const total = b.model.events.length;
  const mismatches = [];
  let preempted = 0;
  for (let p = 0; p <= total; p++) {
    b.seek(p);
    const shown = [...document.querySelectorAll('[data-testid=goroutine].state-running, [data-testid=goroutine].state-working')]
      .map((g) => Number(g.getAttribute('data-g')))
      .sort((x, y) => x - y);
    const seats = [...document.querySelectorAll('[data-testid=processor]')]
      .map((s) => Number(s.getAttribute('data-seat')))
      .filter((g) => g !== 0)
      .sort((x, y) => x - y);
    if (shown.join() !== seats.join()) mismatches.push(`after ${p} events: shown running ${shown} but processors show ${seats}`);
    if ([...document.querySelectorAll('[data-testid=goroutine] .go-status')].some((t) => t.textContent.startsWith('preempted'))) preempted++;
  }
  return { events: total, mismatches, preempted };
}
