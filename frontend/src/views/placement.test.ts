import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { computeLayout } from './layout';
import { type Box, type Frame, PROC_H, PROC_W, type Place, placeStage, procRows, routeEdge } from './placement';

const FRAMES: readonly Frame[] = [
  { width: 960, height: 630, scale: 1 },
  { width: 1880, height: 800, scale: 1.45 },
  { width: 780, height: 330, scale: 0.85 },
  { width: 366, height: 590, scale: 1 },
  { width: 366, height: Number.POSITIVE_INFINITY, scale: 1 },
];

const overlap = (a: Box, b: Box) => Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 0 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0;

describe('placeStage', () => {
  it('gives every goroutine, channel and sync object its own box inside the picture, for every library run and frame', () => {
    for (const run of LIBRARY_RUNS) {
      const layout = computeLayout(storeOf(run));
      for (const frame of FRAMES) {
        const placement = placeStage(layout, frame, run.run.gomaxprocs);
        const places = [...placement.places.entries(), ...[...placement.timerChannelSlots.values()].flat().map((p, i) => [`timer${i}`, p] as const), ...placement.timerBandSlots.map((p, i) => [`band${i}`, p] as const)];
        for (const [key, place] of places) {
          expect(place.box.x, `${runName(run)} ${key}`).toBeGreaterThanOrEqual(0);
          expect(place.box.x + place.box.w, `${runName(run)} ${key}`).toBeLessThanOrEqual(placement.width);
          expect(place.box.y + place.box.h, `${runName(run)} ${key}`).toBeLessThanOrEqual(placement.height);
        }
        for (let i = 0; i < places.length; i++) {
          for (let j = i + 1; j < places.length; j++) {
            const [a, pa] = places[i] ?? ['', null];
            const [b, pb] = places[j] ?? ['', null];
            if (pa !== null && pb !== null) expect(overlap(pa.box, pb.box), `${runName(run)}: ${a} and ${b}`).toBe(false);
          }
        }
      }
    }
  });

  it('puts the processors in one row where the frame allows, two to a row on a phone, never over anything', () => {
    expect(procRows({ width: 960, height: 630, scale: 1 }, 4)).toEqual({ count: 4, perRow: 4, schedBelow: false });
    expect(procRows({ width: 366, height: 590, scale: 1 }, 4)).toEqual({ count: 4, perRow: 2, schedBelow: true });
    expect(procRows({ width: 960, height: 630, scale: 1 }, 8)).toEqual({ count: 8, perRow: 4, schedBelow: false });
    for (const run of LIBRARY_RUNS) {
      const layout = computeLayout(storeOf(run));
      for (const frame of FRAMES) {
        const placement = placeStage(layout, frame, run.run.gomaxprocs);
        expect(placement.procBoxes).toHaveLength(run.run.gomaxprocs);
        const boxes = [...placement.procBoxes.map((p) => ({ x: p.x, y: p.y, w: PROC_W, h: PROC_H - 8 })), { ...placement.schedAt, h: 36 }];
        for (const box of boxes) {
          expect(box.x + box.w, `${runName(run)} ${frame.width}`).toBeLessThanOrEqual(placement.width);
          for (const [key, place] of placement.places) expect(overlap(box, place.box), `${runName(run)}: processor row and ${key}`).toBe(false);
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i] as Box, boxes[j] as Box), `${runName(run)}: processor boxes ${i} and ${j}`).toBe(false);
        }
      }
    }
  });

  it('routes a wait edge around every box but its two ends, however far it is spread', () => {
    for (const run of LIBRARY_RUNS) {
      const layout = computeLayout(storeOf(run));
      const placement = placeStage(layout, FRAMES[0] ?? { width: 960, height: 630, scale: 1 }, run.run.gomaxprocs);
      const goroutines = [...placement.places.entries()].filter(([k]) => k.startsWith('g'));
      const targets = [...placement.places.entries()].filter(([k]) => k.startsWith('o'));
      for (const [gk, from] of goroutines) {
        for (const [tk, to] of targets) {
          // The stage spreads edges (and a wait-for cycle's lines) at most 6 units off a corridor's middle.
          for (const spread of [-6, 0, 6]) {
            const route = routeEdge(from, to, placement, spread);
            if (route.direct) continue; // neighbours: nothing lies between them
            const points = route.points;
            for (let s = 0; s + 1 < points.length; s++) {
              const [x1, y1] = points[s] ?? [0, 0];
              const [x2, y2] = points[s + 1] ?? [0, 0];
              const segment: Box = { x: Math.min(x1, x2), y: Math.min(y1, y2), w: Math.abs(x2 - x1) || 0.5, h: Math.abs(y2 - y1) || 0.5 };
              for (const [ok, other] of placement.places) {
                if (ok === gk || ok === tk) continue;
                expect(overlap(segment, (other as Place).box), `${runName(run)}: ${gk}→${tk} leg ${s} (spread ${spread}) crosses ${ok}`).toBe(false);
              }
            }
          }
        }
      }
    }
  });
});
