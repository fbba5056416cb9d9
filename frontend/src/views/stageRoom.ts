/**
 * The room the stage has on the page, the placement that shows a run best in it, and how the SVG
 * and its wrapper are sized for that picture.
 *
 * The whole picture is normally in view: the wrapper takes the picture's shape at the page's width,
 * no taller than a share of the window's height (per mode), and the viewBox fits the picture inside
 * it ("meet"). On a narrow stage (a phone) a large run would be drawn too small to read that way;
 * there, when the whole picture would be smaller than MIN_SCALE, it is placed for the stage's width
 * alone, drawn at a readable scale, and the wrapper scrolls (down, and sideways only when even one
 * column is wider than the stage). The page itself never gets wider than the window.
 *
 * Sizes are read once per resize (the wrapper's width, observed; the window's height), never per frame.
 */
import { DEFAULT_FRAME, type Frame, type Placement, placeStage } from './placement';
import type { StageLayout } from './layout';

/** How the page shows the stage: the room (CSS pixels) comes from the page, the scale from the mode. */
export type StageMode = 'normal' | 'present' | 'embed' | 'compare' | 'compare-present';
const MODE_SCALE: Readonly<Record<StageMode, number>> = { normal: 1, present: 1.45, embed: 0.85, compare: 1, 'compare-present': 1.3 };
/** Share of the window's height the stage may take (compare mode: two stages side by side under one playback row). */
const MODE_ROOM: Readonly<Record<StageMode, number>> = { normal: 0.7, present: 0.74, embed: 0.66, compare: 0.5, 'compare-present': 0.56 };
/** The stage never grows beyond this many times its preferred scale. */
const MAX_GROWTH = 1.2;
/** Stages narrower than this (CSS pixels) scroll rather than draw a picture smaller than MIN_SCALE. */
export const NARROW_STAGE = 600;
/** The smallest scale a narrow stage draws at: its 11-unit texts stay about 7 pixels tall. */
export const MIN_SCALE = 0.6;

/** Bands a scrolling stage may wrap a chain into (a whole picture tries up to five). */
const SCROLL_BANDS = 12;

/** A placement, and whether the stage scrolls to show it (a narrow stage, a large run). */
export interface Fitted {
  readonly placement: Placement;
  readonly scroll: boolean;
}

/** The placement for a frame: the whole picture, or on a narrow stage where that is too small, one that scrolls. */
export function fitStage(layout: StageLayout, frame: Frame, procs: number): Fitted {
  const whole = placeStage(layout, frame, procs);
  const fit = Math.min(frame.width / whole.width, frame.height / whole.height, frame.scale);
  if (frame.width >= NARROW_STAGE || fit >= MIN_SCALE) return { placement: whole, scroll: false };
  // Only the width counts now, so a long chain may wrap into as many bands as it takes.
  return { placement: placeStage(layout, { ...frame, height: Number.POSITIVE_INFINITY }, procs, SCROLL_BANDS), scroll: true };
}

export class StageRoom {
  readonly #svg: SVGSVGElement;
  readonly #onResize: () => void;
  #mode: StageMode = 'normal';
  /** The wrapper's width and the window's height in CSS pixels, as last observed (0: not yet known). */
  #width = 0;
  #windowHeight = globalThis.innerHeight ?? 0;
  #fitted: Fitted | null = null;
  #fittedKey: { layout: StageLayout; procs: number; frame: Frame } | null = null;
  readonly #written = new Map<string, string>();

  /** `onResize` is called when the room changed, so the page can draw again. */
  constructor(svg: SVGSVGElement, onResize: () => void) {
    this.#svg = svg;
    this.#onResize = onResize;
    svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
    const wrap = svg.parentElement;
    if (wrap !== null && typeof ResizeObserver !== 'undefined') {
      new ResizeObserver((entries) => {
        const width = Math.round(entries[entries.length - 1]?.contentRect.width ?? 0);
        if (width > 0 && width !== this.#width) {
          this.#width = width;
          this.#onResize();
        }
      }).observe(wrap);
    }
  }

  /** The window changed size: its height sets the room (the wrapper's width is observed). */
  resized(): void {
    const height = globalThis.innerHeight ?? 0;
    if (height === this.#windowHeight) return;
    this.#windowHeight = height;
    this.#onResize();
  }

  setMode(mode: StageMode): void {
    if (mode === this.#mode) return;
    this.#mode = mode;
    this.#onResize();
  }

  /** The room the stage has now. */
  frame(): Frame {
    const wrap = this.#svg.parentElement;
    if (this.#width === 0 && wrap !== null) this.#width = wrap.clientWidth; // the first render only
    if (this.#width === 0 || this.#windowHeight === 0) return DEFAULT_FRAME;
    return { width: this.#width, height: Math.round(this.#windowHeight * MODE_ROOM[this.#mode]), scale: MODE_SCALE[this.#mode] };
  }

  /** The placement for `layout` in the room now; the same object while neither changes. */
  place(layout: StageLayout, procs: number): Fitted {
    const frame = this.frame();
    const key = this.#fittedKey;
    const sameFrame = key !== null && key.frame.width === frame.width && key.frame.height === frame.height && key.frame.scale === frame.scale;
    if (this.#fitted !== null && sameFrame && key.layout === layout && key.procs === procs) return this.#fitted;
    this.#fittedKey = { layout, procs, frame };
    this.#fitted = fitStage(layout, frame, procs);
    return this.#fitted;
  }

  /** Sizes the SVG and its wrapper for a picture of `width` × `height` units, placed as `fitted` says. */
  size(width: number, height: number, fitted: Fitted): void {
    const frame = this.frame();
    const svg = this.#svg;
    this.#write('viewBox', `0 0 ${width} ${height}`, (v) => svg.setAttribute('viewBox', v));
    const wrap = svg.parentElement;
    if (wrap === null) return;
    if (!fitted.scroll) {
      // The wrapper takes the picture's shape at the page's width, no taller than the room.
      const maxHeight = Math.round(Math.min(frame.height, height * frame.scale * MAX_GROWTH));
      this.#write('scrolls', 'no', () => wrap.classList.remove('scrolls'));
      this.#write('aspectRatio', `${width} / ${height}`, (v) => (wrap.style.aspectRatio = v));
      this.#write('maxHeight', `${maxHeight}px`, (v) => (wrap.style.maxHeight = v));
      this.#write('svgWidth', '', () => svg.style.removeProperty('width'));
      this.#write('svgHeight', '', () => svg.style.removeProperty('height'));
      return;
    }
    // Drawn as large as the width allows, never smaller than MIN_SCALE; the wrapper scrolls.
    const scale = Math.max(MIN_SCALE, Math.min(frame.scale, frame.width / width));
    this.#write('scrolls', 'yes', () => wrap.classList.add('scrolls'));
    this.#write('aspectRatio', 'auto', (v) => (wrap.style.aspectRatio = v));
    this.#write('maxHeight', `${Math.round(Math.min(frame.height, height * scale))}px`, (v) => (wrap.style.maxHeight = v));
    this.#write('svgWidth', `${Math.floor(width * scale)}px`, (v) => (svg.style.width = v));
    this.#write('svgHeight', `${Math.floor(height * scale)}px`, (v) => (svg.style.height = v));
  }

  /** Writes a property only when its value changed: an unchanged frame costs no style writes. */
  #write(name: string, value: string, apply: (value: string) => void): void {
    if (this.#written.get(name) === value) return;
    this.#written.set(name, value);
    apply(value);
  }
}
