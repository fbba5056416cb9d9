import type { Player } from '../app/player';
import type { RunModel } from '../model/run';

export interface ShortcutActions {
  model: RunModel;
  player: Player;
  togglePlay(): void;
  jumpInteresting(direction: 1 | -1): void;
  /** Opens the help when `show` is true, closes it when false, flips it when absent. */
  toggleHelp(show?: boolean): void;
  helpOpen(): boolean;
  togglePresent(): void;
  /** Lists the diagnostics the playhead has not reached yet too, or stops listing them. */
  toggleDiagnosticsAhead(): void;
}

/**
 * The keyboard shortcuts the help lists: space, ←/→ (with Shift: the next interesting event),
 * Home/End, +/−, `?`, Escape (closes the help), P (presenter mode) and D (diagnostics ahead of the
 * playhead). Keys typed into a form
 * control stay with it, except Escape.
 */
export function bindShortcuts(page: Document, actions: ShortcutActions): void {
  const { model, player, togglePlay, jumpInteresting, toggleHelp } = actions;
  page.addEventListener('keydown', (event) => {
    // The element typed into, also inside a shadow root (the code editor's), not its host.
    const target = (event.composedPath()[0] ?? event.target) as HTMLElement | null;
    if (target?.closest('input, select, textarea, [contenteditable="true"]') && event.key !== 'Escape') return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const total = model.events.length;
    switch (event.key) {
      case ' ':
        if (target?.closest('button')) return;
        togglePlay();
        break;
      case 'ArrowLeft':
        if (event.shiftKey) jumpInteresting(-1);
        else player.step(-1, total);
        break;
      case 'ArrowRight':
        if (event.shiftKey) jumpInteresting(1);
        else player.step(1, total);
        break;
      case 'Home':
        player.step(-total, total);
        break;
      case 'End':
        player.step(total, total);
        break;
      case '+':
      case '=':
        player.faster(1);
        break;
      case '-':
        player.faster(-1);
        break;
      case '?':
        toggleHelp();
        break;
      case 'Escape':
        if (actions.helpOpen()) toggleHelp(false);
        else return;
        break;
      case 'p':
      case 'P':
        actions.togglePresent();
        break;
      case 'd':
      case 'D':
        actions.toggleDiagnosticsAhead();
        break;
      default:
        return;
    }
    event.preventDefault();
  });
}
