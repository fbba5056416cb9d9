import type { PageStore } from '../app/pageStore';
import type { RunModel } from '../model/run';

// Benchmark and layout-check hook (frontend/bench/playground.mjs, StageLayoutE2ETest, the page-state
// browser test): only with ?bench=1 in the link.
export function installBenchHook(search: string, model: RunModel, store: PageStore, render: () => void): void {
  if (new URLSearchParams(search).get('bench') !== '1') return;
  const player = store.run.player;
  Object.assign(window, {
    chanscopeBench: {
      model,
      player,
      store,
      /** The scrubber's seek path, rendered synchronously as the next frame would. */
      seek(position: number): void {
        player.playing.set(false);
        player.seek(position, model.events.length);
        render();
      },
    },
  });
}
