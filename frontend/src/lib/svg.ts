/** Text helpers for SVG labels. */

/** Shortens text to `max` characters with an ellipsis (the full text goes in a title). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}
