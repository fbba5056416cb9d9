/**
 * The summary table of compare mode: two runs' facts (facts.ts) side by side, row by row, each row
 * saying whether the runs differ there. Pure, so the table's content is tested without a DOM.
 *
 *   Run          outcome, virtual time, events
 *   Throughput   items received, items per second of virtual time
 *   Queue depth  the deepest each buffered channel got (channels matched by name)
 *   Blocked      time each goroutine spent blocked (matched by name; the largest differences first)
 *   Findings     each kind of diagnostic, with "only left"/"only right" when one run lacks it
 */
import { formatTime } from '../views/format';
import { DIAGNOSTIC_KINDS } from '../model/vocabulary.gen';
import type { RunFacts } from './facts';

export type Section = 'Run' | 'Throughput' | 'Queue depth' | 'Blocked' | 'Findings';

export interface DifferenceRow {
  readonly section: Section;
  readonly label: string;
  readonly left: string;
  readonly right: string;
  readonly differs: boolean;
  /** A finding present in one run only. */
  readonly only?: 'left' | 'right';
  /** A longer text (a finding's message) for a tooltip. */
  readonly title?: string;
}

/** Goroutines listed at most; the rest are summed up in one row. */
export const MAX_GOROUTINE_ROWS = 8;

export function differences(left: RunFacts, right: RunFacts): DifferenceRow[] {
  const rows: DifferenceRow[] = [];
  const row = (section: Section, label: string, l: string, r: string, extra: Partial<DifferenceRow> = {}): void => {
    rows.push({ section, label, left: l, right: r, differs: l !== r, ...extra });
  };

  row('Run', 'outcome', left.outcome ?? 'running…', right.outcome ?? 'running…');
  row('Run', 'virtual time', formatTime(left.duration), formatTime(right.duration));
  row('Run', 'events', String(left.events), String(right.events));

  row('Throughput', 'items received', String(left.received), String(right.received));
  row('Throughput', 'items per second', rate(left.throughput), rate(right.throughput));

  for (const name of union(left.maxDepth.keys(), right.maxDepth.keys())) {
    row('Queue depth', name, depth(left.maxDepth.get(name)), depth(right.maxDepth.get(name)));
  }

  const names = union(left.blocked.keys(), right.blocked.keys());
  const gap = (name: string): number => Math.abs((left.blocked.get(name) ?? 0) - (right.blocked.get(name) ?? 0));
  const ordered = [...names].sort((a, b) => gap(b) - gap(a) || a.localeCompare(b));
  for (const name of ordered.slice(0, MAX_GOROUTINE_ROWS)) {
    row('Blocked', name, blockedText(left.blocked.get(name)), blockedText(right.blocked.get(name)));
  }
  const rest = ordered.slice(MAX_GOROUTINE_ROWS);
  if (rest.length > 0) {
    const sum = (facts: RunFacts): number => rest.reduce((total, name) => total + (facts.blocked.get(name) ?? 0), 0);
    row('Blocked', `${rest.length} more goroutines`, formatTime(sum(left)), formatTime(sum(right)));
  }

  for (const kind of DIAGNOSTIC_KINDS) {
    const l = left.diagnostics.get(kind);
    const r = right.diagnostics.get(kind);
    if (l === undefined && r === undefined) continue;
    const only = r === undefined ? 'left' : l === undefined ? 'right' : undefined;
    const title = l?.message ?? r?.message ?? '';
    row('Findings', kind, found(l?.count), found(r?.count), only === undefined ? { title } : { only, title });
  }
  if (!rows.some((r) => r.section === 'Findings')) row('Findings', 'none', 'none', 'none');
  return rows;
}

function union(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])];
}

function rate(perSecond: number | null): string {
  if (perSecond === null) return '— (no virtual time)';
  return perSecond >= 100 ? `${Math.round(perSecond).toLocaleString('en-US')}/s` : `${perSecond.toFixed(1)}/s`;
}

function depth(d: { depth: number; capacity: number } | undefined): string {
  return d === undefined ? '—' : `${d.depth} of ${d.capacity}`;
}

function blockedText(ns: number | undefined): string {
  return ns === undefined ? '—' : formatTime(ns);
}

function found(count: number | undefined): string {
  return count === undefined ? 'none' : count === 1 ? 'found' : `found ×${count}`;
}
