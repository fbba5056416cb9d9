#!/usr/bin/env node
/* global console, setTimeout, window, document, performance, requestAnimationFrame, MutationObserver */
// Browser playground benchmark (docs/BENCHMARKS.md, "Browser playground").
//
//   cd frontend && node bench/playground.mjs            # builds the jar, starts it, measures, stops it
//   node bench/playground.mjs --no-build                # reuse backend/target/chanscope.jar
//   node bench/playground.mjs --url http://127.0.0.1:8080   # measure a server that is already up
//   node bench/playground.mjs --first-frame-trials 2 --fps-runs 1 --fps-seconds 1 --messages 2000 \
//     --seeks 3 --fold-sweep 20                         # smallest: a smoke test, as CI runs it
//
// The build is `./mvnw -B -pl backend -am -DskipTests package` (env MVN_FLAGS adds flags, e.g. -o): it
// runs npm ci here too, so a fresh clone needs nothing else. The server is started the documented way,
// bin/chanscope (Java 25 found as ./mvnw finds it; JAVA_HOME to choose one).
//
// Drives Debian's Chromium (/usr/bin/chromium, never a downloaded browser) with playwright-core over
// loopback only and measures: (a) link open -> first rendered frame, (b) stage fps while playing a
// ~1,000-goroutine run, (c) seek latency in a ~1,000,000-event run, (d) retained heap per event.
// Pages opened with ?bench=1 expose window.chanscopeBench (src/page/bench.ts): the model, the player and
// seek(n), the scrubber's seek path rendered synchronously. Prints a JSON report and a summary table;
// the JSON is also written to frontend/target/bench/playground.json. Exits by itself (hard timeout).
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, hardTimeout, launchChromium, option, printTable, round, run, startServer, stats } from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const FIRST_FRAME_TRIALS = Number(option('--first-frame-trials', '7'));
const SEEKS = Number(option('--seeks', '40'));
const FOLD_SWEEP = Number(option('--fold-sweep', '2000'));
const FPS_SECONDS = Number(option('--fps-seconds', '5'));
const BIG_MESSAGES = Number(option('--messages', '170000'));
// The first run is the target's workload: ~1,000 task goroutines and as many channels alive at once
// (one buffered channel per task). The other two are the earlier bracket: many goroutines on one
// channel, and many channels (timers' and results') with few goroutines.
// --only seek: just the ~1,000,000-event run (seeks and memory), skipping first frame and fps.
const ONLY = option('--only', null);
// Loading the big run is slow on a busy machine (the page redraws its timeline as events arrive).
const LOAD_TIMEOUT_MS = Number(option('--load-timeout', '300')) * 1000;
const FPS_RUNS = [
  { name: 'fan-out-fan-in tasks=1000 ordered', query: 's=fan-out-fan-in&tasks=1000&ordered=true' },
  { name: 'fan-out-fan-in tasks=1000', query: 's=fan-out-fan-in&tasks=1000' },
  { name: 'select-timeout calls=1000', query: 's=select-timeout&calls=1000' },
];

// --fps-runs 1,2 measures only those runs (0-based), e.g. against a server without `ordered`.
const FPS_SELECTED = option('--fps-runs', null);
const fpsRuns = FPS_SELECTED === null ? FPS_RUNS : FPS_SELECTED.split(',').map((i) => {
  const run = FPS_RUNS[Number(i)];
  if (run === undefined) throw new Error(`--fps-runs: no run ${i}; there are ${FPS_RUNS.length} (0-based)`);
  return run;
});

const hardTimer = hardTimeout(Number(option('--timeout', '900')));
let browser = null;

async function waitDone(page, timeoutMs) {
  await page.waitForFunction(
    () => {
      const b = window.chanscopeBench;
      const phase = b?.model.status.get().phase;
      if (phase === 'failed') throw new Error('run failed: ' + JSON.stringify(b.model.status.get()));
      return phase === 'done';
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
}

// ---- (a) link open -> first rendered frame --------------------------------------------------------

async function firstFrame(base) {
  const trials = [];
  for (let i = 0; i < FIRST_FRAME_TRIALS; i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // The frame for t=100 is on screen when the position line reads "event 100 of …" and the stage
    // holds goroutines; the MutationObserver fires in the same task as the DOM change (the render),
    // and the following requestAnimationFrame marks the paint of that frame.
    await page.addInitScript(() => {
      const w = window;
      w.__ff = null;
      const check = () => {
        if (w.__ff !== null) return;
        const pos = document.querySelector('[data-testid="position"]');
        const stage = document.querySelector('[data-testid="stage"]');
        if (pos?.textContent?.startsWith('event 100 of') && stage?.querySelector('[data-testid="goroutine"]')) {
          w.__ff = { dom: performance.now(), painted: null };
          requestAnimationFrame(() => setTimeout(() => (w.__ff.painted = performance.now()), 0));
        }
      };
      new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    });
    const t0 = Date.now();
    await page.goto(`${base}/?s=worker-pool&seed=1&t=100`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ff?.painted != null, undefined, { timeout: 10_000, polling: 20 });
    const ff = await page.evaluate(() => window.__ff);
    trials.push({ domMs: ff.dom, paintedMs: ff.painted, wallMs: Date.now() - t0 });
    await context.close();
  }
  return { trials, cold: trials[0], warm: stats(trials.slice(1).map((t) => t.paintedMs)) };
}

// ---- (b) stage fps while playing ---------------------------------------------------------------------

async function stageFps(base, run) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const loadStart = Date.now();
  await page.goto(`${base}/?${run.query}&seed=1&t=0&bench=1`);
  await waitDone(page, 120_000);
  const loadMs = Date.now() - loadStart;
  // Find the busiest point: most goroutines alive (channels: defined and not closed there).
  const busiest = await page.evaluate(() => {
    const b = window.chanscopeBench;
    const total = b.model.events.length;
    let best = { position: 0, live: -1, channels: 0, goroutines: 0 };
    for (let k = 0; k <= 100; k++) {
      const position = Math.floor((total * k) / 100);
      const world = b.model.history.at(position);
      let live = 0;
      for (const g of world.goroutines.values()) if (g.state !== 'done' && g.state !== 'panicked') live++;
      let channels = 0;
      for (const o of world.objects.values()) if (o.kind === 'channel' && !o.closed) channels++;
      if (live > best.live) best = { position, live, channels, goroutines: world.goroutines.size };
    }
    return { total, ...best };
  });
  const start = Math.max(0, busiest.position - 200);
  const measured = await page.evaluate(
    async ({ start, seconds }) => {
      const b = window.chanscopeBench;
      b.seek(start);
      const stage = document.querySelector('[data-testid="stage"]');
      // Counts the tasks in which the stage's DOM changed at all (the stage is patched in place, so
      // changes are attributes and text deep in the tree, not new children of the root).
      let redraws = 0;
      const mo = new MutationObserver(() => redraws++);
      mo.observe(stage, { childList: true, subtree: true, attributes: true, characterData: true });
      await new Promise((r) => requestAnimationFrame(() => r()));
      const startPos = b.player.position.get();
      b.player.playing.set(true);
      const stamps = [];
      const end = performance.now() + seconds * 1000;
      await new Promise((r) => {
        const tick = (t) => {
          stamps.push(t);
          if (t < end) requestAnimationFrame(tick);
          else r();
        };
        requestAnimationFrame(tick);
      });
      b.player.playing.set(false);
      // Stepping: one event forward in every animation frame, so the stage is rebuilt each frame.
      const stepped = [];
      const stepEnd = performance.now() + seconds * 1000;
      const redrawsBefore = redraws;
      await new Promise((r) => {
        const tick = (t) => {
          stepped.push(t);
          b.seek(b.player.position.get() + 1);
          if (t < stepEnd) requestAnimationFrame(tick);
          else r();
        };
        requestAnimationFrame(tick);
      });
      await new Promise((r) => setTimeout(r, 0));
      const steppedRedraws = redraws - redrawsBefore;
      mo.disconnect();
      const world = b.model.history.at(b.player.position.get());
      let live = 0;
      for (const g of world.goroutines.values()) if (g.state !== 'done') live++;
      // Cost of one full stage redraw at this point, done synchronously (position alternates).
      const p = b.player.position.get();
      const costs = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        b.seek(p + (i % 2));
        stage.getBoundingClientRect(); // force style + layout of the new SVG
        costs.push(performance.now() - t0);
      }
      return {
        stamps,
        stepped,
        steppedRedraws,
        redraws,
        advanced: b.player.position.get() - startPos,
        endLive: live,
        svgNodes: stage.getElementsByTagName('*').length,
        redrawCosts: costs,
      };
    },
    { start, seconds: FPS_SECONDS },
  );
  await context.close();
  const intervals = measured.stamps.slice(1).map((t, i) => t - measured.stamps[i]);
  const elapsed = measured.stamps[measured.stamps.length - 1] - measured.stamps[0];
  const stepIntervals = measured.stepped.slice(1).map((t, i) => t - measured.stepped[i]);
  const stepElapsed = measured.stepped[measured.stepped.length - 1] - measured.stepped[0];
  return {
    run: run.name,
    loadMs,
    events: busiest.total,
    busiest,
    fps: (intervals.length * 1000) / elapsed,
    frameMs: stats(intervals),
    stageRedraws: measured.redraws,
    steppedFps: (stepIntervals.length * 1000) / stepElapsed,
    steppedFrameMs: stats(stepIntervals),
    steppedStageRedraws: measured.steppedRedraws,
    eventsAdvanced: measured.advanced,
    svgNodes: measured.svgNodes,
    redrawWithLayoutMs: stats(measured.redrawCosts),
  };
}

// ---- (c) seeks and (d) memory in a ~1,000,000-event run ----------------------------------------------

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const jsHeapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return { usedSize: usage.usedSize, backingStorageSize: usage.backingStorageSize ?? 0, embedderHeapUsedSize: usage.embedderHeapUsedSize ?? 0, jsHeapUsed };
}
const retainedBytes = (h) => h.usedSize + h.backingStorageSize;

async function bigRun(base) {
  const query = (messages) => `s=unbuffered-handoff&messages=${messages}&receiverDelay=0&seed=1&t=0&bench=1`;
  // Baseline: the same page and scenario with one message, after garbage collection.
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const small = await context.newPage();
  const cdpSmall = await context.newCDPSession(small);
  await cdpSmall.send('Performance.enable');
  await small.goto(`${base}/?${query(1)}`);
  await waitDone(small, 30_000);
  await small.evaluate(() => window.chanscopeBench.seek(window.chanscopeBench.model.events.length));
  const baseline = await heap(cdpSmall);
  const smallEvents = await small.evaluate(() => window.chanscopeBench.model.events.length);
  await small.close();

  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const loadStart = Date.now();
  await page.goto(`${base}/?${query(BIG_MESSAGES)}`);
  await waitDone(page, LOAD_TIMEOUT_MS);
  const loadMs = Date.now() - loadStart;
  const events = await page.evaluate(() => window.chanscopeBench.model.events.length);
  const afterLoad = await heap(cdp);

  // First seek to the end folds the whole run once and takes every snapshot on the way.
  const coldEndMs = await page.evaluate(() => {
    const b = window.chanscopeBench;
    const t0 = performance.now();
    b.seek(b.model.events.length);
    return performance.now() - t0;
  });
  const afterSnapshots = await heap(cdp);

  const seeks = await page.evaluate(
    async ({ count }) => {
      const b = window.chanscopeBench;
      const total = b.model.events.length;
      let x = 0x9e3779b9; // xorshift32, fixed seed: the same targets every time
      const rand = () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 2 ** 32;
      };
      const stage = document.querySelector('[data-testid="stage"]');
      const out = [];
      for (let i = 0; i < count; i++) {
        const target = Math.floor(rand() * (total + 1));
        await new Promise((r) => requestAnimationFrame(() => r()));
        const f0 = performance.now();
        b.model.history.at(target); // the fold alone (snapshot restore + replay); seek() then reuses it
        const fold = performance.now() - f0;
        const t0 = performance.now();
        b.seek(target);
        const sync = performance.now() - t0;
        stage.getBoundingClientRect();
        const layout = performance.now() - t0;
        // The frame that shows it: the next animation frame, then the task after its paint.
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const frame = performance.now() - t0;
        out.push({ target, fold, sync: fold + sync, render: sync, layout: fold + layout, frame: fold + frame, shown: b.player.position.get() === target });
      }
      return out;
    },
    { count: SEEKS },
  );
  // The fold alone at many more random points (no rendering), for its worst case anywhere in the run.
  const foldSweep = await page.evaluate(
    ({ count }) => {
      const b = window.chanscopeBench;
      const total = b.model.events.length;
      let x = 0x2545f491;
      const rand = () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 2 ** 32;
      };
      const ms = [];
      let replayed = 0;
      for (let i = 0; i < count; i++) {
        const target = Math.floor(rand() * (total + 1));
        const t0 = performance.now();
        b.model.history.at(target);
        ms.push(performance.now() - t0);
        replayed = Math.max(replayed, b.model.history.lastReplay ?? 0);
      }
      return { ms, maxReplayed: replayed };
    },
    { count: FOLD_SWEEP },
  );
  const afterSeeks = await heap(cdp);
  // What the model itself holds: encodings kept, snapshots taken.
  const model = await page.evaluate(() => {
    const b = window.chanscopeBench;
    return { encodedBytes: b.model.events.encodedBytes, snapshots: b.model.history.snapshots };
  });
  await context.close();
  const perEvent = (h) => (retainedBytes(h) - retainedBytes(baseline)) / (events - smallEvents);
  return {
    events,
    loadMs,
    coldSeekToEndMs: coldEndMs,
    seekFoldMs: stats(seeks.map((s) => s.fold)),
    foldSweepMs: stats(foldSweep.ms),
    foldSweepMaxEventsReplayed: foldSweep.maxReplayed,
    seekRenderMs: stats(seeks.map((s) => s.render)),
    seekSyncMs: stats(seeks.map((s) => s.sync)),
    seekWithLayoutMs: stats(seeks.map((s) => s.layout)),
    seekToNextFrameMs: stats(seeks.map((s) => s.frame)),
    seeksNotShown: seeks.filter((s) => !s.shown).length,
    model,
    memory: {
      baseline,
      afterLoad,
      afterSnapshots,
      afterSeeks,
      bytesPerEventAfterLoad: perEvent(afterLoad),
      bytesPerEventWithSnapshots: perEvent(afterSnapshots),
      bytesPerEventAfterSeeks: perEvent(afterSeeks),
    },
  };
}

// ---- main ----------------------------------------------------------------------------------------

async function main() {
  const base = option('--url', null) ?? (await startServer());
  browser = await launchChromium();
  if (ONLY !== null && ONLY !== 'seek') throw new Error(`--only takes "seek", got "${ONLY}"`);
  const report = { when: new Date().toISOString(), chromium: browser.version(), base, loadavg: readFileSync('/proc/loadavg', 'utf8').trim() };
  report.fps = [];
  if (ONLY === null) {
    console.error('measuring: first frame');
    report.firstFrame = await firstFrame(base);
    for (const run of fpsRuns) {
      console.error(`measuring: fps, ${run.name}`);
      report.fps.push(await stageFps(base, run));
    }
  }
  console.error(`measuring: seeks and memory, unbuffered-handoff messages=${BIG_MESSAGES}`);
  report.big = await bigRun(base);
  await cleanup();

  const out = resolve(HERE, '..', 'target', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'playground.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));

  const ff = report.firstFrame;
  const worstFps = Math.min(...report.fps.map((f) => f.fps));
  const b = report.big;
  const bpe = Math.max(b.memory.bytesPerEventAfterLoad, b.memory.bytesPerEventWithSnapshots, b.memory.bytesPerEventAfterSeeks);
  const worstStepped = Math.min(...report.fps.map((f) => f.steppedFps));
  const rows = [
    [`history.at fold only, in the ${b.seekFoldMs.n} seeks (p50 / p95 / max)`, '-', `${round(b.seekFoldMs.p50)} / ${round(b.seekFoldMs.p95)} / ${round(b.seekFoldMs.max)} ms`, b.seekFoldMs.max <= 50],
    [`history.at fold only, ${b.foldSweepMs.n} random points (p50 / p95 / max)`, '-', `${round(b.foldSweepMs.p50, 2)} / ${round(b.foldSweepMs.p95, 2)} / ${round(b.foldSweepMs.max, 2)} ms`, b.foldSweepMs.max <= 50],
    ['retained bytes per event (after load / with snapshots / after seeks)', '<= 32', [b.memory.bytesPerEventAfterLoad, b.memory.bytesPerEventWithSnapshots, b.memory.bytesPerEventAfterSeeks].map((x) => round(x)).join(' / '), bpe <= 32],
  ];
  if (ONLY === null) rows.push(
    ['stage fps while playing (speed 1)', '>= 60', report.fps.map((f) => `${round(f.fps)} (${f.run})`).join('; '), worstFps >= 59.5],
    ['stage fps, redrawn every frame', '>= 60', report.fps.map((f) => `${round(f.steppedFps)} (${f.run})`).join('; '), worstStepped >= 59.5],
    [`seek in ${b.events} events, fold + render (p50 / p95 / max)`, '<= 50 ms', `${round(b.seekSyncMs.p50)} / ${round(b.seekSyncMs.p95)} / ${round(b.seekSyncMs.max)} ms`, b.seekSyncMs.max <= 50],
    [`… until the next frame is painted (p50 / p95 / max)`, '<= 50 ms', `${round(b.seekToNextFrameMs.p50)} / ${round(b.seekToNextFrameMs.p95)} / ${round(b.seekToNextFrameMs.max)} ms`, b.seekToNextFrameMs.max <= 50],
    ['link open -> first frame (cold / warm p50 / max)', '<= 1000 ms', `${round(ff.cold.paintedMs, 0)} / ${round(ff.warm.p50, 0)} / ${round(Math.max(...ff.trials.map((t) => t.paintedMs)), 0)} ms`, Math.max(...ff.trials.map((t) => t.paintedMs)) <= 1000],
  );
  else rows.push([`seek in ${b.events} events (sync p95 / max)`, '<= 50 ms', `${round(b.seekSyncMs.p95)} / ${round(b.seekSyncMs.max)} ms`, b.seekSyncMs.max <= 50]);
  printTable(rows);
}

run(main, hardTimer);
