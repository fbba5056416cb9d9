#!/usr/bin/env node
/* global console, window, document, performance, requestAnimationFrame, setTimeout */
// Compare mode benchmark (docs/BENCHMARKS.md, "Compare mode").
//
//   cd frontend && node bench/compare.mjs               # builds the jar, starts it, measures, stops it
//   node bench/compare.mjs --no-build                   # reuse backend/target/chanscope.jar
//   node bench/compare.mjs --url http://127.0.0.1:8080  # measure a server that is already up
//   node bench/compare.mjs --fps-seconds 1 --seeks 3 --messages 2000   # smallest: a smoke test
//
// Two measurements, each with two runs side by side on one clock (src/compare):
//  (a) fps with 2 × ~500 goroutines alive (fan-out-fan-in tasks=500, ordered beside unordered): playing
//      at speed 1, and stepping the one clock every animation frame (both stages redrawn each frame);
//  (b) seeks on 2 × ~500,000 events (unbuffered-handoff, receiverDelay=0, two seeds): a random step of
//      the merged clock, both sides folded and drawn (sync), and until the next frame is painted.
// Pages opened with ?bench=1 expose window.chanscopeCompare (src/compare/bench.ts). Prints a JSON
// report and a summary table; the JSON is also written to frontend/target/bench/compare.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, cleanup, hardTimeout, launchChromium, option, printTable, round, run, startServer, stats } from './harness.mjs';

const FPS_SECONDS = Number(option('--fps-seconds', '5'));
const SEEKS = Number(option('--seeks', '40'));
// ~5.9 events per message: 85,000 messages make ~500,000 events a side.
const MESSAGES = Number(option('--messages', '85000'));
const LOAD_TIMEOUT_MS = Number(option('--load-timeout', '300')) * 1000;
const GOROUTINES_LINK = 's=fan-out-fan-in&tasks=500&ordered=true&b.s=fan-out-fan-in&b.tasks=500';
const hardTimer = hardTimeout(Number(option('--timeout', '900')));

async function openCompare(browser, query, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const t0 = Date.now();
  await page.goto(`${query}&t=0&bench=1`);
  await page.waitForFunction(
    () => {
      const c = window.chanscopeCompare;
      const phases = c === undefined ? [] : [c.screen.left.status.get().phase, c.screen.right.status.get().phase];
      if (phases.includes('error')) throw new Error('a run failed: ' + phases.join(', '));
      return phases.length === 2 && phases.every((p) => p === 'done');
    },
    undefined,
    { timeout: timeoutMs, polling: 100 },
  );
  return { context, page, loadMs: Date.now() - t0 };
}

// ---- (a) fps with 2 × 500 goroutines -------------------------------------------------------------------

async function fps(browser, base) {
  const { context, page, loadMs } = await openCompare(browser, `${base}/?${GOROUTINES_LINK}`, 120_000);
  const measured = await page.evaluate(
    async ({ seconds }) => {
      const c = window.chanscopeCompare;
      const live = (model, position) => {
        let n = 0;
        for (const g of model.history.at(position).goroutines.values()) if (g.state !== 'done' && g.state !== 'panicked') n++;
        return n;
      };
      // The busiest step: most goroutines alive on both sides together.
      const steps = c.where().steps;
      let busiest = { step: 0, left: 0, right: 0 };
      for (let k = 0; k <= 100; k++) {
        const step = Math.floor((steps * k) / 100);
        const at = c.at(step);
        const l = live(c.screen.left, at.left);
        const r = live(c.screen.right, at.right);
        if (l + r > busiest.left + busiest.right) busiest = { step, left: l, right: r };
      }
      const frames = async (each) => {
        const stamps = [];
        const end = performance.now() + seconds * 1000;
        await new Promise((r) => {
          const tick = (t) => {
            stamps.push(t);
            each?.();
            if (t < end) requestAnimationFrame(tick);
            else r();
          };
          requestAnimationFrame(tick);
        });
        return stamps;
      };
      c.seek(Math.max(0, busiest.step - 100));
      await new Promise((r) => requestAnimationFrame(() => r()));
      document.querySelector('[data-testid="compare-play"]').click();
      const playing = await frames();
      document.querySelector('[data-testid="compare-play"]').click();
      // Stepping: one step of the clock in every animation frame, so both stages change each frame.
      const stepped = await frames(() => c.seek(c.where().step + 1));
      const costs = [];
      const k = c.where().step;
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        c.seek(k + (i % 2));
        document.querySelector('[data-testid="compare-left-stage"]').getBoundingClientRect();
        costs.push(performance.now() - t0);
      }
      const svgNodes = ['left', 'right'].map((s) => document.querySelector(`[data-testid="compare-${s}-stage"]`).getElementsByTagName('*').length);
      return { busiest, playing, stepped, costs, svgNodes };
    },
    { seconds: FPS_SECONDS },
  );
  await context.close();
  const rate = (stamps) => ((stamps.length - 1) * 1000) / (stamps[stamps.length - 1] - stamps[0]);
  const intervals = (stamps) => stamps.slice(1).map((t, i) => t - stamps[i]);
  return {
    loadMs,
    busiest: measured.busiest,
    svgNodes: measured.svgNodes,
    fps: rate(measured.playing),
    frameMs: stats(intervals(measured.playing)),
    steppedFps: rate(measured.stepped),
    steppedFrameMs: stats(intervals(measured.stepped)),
    redrawWithLayoutMs: stats(measured.costs),
  };
}

// ---- (b) seeks on 2 × 500k events ---------------------------------------------------------------------

async function seeks(browser, base) {
  const query = `s=unbuffered-handoff&messages=${MESSAGES}&receiverDelay=0&b.s=unbuffered-handoff&b.messages=${MESSAGES}&b.receiverDelay=0&b.seed=2`;
  const { context, page, loadMs } = await openCompare(browser, `${base}/?${query}`, LOAD_TIMEOUT_MS);
  const coldEndMs = await page.evaluate(() => {
    const c = window.chanscopeCompare;
    const t0 = performance.now();
    c.seek(c.where().steps);
    return performance.now() - t0;
  });
  const out = await page.evaluate(
    async ({ count }) => {
      const c = window.chanscopeCompare;
      const total = c.where().steps;
      let x = 0x9e3779b9; // xorshift32, fixed seed: the same targets every time
      const rand = () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return (x >>> 0) / 2 ** 32;
      };
      const rows = [];
      for (let i = 0; i < count; i++) {
        const target = Math.floor(rand() * (total + 1));
        await new Promise((r) => requestAnimationFrame(() => r()));
        const t0 = performance.now();
        c.seek(target);
        const sync = performance.now() - t0;
        document.querySelector('[data-testid="compare-right-stage"]').getBoundingClientRect();
        const layout = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const frame = performance.now() - t0;
        const w = c.where();
        rows.push({ target, sync, layout, frame, shown: w.step === target });
      }
      return { rows, events: [c.screen.left.events.length, c.screen.right.events.length] };
    },
    { count: SEEKS },
  );
  await context.close();
  return {
    loadMs,
    events: out.events,
    coldSeekToEndMs: coldEndMs,
    seekSyncMs: stats(out.rows.map((r) => r.sync)),
    seekWithLayoutMs: stats(out.rows.map((r) => r.layout)),
    seekToNextFrameMs: stats(out.rows.map((r) => r.frame)),
    seeksNotShown: out.rows.filter((r) => !r.shown).length,
  };
}

async function main() {
  const base = option('--url', null) ?? (await startServer());
  const browser = await launchChromium();
  const report = { when: new Date().toISOString(), chromium: browser.version(), base, loadavg: readFileSync('/proc/loadavg', 'utf8').trim() };
  console.error('measuring: fps, 2 × fan-out-fan-in tasks=500');
  report.fps = await fps(browser, base);
  console.error(`measuring: seeks, 2 × unbuffered-handoff messages=${MESSAGES}`);
  report.seeks = await seeks(browser, base);
  await cleanup();
  const out = resolve(ROOT, 'frontend', 'target', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'compare.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  const f = report.fps;
  const s = report.seeks;
  const triple = (x) => `${round(x.p50)} / ${round(x.p95)} / ${round(x.max)} ms`;
  printTable([
    [`compare fps playing, ${f.busiest.left} + ${f.busiest.right} goroutines alive`, '>= 60', `${round(f.fps)}`, f.fps >= 59.5],
    ['compare fps, both stages redrawn every frame', '>= 60', `${round(f.steppedFps)}`, f.steppedFps >= 59.5],
    [`compare seek in ${s.events.join(' + ')} events, sync (p50 / p95 / max)`, '<= 50 ms', triple(s.seekSyncMs), s.seekSyncMs.max <= 50],
    ['… until the next frame is painted (p50 / p95 / max)', '<= 50 ms', triple(s.seekToNextFrameMs), s.seekToNextFrameMs.max <= 50],
  ]);
}

run(main, hardTimer);
