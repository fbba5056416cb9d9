#!/usr/bin/env node
/* global console, setTimeout, window, document, performance, requestAnimationFrame, MutationObserver, Buffer, fetch */
// Program link benchmark (docs/BENCHMARKS.md, "Program links and the editor").
//
//   cd frontend && node bench/editor.mjs              # builds the jar, starts it, measures, stops it
//   node bench/editor.mjs --no-build                  # reuse backend/target/chanscope.jar
//   node bench/editor.mjs --url http://127.0.0.1:8080 # measure a server that is already up
//   node bench/editor.mjs --trials 2                  # smallest: a smoke test, as CI runs it
//
// A shared program opens in a fresh browser context, the way a learner opens a link from chat:
//  (a) inline, `/?v=3&code=<raw DEFLATE, base64url>&t=100`, and
//  (b) as a snippet, `/p/<id>?t=100` (saved once with POST /api/snippets).
// For each, the time from navigation to the first painted frame of the program's run at event 100
// (the position line reads "event 100 of …" and the stage holds goroutines), and when the editor's
// lazy chunk (src/editor/codeEditor.ts, CodeMirror) was requested and the editor was on screen. The
// target: first frame ≤ 1 s on loopback, the editor chunk requested only after that frame.
// Prints a JSON report and a table; the JSON is also written to frontend/target/bench/editor.json.
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, hardTimeout, launchChromium, option, printTable, round, run, startServer, stats } from './harness.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const TRIALS = Number(option('--trials', '7'));
const hardTimer = hardTimeout(Number(option('--timeout', '300')));

// A program of the size people share: a three-stage pipeline with a worker pool and a WaitGroup.
const PROGRAM = `package main

import (
	"fmt"
	"sync"
	"time"
)

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i
		}
	}()
	return out
}

func square(in <-chan int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for v := range in {
		time.Sleep(time.Millisecond)
		out <- v * v
	}
}

func main() {
	in := produce(40)
	out := make(chan int, 4)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go square(in, out, &wg)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	sum := 0
	for v := range out {
		sum += v
	}
	fmt.Println("sum of squares:", sum)
}
`;

/** One fresh context: navigation to the painted frame at event 100, and the editor chunk's timing. */
async function openOnce(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window;
    w.__ff = null;
    w.__editorShown = null;
    const check = () => {
      if (w.__ff === null) {
        const pos = document.querySelector('[data-testid="position"]');
        const stage = document.querySelector('[data-testid="stage"]');
        if (pos?.textContent?.startsWith('event 100 of') && stage?.querySelector('[data-testid="goroutine"]')) {
          w.__ff = { dom: performance.now(), painted: null };
          requestAnimationFrame(() => setTimeout(() => (w.__ff.painted = performance.now()), 0));
        }
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
    // The editor draws into a shadow root, which the observer above does not see: checked every frame.
    const editorCheck = () => {
      const box = document.querySelector('[data-testid="code-editor"]');
      if (box !== null && !box.hidden && box.shadowRoot?.querySelector('.cm-content') != null) w.__editorShown = performance.now();
      else requestAnimationFrame(editorCheck);
    };
    requestAnimationFrame(editorCheck);
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page
    .waitForFunction(() => window.__ff?.painted != null && window.__editorShown !== null, undefined, { timeout: 20_000, polling: 20 })
    .catch(async (e) => {
      const seen = await page.evaluate(() => ({ ff: window.__ff, editorShown: window.__editorShown, position: document.querySelector('[data-testid="position"]')?.textContent }));
      throw new Error(`${url}: the first frame or the editor did not appear (${JSON.stringify(seen)}): ${e.message}`);
    });
  const measured = await page.evaluate(() => {
    const chunks = performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]*\.js$/.test(e.name))
      .map((e) => ({ name: e.name.replace(/^.*\/assets\//, ''), start: e.startTime, end: e.responseEnd }));
    const source = document.querySelector('[data-testid="code-editor"]').shadowRoot.querySelector('.cm-content').textContent;
    return { ff: window.__ff, editorShown: window.__editorShown, chunks, editorChars: source.length };
  });
  const wallMs = Date.now() - t0;
  await context.close();
  const editorChunk = measured.chunks.find((c) => c.name.startsWith('codeEditor'));
  if (editorChunk === undefined) throw new Error(`no codeEditor chunk was loaded; scripts: ${measured.chunks.map((c) => c.name).join(', ')}`);
  return {
    paintedMs: measured.ff.painted,
    domMs: measured.ff.dom,
    editorChunkRequestedMs: editorChunk.start,
    editorChunkLoadedMs: editorChunk.end,
    editorShownMs: measured.editorShown,
    chunkAfterFirstFrame: editorChunk.start >= measured.ff.dom,
    editorLines: measured.editorChars,
    wallMs,
  };
}

async function trials(browser, url) {
  const out = [];
  for (let i = 0; i < TRIALS; i++) out.push(await openOnce(browser, url));
  return {
    url: url.length > 160 ? `${url.slice(0, 160)}…` : url,
    trials: out,
    cold: out[0],
    paintedMs: stats(out.map((t) => t.paintedMs)),
    warmPaintedMs: stats(out.slice(1).map((t) => t.paintedMs)),
    editorShownMs: stats(out.map((t) => t.editorShownMs)),
    chunkAlwaysAfterFirstFrame: out.every((t) => t.chunkAfterFirstFrame),
  };
}

async function main() {
  const base = option('--url', null) ?? (await startServer());
  const browser = await launchChromium();
  const code = deflateRawSync(Buffer.from(PROGRAM, 'utf8'), { level: 9 }).toString('base64url');
  const saved = await fetch(`${base}/api/snippets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ source: PROGRAM }),
  });
  if (!saved.ok) throw new Error(`POST /api/snippets answered ${saved.status}: ${await saved.text()}`);
  const { id } = await saved.json();
  const report = { when: new Date().toISOString(), chromium: browser.version(), base, loadavg: readFileSync('/proc/loadavg', 'utf8').trim() };
  console.error('measuring: inline program link');
  report.inline = await trials(browser, `${base}/?v=3&code=${code}&goVersion=1.22&t=100`);
  console.error('measuring: snippet link');
  report.snippet = await trials(browser, `${base}/p/${id}?t=100`);
  report.loadavgAfter = readFileSync('/proc/loadavg', 'utf8').trim();
  await cleanup();

  const out = resolve(HERE, '..', 'target', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(resolve(out, 'editor.json'), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
  const rows = [];
  for (const [name, r] of [['inline `code` link', report.inline], [`snippet link /p/${id}`, report.snippet]]) {
    const max = r.paintedMs.max;
    rows.push([`${name} -> first frame at event 100 (cold / warm p50 / max)`, '<= 1000 ms', `${round(r.cold.paintedMs, 0)} / ${round(r.warmPaintedMs.p50 ?? r.cold.paintedMs, 0)} / ${round(max, 0)} ms`, max <= 1000]);
    const gaps = r.trials.map((t) => t.editorChunkRequestedMs - t.domMs);
    rows.push([`… editor chunk requested after that frame (min gap) / editor shown (p50)`, 'after', `${round(Math.min(...gaps), 0)} ms / ${round(r.editorShownMs.p50, 0)} ms`, r.chunkAlwaysAfterFirstFrame]);
  }
  printTable(rows);
}

run(main, hardTimer);
