/**
 * The little the run client needs from a WebSocket, so that tests can hand it a fake. The
 * browser adapter below sorts frames into text (control messages) and binary (event batches).
 */
export interface SocketEvents {
  open(): void;
  text(data: string): void;
  binary(data: Uint8Array): void;
  /** The socket failed; a `closed` follows. */
  error(): void;
  closed(code: number, reason: string): void;
}

export interface Socket {
  send(text: string): void;
  close(): void;
}

export type OpenSocket = (url: string, events: SocketEvents) => Socket;

/** The runs endpoint on the server that served this page (ws: or wss: to match http: or https:). */
export function runsUrl(location: { readonly protocol: string; readonly host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws/runs`;
}

export const openWebSocket: OpenSocket = (url, events) => {
  const ws = new WebSocket(url);
  // ArrayBuffer rather than Blob: decoding can start at once, without an async read.
  ws.binaryType = 'arraybuffer';
  ws.onopen = () => events.open();
  ws.onmessage = (message: MessageEvent<unknown>) => {
    if (typeof message.data === 'string') events.text(message.data);
    else if (message.data instanceof ArrayBuffer) events.binary(new Uint8Array(message.data));
  };
  ws.onerror = () => events.error();
  ws.onclose = (close) => events.closed(close.code, close.reason);
  return {
    send: (text) => ws.send(text),
    close: () => ws.close(),
  };
};
