/* global console, process, fetch, setTimeout, clearTimeout */
// What the browser benchmarks share (playground.mjs, compare.mjs): command-line options, the server
// (built and started the documented way, or one already up with --url), Chromium from Debian over
// loopback, statistics, a hard timeout and the report table.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
export const flag = (name) => args.includes(name);
export const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
export const stats = (values) => {
  const s = [...values].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return { n: s.length, min: s[0], p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s[s.length - 1], mean };
};
export const round = (x, d = 1) => (x === undefined ? x : Math.round(x * 10 ** d) / 10 ** d);

/** The server and browser of one benchmark run; `cleanup()` stops both. */
export const harness = { server: null, browser: null };

export async function cleanup() {
  try {
    await harness.browser?.close();
  } catch {
    /* already gone */
  }
  harness.browser = null;
  const server = harness.server;
  if (server !== null && server.exitCode === null) {
    server.kill('SIGTERM');
    await Promise.race([new Promise((r) => server.once('exit', r)), sleep(5000)]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  harness.server = null;
}

/** Ends the process after `seconds` whatever happens (a benchmark never hangs CI). */
export function hardTimeout(seconds) {
  return setTimeout(() => {
    console.error(`benchmark: hard timeout after ${seconds} s`);
    void cleanup().finally(() => process.exit(2));
  }, seconds * 1000);
}

function freePort() {
  return new Promise((resolveOk, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolveOk(port));
    });
  });
}

/** Builds the jar (unless --no-build) and starts it with bin/chanscope; answers its base URL once ready. */
export async function startServer() {
  if (!flag('--no-build')) {
    const flags = (process.env.MVN_FLAGS ?? '').split(' ').filter((f) => f !== '');
    const build = ['-q', '-B', ...flags, '-pl', 'backend', '-am', '-DskipTests', 'package'];
    console.error(`building: ./mvnw ${build.join(' ')}`);
    execFileSync('./mvnw', build, { cwd: ROOT, stdio: 'inherit' });
  }
  const jar = resolve(ROOT, 'backend/target/chanscope.jar');
  if (!existsSync(jar)) throw new Error(`${jar} is missing; build it or drop --no-build`);
  const port = await freePort();
  harness.server = spawn(resolve(ROOT, 'bin/chanscope'), [`--server.port=${port}`, '--server.address=127.0.0.1'], {
    cwd: ROOT,
    env: { ...process.env, CHANSCOPE_JAR: jar },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (harness.server.exitCode !== null) throw new Error(`server exited with ${harness.server.exitCode}`);
    try {
      // Ready, not just listening: the server warms up (chanscope.warmup) before it reports ready.
      const r = await fetch(`${base}/actuator/health/readiness`);
      if (r.ok) return base;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error('server did not report ready (/actuator/health/readiness) within 60 s');
}

/** Debian's Chromium (never a downloaded browser), headless. */
export async function launchChromium() {
  // Imported only now: on a fresh clone the build is what installs it (npm ci).
  const { chromium } = await import('playwright-core').catch((e) => {
    throw new Error(`playwright-core is missing (${e.message}); run npm ci in frontend/, or drop --no-build`);
  });
  harness.browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return harness.browser;
}

/** Prints the rows as the Markdown table docs/BENCHMARKS.md keeps. */
export function printTable(rows) {
  console.log('\n| target | bound | measured | met |\n| --- | --- | --- | --- |');
  for (const [name, bound, measured, met] of rows) console.log(`| ${name} | ${bound} | ${measured} | ${met ? 'yes' : 'no'} |`);
}

/** Runs `main`, then exits 0, or 1 after printing its failure; the server and browser are stopped either way. */
export function run(main, timer) {
  main()
    .then(() => {
      clearTimeout(timer);
      process.exit(0);
    })
    .catch(async (e) => {
      console.error(e);
      await cleanup();
      clearTimeout(timer);
      process.exit(1);
    });
}
