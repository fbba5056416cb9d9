/**
 * The REST catalog (docs/protocol.md): `GET /api/scenarios` and `GET /api/scenarios/{id}?…`.
 * Problems come back as RFC 9457 documents with an `errors` list of `{path, message}`.
 */
import type { ParamValue, ScenarioSummary } from '../app/params';
import type { InterventionKind } from '../model/vocabulary.gen';

export interface OfferedIntervention {
  readonly kind: InterventionKind;
  readonly target: string;
  readonly title: string;
  readonly description: string;
}

export interface ScenarioDetail extends ScenarioSummary {
  readonly values: Readonly<Record<string, ParamValue>>;
  readonly notes: { readonly watch?: string; readonly pitfall?: string; readonly fix?: string };
  readonly goSource: string;
  readonly interventions: readonly OfferedIntervention[];
  readonly expectedDiagnostics: readonly string[];
}

export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

export type Answer<T> = { readonly ok: T } | { readonly problem: string; readonly errors: readonly FieldProblem[] };

async function getJson<T>(url: string): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    return { problem: 'could not reach the server', errors: [] };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { problem: `the server answered ${response.status} without JSON`, errors: [] };
  }
  if (response.ok) return { ok: body as T };
  const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(problem['errors'])
    ? (problem['errors'] as unknown[]).map((e) => {
        const item = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
        return { path: String(item['path'] ?? ''), message: String(item['message'] ?? '') };
      })
    : [];
  return { problem: String(problem['detail'] ?? problem['title'] ?? `HTTP ${response.status}`), errors };
}

export function fetchCatalog(): Promise<Answer<ScenarioSummary[]>> {
  return getJson<ScenarioSummary[]>('/api/scenarios');
}

export function fetchScenario(id: string, params: Readonly<Record<string, string>>): Promise<Answer<ScenarioDetail>> {
  const query = new URLSearchParams(params).toString();
  return getJson<ScenarioDetail>(`/api/scenarios/${encodeURIComponent(id)}${query ? `?${query}` : ''}`);
}

/** The control a problem path points at: `run.params.workers` and `params.workers` → `workers`. */
export function controlOf(path: string): string {
  const p = path.replace(/^run\./, '');
  if (p.startsWith('params.')) return p.slice('params.'.length);
  if (p === 'gomaxprocs') return 'procs';
  return p;
}
