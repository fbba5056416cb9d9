import { type Player, interestingPosition } from '../app/player';
import type { RunModel } from '../model/run';
import { formatTime } from '../views/format';
import type { Ui } from './ui';

export interface Playback {
  /** Draws the play button, scrubber and position line; returns early when nothing changed. */
  renderPlayback(position: number, time: number): void;
  togglePlay(): void;
  jumpInteresting(direction: 1 | -1): void;
  /** Seeks to a point on the timeline's or plots' x axis (virtual time or event number). */
  seekAxis(axis: number, byTime: boolean): void;
}

/** The playback controls: play/pause, steps, jumps to interesting events, scrubber and speed. */
export function playbackControls(ui: Ui, model: RunModel, player: Player): Playback {
  let drawnPlayback = '';
  function renderPlayback(position: number, time: number): void {
    const total = model.events.length;
    const playing = player.playing.get();
    const key = `${total}:${position}:${time}:${playing}`;
    if (key === drawnPlayback) return;
    drawnPlayback = key;
    if (ui.scrub.max !== String(total)) ui.scrub.max = String(total);
    if (ui.scrub.value !== String(position)) ui.scrub.value = String(position);
    ui.play.textContent = playing ? '‖' : '▶';
    ui.play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    const shown = position === 0 ? 'start' : `event ${position - 1}`;
    ui.position.textContent = `${shown} of ${total} · ${formatTime(time)}`;
    ui.scrub.setAttribute('aria-valuetext', ui.position.textContent);
  }

  ui.play.addEventListener('click', togglePlay);
  ui.stepBack.addEventListener('click', () => player.step(-1, model.events.length));
  ui.stepForward.addEventListener('click', () => player.step(1, model.events.length));
  ui.prevInteresting.addEventListener('click', () => jumpInteresting(-1));
  ui.nextInteresting.addEventListener('click', () => jumpInteresting(1));
  ui.scrub.addEventListener('input', () => {
    player.playing.set(false);
    player.seek(Number(ui.scrub.value), model.events.length);
  });
  ui.speed.addEventListener('change', () => player.speed.set(Number(ui.speed.value)));
  player.speed.subscribe((speed) => (ui.speed.value = String(speed)));

  const seekAxis = (axis: number, byTime: boolean): void => {
    player.playing.set(false);
    const store = model.events;
    if (!byTime) return player.seek(Math.round(axis) + 1, store.length);
    // The last event at or before that virtual time.
    let lo = 0;
    let hi = store.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (store.time(mid) <= axis) lo = mid + 1;
      else hi = mid;
    }
    player.seek(lo, store.length);
  };

  function togglePlay(): void {
    if (!player.playing.get() && player.position.get() >= model.events.length && model.status.get().phase === 'done') {
      player.seek(0, model.events.length);
    }
    player.playing.set(!player.playing.get());
  }

  function jumpInteresting(direction: 1 | -1): void {
    if (model.history === null) return;
    player.playing.set(false);
    const next = interestingPosition(model.events, player.position.get(), direction);
    if (next !== null) player.seek(next, model.events.length);
    else player.seek(direction === 1 ? model.events.length : 0, model.events.length);
  }

  return { renderPlayback, togglePlay, jumpInteresting, seekAxis };
}
