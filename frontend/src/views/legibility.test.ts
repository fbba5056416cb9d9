import { describe, expect, it } from 'vitest';
import type { VNode } from '../lib/vdom';
import { LIBRARY_RUNS, runName, storeOf } from '../model/fixtures/library';
import { WorldHistory } from '../model/history';
import { computeLayout } from './layout';
import { DEFAULT_FRAME, type Frame } from './placement';
import { stagePicture } from './stage';
import { fitStage } from './stageRoom';

/** The default frame, the rooms StageLayoutE2ETest's laptop, presenter, embed and phone windows give, and a 360 px phone's. */
const FRAMES: readonly Frame[] = [
  DEFAULT_FRAME,
  { width: 960, height: 630, scale: 1 },
  { width: 1880, height: 800, scale: 1.45 },
  { width: 780, height: 330, scale: 0.85 },
  { width: 366, height: 590, scale: 1 },
  { width: 336, height: 518, scale: 1 },
];

/** The texts of every element with one of `classes`, its own text (not its children's) first. */
function texts(nodes: ReadonlyArray<VNode | string>, classes: readonly string[], out: Array<{ cls: string; text: string }> = []): Array<{ cls: string; text: string }> {
  for (const node of nodes) {
    if (typeof node === 'string') continue;
    const cls = String(node.attrs['class'] ?? '');
    const hit = classes.find((c) => cls.split(' ').includes(c));
    if (hit !== undefined) out.push({ cls: hit, text: node.children.filter((c) => typeof c === 'string').join('') });
    texts(node.children, classes, out);
  }
  return out;
}

describe('stage names', () => {
  it('reads every goroutine, channel and sync object name, status and detail, and the names queued on a channel, in full for every library run', () => {
    const cut: string[] = [];
    const read = new Set<string>();
    for (const run of LIBRARY_RUNS) {
      const store = storeOf(run);
      const history = new WorldHistory(store, run.run.gomaxprocs);
      const layout = computeLayout(store);
      for (const frame of FRAMES) {
        const { placement } = fitStage(layout, frame, run.run.gomaxprocs);
        for (let i = 0; i <= 20; i++) {
          const position = Math.floor((store.length * i) / 20);
          const picture = stagePicture(history.at(position), layout, placement);
          for (const t of texts(picture.children, ['go-name', 'chan-name', 'queue-text', 'sync-name', 'go-status', 'sync-detail'])) {
            read.add(t.cls);
            if (t.text.includes('…')) cut.push(`${runName(run)} @${position} ${frame.width}x${frame.height}: ${t.cls} "${t.text}"`);
          }
        }
      }
    }
    // Every kind of text was found, so a renamed class cannot make this pass by reading nothing.
    expect([...read].sort()).toEqual(['chan-name', 'go-name', 'go-status', 'queue-text', 'sync-detail', 'sync-name']);
    expect([...new Set(cut)]).toEqual([]);
  });
});
