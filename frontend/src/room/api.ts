/** `POST /api/rooms` (docs/protocol.md, "Rooms", REST): a room for a link, and its teacher key. */
export interface CreatedRoom {
  readonly code: string;
  readonly teacherKey: string;
  readonly link: string;
  readonly url: string;
}

/** Opens a room for `link`; on a refusal, a sentence a teacher can act on. */
export async function createRoom(link: string): Promise<{ room: CreatedRoom } | { problem: string }> {
  let response: Response;
  try {
    response = await fetch('/api/rooms', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ link }),
    });
  } catch {
    return { problem: 'Could not reach the server to open a room; check the connection and try again.' };
  }
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // A refusal without a problem document: the status says enough below.
  }
  if (response.status === 201 && typeof body['code'] === 'string' && typeof body['teacherKey'] === 'string') {
    return { room: body as unknown as CreatedRoom };
  }
  if (response.status === 429) return { problem: 'This network has opened too many rooms in the last hour; wait a while, or reuse a room.' };
  if (response.status === 503) return { problem: 'The server has no room for another classroom right now; try again in a minute.' };
  const errors = Array.isArray(body['errors']) ? (body['errors'] as { path?: unknown; message?: unknown }[]) : [];
  const detail = errors.map((e) => `${String(e.path)}: ${String(e.message)}`).join('; ') || String(body['detail'] ?? `HTTP ${response.status}`);
  return { problem: `The server refused to open a room for this run: ${detail}.` };
}
