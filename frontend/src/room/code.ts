/**
 * Room codes (docs/protocol.md, "Codes, keys and links"): six characters of an alphabet without
 * 0/O and 1/I/L, written `K7Q-2MX`. Reading is forgiving about case, spaces and the hyphen, as the
 * server's; anything else is not a code, and the page says so before asking the server.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const CODE_LENGTH = 6;

/** The canonical `K7Q-2MX` for what a person typed, or a sentence saying what is wrong with it. */
export function readCode(typed: string): { code: string } | { problem: string } {
  const plain = typed.replace(/[\s-]/g, '').toUpperCase();
  if (plain.length === 0) return { problem: 'type the room code the teacher shows, e.g. K7Q-2MX' };
  const wrong = [...plain].find((c) => !CODE_ALPHABET.includes(c));
  if (wrong !== undefined) {
    const hint = /[01ILO]/.test(wrong) ? ' (codes never use 0, 1, I, L or O)' : '';
    return { problem: `a room code has no "${wrong}"${hint}` };
  }
  if (plain.length !== CODE_LENGTH) return { problem: `a room code has 6 characters, this has ${plain.length}` };
  return { code: `${plain.slice(0, 3)}-${plain.slice(3)}` };
}

/** The room code in a page address `/r/{code}`, or null when the page is not a room's. */
export function codeInPath(pathname: string): string | null {
  const match = /^\/r\/([^/]+)\/?$/.exec(pathname);
  if (match === null) return null;
  const read = readCode(decodeURIComponent(match[1] ?? ''));
  return 'code' in read ? read.code : null;
}

/** The room's page, absolute, as its QR code and link give it. */
export function roomPageUrl(code: string, origin: string): string {
  return `${origin}/r/${code}`;
}

/** The room socket on the server that served this page (ws: or wss: to match http: or https:). */
export function roomSocketUrl(code: string, location: { readonly protocol: string; readonly host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/rooms/${encodeURIComponent(code)}`;
}
