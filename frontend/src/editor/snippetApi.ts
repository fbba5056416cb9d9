/**
 * Snippets over REST (docs/protocol.md, "Snippets"): `POST /api/snippets` saves a program and answers
 * its content-addressed id, `GET /api/snippets/{id}` answers the program. Refusals carry the server's
 * problem detail, which the page shows as it is.
 */
export type Saved = { readonly id: string } | { readonly problem: string };

export async function saveSnippet(source: string): Promise<Saved> {
  let response: Response;
  try {
    response = await fetch('/api/snippets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ source }),
    });
  } catch {
    return { problem: 'could not reach the server to save the program' };
  }
  const body = (await response.json().catch(() => null)) as { id?: unknown; detail?: unknown } | null;
  if (response.ok && typeof body?.id === 'string') return { id: body.id };
  return { problem: typeof body?.detail === 'string' ? body.detail : `the server could not save the program (HTTP ${response.status})` };
}

/** The snippet's text, or null when the server has no such snippet; rejects when it cannot answer. */
export async function fetchSnippet(id: string): Promise<string | null> {
  const response = await fetch(`/api/snippets/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return null;
  const body = (await response.json().catch(() => null)) as { source?: unknown; detail?: unknown } | null;
  if (response.ok && typeof body?.source === 'string') return body.source;
  throw new Error(typeof body?.detail === 'string' ? body.detail : `the snippet store answered HTTP ${response.status}`);
}
