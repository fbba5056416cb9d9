/**
 * Scenario parameter specs (from `GET /api/scenarios`) and the client-side reading of values:
 * ints and durations within bounds, bools, enums. The server validates again; this only lets the
 * page say what is wrong next to the control before a round trip.
 */
export type ParamType = 'int' | 'duration' | 'bool' | 'enum';

export interface ParamSpec {
  readonly name: string;
  readonly type: ParamType;
  readonly default: number | boolean | string;
  readonly min?: number;
  readonly max?: number;
  readonly options?: readonly string[];
  readonly description?: string;
}

export interface ScenarioSummary {
  readonly id: string;
  readonly title: string;
  readonly category: string;
  readonly summary: string;
  readonly pitfall: boolean;
  readonly params: readonly ParamSpec[];
}

export type ParamValue = number | boolean | string;

const UNIT_NS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, 'µs': 1e3, ms: 1e6, s: 1e9 };

/** Parses `250ms`, `40us`, `2s`, `1500` (ns) into nanoseconds, or null. */
export function parseDuration(text: string): number | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ns|us|µs|ms|s)?\s*$/.exec(text);
  if (m === null) return null;
  const value = Number(m[1]) * (UNIT_NS[m[2] ?? 'ns'] ?? 1);
  return Number.isSafeInteger(Math.round(value)) ? Math.round(value) : null;
}

/** Nanoseconds as the shortest exact text the server accepts: `2ms`, `1500us`, `7ns`. */
export function formatDuration(ns: number): string {
  if (ns === 0) return '0';
  for (const [unit, scale] of [['s', 1e9], ['ms', 1e6], ['us', 1e3]] as const) {
    if (ns % scale === 0) return `${ns / scale}${unit}`;
  }
  return `${ns}ns`;
}

/** Reads one parameter from text (a URL or an input): its value, or what is wrong with it. */
export function readParam(spec: ParamSpec, text: string): { value: ParamValue } | { problem: string } {
  switch (spec.type) {
    case 'bool':
      if (text === 'true' || text === '1') return { value: true };
      if (text === 'false' || text === '0') return { value: false };
      return { problem: `${spec.name} must be true or false, got "${text}"` };
    case 'enum':
      if (spec.options?.includes(text)) return { value: text };
      return { problem: `${spec.name} must be one of ${(spec.options ?? []).join(', ')}, got "${text}"` };
    case 'int':
    case 'duration': {
      const value = spec.type === 'int' ? (/^-?\d+$/.test(text.trim()) ? Number(text) : null) : parseDuration(text);
      const what = spec.type === 'int' ? 'a whole number' : 'a duration like 250ms';
      if (value === null || !Number.isSafeInteger(value)) return { problem: `${spec.name} must be ${what}, got "${text}"` };
      const { min, max } = spec;
      if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
        const show = (n: number | undefined) => (n === undefined ? '' : spec.type === 'duration' ? formatDuration(n) : String(n));
        return { problem: `${spec.name} must be between ${show(min)} and ${show(max)}, got ${text}` };
      }
      return { value };
    }
  }
}

/** A value as text for a link or an input. */
export function paramText(spec: ParamSpec, value: ParamValue): string {
  if (spec.type === 'duration' && typeof value === 'number') return formatDuration(value);
  return String(value);
}

/** Groups the catalog by category, keeping the server's order within and across groups. */
export function byCategory(catalog: readonly ScenarioSummary[], filter = ''): Array<[string, ScenarioSummary[]]> {
  const needle = filter.trim().toLowerCase();
  const groups = new Map<string, ScenarioSummary[]>();
  for (const s of catalog) {
    const haystack = `${s.id} ${s.title} ${s.category} ${s.summary}`.toLowerCase();
    if (needle !== '' && !haystack.includes(needle)) continue;
    const list = groups.get(s.category) ?? [];
    list.push(s);
    groups.set(s.category, list);
  }
  return [...groups];
}
