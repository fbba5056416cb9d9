import type { Player } from '../app/player';
import type { RunModel } from '../model/run';

// Benchmark and layout-check hook (frontend/bench/playground.mjs, StageLayoutE2ETest): only with ?bench=1 in the link.
export function installBenchHook(search: string, model: RunModel, player: Player, render: () => void): void {
  if (new URLSearchParams(search).get('bench') !== '1') return;
  Object.assign(window, {
    chanscopeBench: {
      model,
      player,
      /** The scrubber's seek path, rendered synchronously as the next frame would. */
      seek(position: number): void {
        player.playing.set(false);
        player.seek(position, model.events.length);
        render();
      },
    },
  });
}
