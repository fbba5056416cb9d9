/**
 * Which line each live goroutine is on at the playhead: the line its label stands for (label-define
 * `line`, which every event of a program a user wrote carries), or for a label without one the line it
 * names (views/source.ts, lineOfLabel). Lines are 1-based; goroutines that are done are not marked.
 */
import type { World } from '../model/world';
import { lineOfLabel } from '../views/source';
import type { GoroutineLine } from './types';

export function goroutineLines(world: World, lines: readonly string[]): GoroutineLine[] {
  const byLine = new Map<number, Array<{ id: number; name: string }>>();
  for (const g of world.goroutines.values()) {
    if (g.label === 0 || g.state === 'done') continue;
    const line = world.labelLines.get(g.label) ?? lineOfLabel(lines, world.labels.get(g.label) ?? '') + 1;
    if (line < 1 || line > lines.length) continue;
    const here = byLine.get(line) ?? [];
    here.push({ id: g.id, name: g.name });
    byLine.set(line, here);
  }
  return [...byLine].sort(([a], [b]) => a - b).map(([line, goroutines]) => ({ line, goroutines }));
}

/** A key that changes exactly when the marks do, so the editor is touched only then. */
export function marksKey(marks: readonly GoroutineLine[]): string {
  return marks.map((m) => `${m.line}:${m.goroutines.map((g) => g.id).join('.')}`).join('|');
}
