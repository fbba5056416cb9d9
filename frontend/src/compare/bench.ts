/**
 * Compare mode's benchmark and test hook (frontend/bench/compare.mjs, CompareModeE2ETest): only with
 * ?bench=1 in the link, like page/bench.ts.
 */
import type { PageStore } from '../app/pageStore';
import { positionsAt, stepAtTime, steps, timeAt } from './clock';
import type { CompareScreen } from './screen';

export function installCompareBenchHook(search: string, screen: CompareScreen, store: PageStore): void {
  if (new URLSearchParams(search).get('bench') !== '1') return;
  const clock = store.compare.player;
  const events = () => [screen.left.events, screen.right.events] as const;
  Object.assign(window, {
    chanscopeCompare: {
      screen,
      /** The scrubber's seek path (a step of the merged clock), rendered synchronously as the next frame would. */
      seek(step: number): void {
        clock.playing.set(false);
        clock.seek(step, steps(...events()));
        screen.render();
      },
      /** A click on a time axis: everything up to `ns` on both sides. */
      seekTime(ns: number): void {
        clock.playing.set(false);
        clock.seek(stepAtTime(ns, ...events()), steps(...events()));
        screen.render();
      },
      /** Where step `k` would put each side (nothing is drawn). */
      at(k: number): { left: number; right: number } {
        return positionsAt(k, ...events());
      },
      /** Where the one clock has each side, and the virtual time it shows. */
      where(): { left: number; right: number; time: number; step: number; steps: number } {
        const k = clock.position.get();
        return { ...positionsAt(k, ...events()), time: timeAt(k, ...events()), step: k, steps: steps(...events()) };
      },
    },
  });
}
