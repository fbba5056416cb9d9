import type { Player } from '../app/player';
import type { RunModel } from '../model/run';

/** About ten seconds of frames: a run that shows nothing by then does not hold the editor back longer. */
const MAX_FRAMES = 600;

/**
 * Calls `then` once the frame at the playhead of the run a link opened is on screen, or the run
 * cannot show one (it ended, failed or never came). A link that carries code thus paints its run
 * first and only then fetches and parses the editor's chunk (CodeMirror), which would otherwise
 * compete with the run's first frame for the network and the main thread.
 *
 * The frame is shown once the run is admitted and holds the events up to the playhead (a link's `t`
 * sets the playhead before the events arrive). The check runs in animation frames, so when it
 * holds the render of that frame has run or runs in the same frame; one more frame and a task
 * later, that frame has been painted.
 */
export function afterLinkedFrame(
  model: RunModel,
  player: Player,
  then: () => void,
  nextFrame: (callback: () => void) => void = (callback) => requestAnimationFrame(() => callback()),
): void {
  let frames = 0;
  const check = (): void => {
    const phase = model.status.get().phase;
    const shown = model.history !== null && model.events.length > 0 && player.position.get() <= model.events.length;
    if (shown || phase === 'done' || phase === 'error' || ++frames >= MAX_FRAMES) nextFrame(() => setTimeout(then, 0));
    else nextFrame(check);
  };
  nextFrame(check);
}
