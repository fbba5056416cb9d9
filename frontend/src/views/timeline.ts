/**
 * The timeline: a canvas with one swimlane per goroutine coloured by its state, a lane per channel
 * showing how full its buffer is, and the playhead. Click to seek, wheel to zoom, drag to pan.
 *
 * Coordinate spaces: "axis units" are virtual nanoseconds (or event numbers, when a run spends no
 * virtual time or the reader switches to them); `axisToX`/`xToAxis` map them to CSS pixels, and
 * `ColumnScale` maps them to device-pixel columns of the plot area.
 *
 * The canvas is drawn only when the data, the window (zoom, pan) or the size changes, and only from
 * the first column that can differ when a streaming run grows past a zoomed-in window; a full draw
 * costs O(lanes · columns · log changes) however long the run (`laneColumns`). The playhead is an
 * element over the canvas moved by a transform, so moving it touches neither the canvas nor layout.
 * The canvas' width is read only when drawing (and after a resize), never on a playhead move.
 */
import { formatTime } from './format';
import { ColumnScale, LANE_COLOURS, type TimelineData, laneColumns } from './lanes';

export { TimelineBuilder, type TimelineData, timelineData } from './lanes';

const LABEL_W = 112;
const LANE_H = 15;
const AXIS_H = 18;
const RIGHT_PAD = 8;
const INK = '#1c1f24';

/** What the canvas shows. */
interface Drawn {
  readonly data: TimelineData;
  readonly end: number;
  readonly from: number;
  readonly to: number;
  readonly width: number;
  readonly height: number;
}

export class TimelineView {
  readonly #canvas: HTMLCanvasElement;
  #data: TimelineData | null = null;
  /** The visible window in axis units. */
  #from = 0;
  #to = 1;
  #playhead = 0;
  readonly #line: HTMLElement;
  #drawn: Drawn | null = null;
  /** The canvas' CSS width and left border as last measured. */
  #cssWidth = 0;
  #border = 0;
  /** Where the playhead line was put (CSS px; NaN: hidden). */
  #drawnPlayhead = Number.NaN;
  #drag: { x: number; from: number; to: number; moved: boolean } | null = null;

  /** Called with an axis position when the reader clicks to seek. */
  onSeek: (axis: number, byTime: boolean) => void = () => {};

  constructor(canvas: HTMLCanvasElement) {
    this.#canvas = canvas;
    const wrap = document.createElement('div');
    wrap.className = 'timeline-wrap';
    this.#line = document.createElement('div');
    this.#line.className = 'timeline-playhead';
    this.#line.hidden = true;
    canvas.replaceWith(wrap);
    wrap.append(canvas, this.#line);
    // The width is cached between draws, so a size change (a window resize, leaving presenter mode,
    // which hides the timeline) must trigger a draw.
    if (typeof ResizeObserver !== 'undefined') {
      let seen = -1;
      new ResizeObserver((entries) => {
        const width = entries[entries.length - 1]?.contentRect.width ?? 0;
        if (width === seen) return;
        seen = width;
        if (width > 0) this.draw();
      }).observe(canvas);
    }
    canvas.addEventListener('wheel', (e) => this.#zoom(e), { passive: false });
    canvas.addEventListener('pointerdown', (e) => {
      this.#drag = { x: e.clientX, from: this.#from, to: this.#to, moved: false };
      canvas.setPointerCapture(e.pointerId);
    });
    canvas.addEventListener('pointermove', (e) => {
      const drag = this.#drag;
      if (drag === null) return;
      const dx = e.clientX - drag.x;
      if (Math.abs(dx) > 3) drag.moved = true;
      if (!drag.moved) return;
      const span = drag.to - drag.from;
      const shift = (-dx / this.#plotWidth()) * span;
      this.#setWindow(drag.from + shift, drag.to + shift);
    });
    canvas.addEventListener('pointerup', (e) => {
      const drag = this.#drag;
      this.#drag = null;
      if (drag === null || drag.moved || this.#data === null) return;
      const x = e.clientX - canvas.getBoundingClientRect().left;
      if (x < LABEL_W) return;
      this.onSeek(this.#xToAxis(x), this.#data.byTime);
    });
  }

  setData(data: TimelineData | null): void {
    const wasWhole = this.#data === null || (this.#from <= 0 && this.#to >= this.#data.end);
    this.#data = data;
    if (data !== null && wasWhole) {
      this.#from = 0;
      this.#to = data.end;
    }
    this.#paint();
  }

  setPlayhead(axis: number): void {
    if (axis === this.#playhead) return;
    this.#playhead = axis;
    this.#placePlayhead();
  }

  resetZoom(): void {
    if (this.#data === null) return;
    this.#setWindow(0, this.#data.end);
  }

  /** Measures the canvas again and redraws everything (after a resize). */
  draw(): void {
    this.#drawn = null;
    this.#cssWidth = 0;
    this.#paint();
  }

  #setWindow(from: number, to: number): void {
    const end = this.#data?.end ?? 1;
    const span = Math.min(end, Math.max(to - from, end / 2000, 1));
    const start = Math.min(Math.max(0, from), end - span);
    this.#from = start;
    this.#to = start + span;
    this.#paint();
  }

  #zoom(e: WheelEvent): void {
    if (this.#data === null) return;
    e.preventDefault();
    const x = e.clientX - this.#canvas.getBoundingClientRect().left;
    const at = this.#xToAxis(Math.max(LABEL_W, x));
    const factor = e.deltaY > 0 ? 1.25 : 0.8;
    this.#setWindow(at - (at - this.#from) * factor, at + (this.#to - at) * factor);
  }

  #width(): number {
    if (this.#cssWidth <= 0) {
      const canvas = this.#canvas;
      this.#cssWidth = canvas.clientWidth || 600;
      // The line sits in the wrapper; the canvas' content starts inside its border.
      this.#line.style.top = `${canvas.clientTop}px`;
      this.#border = canvas.clientLeft;
    }
    return this.#cssWidth;
  }

  #plotWidth(): number {
    return Math.max(1, this.#width() - LABEL_W - RIGHT_PAD);
  }

  #xToAxis(x: number): number {
    return this.#from + ((x - LABEL_W) / this.#plotWidth()) * (this.#to - this.#from);
  }

  #ratio(): number {
    return globalThis.devicePixelRatio || 1;
  }

  /** Device-pixel columns of the plot area, and where it starts. */
  #scale(): { scale: ColumnScale; left: number } {
    const ratio = this.#ratio();
    const columns = Math.max(1, Math.round(this.#plotWidth() * ratio));
    return { scale: new ColumnScale(this.#from, this.#to, columns), left: Math.round(LABEL_W * ratio) };
  }

  /** Brings the canvas up to date with the data, the window and the size, then the playhead. */
  #paint(): void {
    const canvas = this.#canvas;
    const data = this.#data;
    const ratio = this.#ratio();
    const cssWidth = this.#width();
    const cssHeight = AXIS_H + Math.max(1, data?.lanes.length ?? 0) * LANE_H + 4;
    const width = Math.round(cssWidth * ratio);
    const height = Math.round(cssHeight * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      canvas.style.height = `${cssHeight}px`;
      this.#line.style.height = `${cssHeight}px`;
      canvas.width = width;
      canvas.height = height;
      this.#drawn = null;
    }
    const ctx = canvas.getContext('2d');
    if (ctx === null) return;
    if (data === null) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
      this.#drawn = null;
      this.#placePlayhead();
      return;
    }
    const drawn = this.#drawn;
    const same = drawn !== null && drawn.from === this.#from && drawn.to === this.#to && drawn.width === width && drawn.height === height;
    if (same && drawn.data === data) {
      this.#placePlayhead();
      return;
    }
    const { scale, left } = this.#scale();
    // A streaming run that grew past a zoomed-in window only changes columns from its old end on.
    const grown =
      same &&
      drawn.data.byTime === data.byTime &&
      drawn.data.lanes.length === data.lanes.length &&
      drawn.data.lanes.every((lane, i) => data.lanes[i] === lane) &&
      data.end >= drawn.end;
    this.#drawLanes(ctx, data, scale, left, grown ? Math.max(0, Math.floor(scale.x(drawn.end)) - 1) : 0);
    this.#drawn = { data, end: data.end, from: this.#from, to: this.#to, width, height };
    this.#drawnPlayhead = Number.NaN;
    this.#placePlayhead();
  }

  /** Draws the axis, the lane names and the lanes' columns from c0 on. */
  #drawLanes(ctx: CanvasRenderingContext2D, data: TimelineData, scale: ColumnScale, left: number, c0: number): void {
    const ratio = this.#ratio();
    const canvas = ctx.canvas;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (c0 > 0) {
      ctx.clearRect(left + c0, Math.round(AXIS_H * ratio), canvas.width - left - c0, canvas.height);
    } else {
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.font = '11px ui-monospace, Menlo, Consolas, monospace';
      ctx.textBaseline = 'middle';
      ctx.fillStyle = '#5d6470';
      for (let i = 0; i <= 4; i++) {
        const axis = this.#from + ((this.#to - this.#from) * i) / 4;
        const x = LABEL_W + scale.x(axis) / ratio;
        ctx.fillRect(x, AXIS_H - 4, 1, 4);
        const label = data.byTime ? formatTime(Math.round(axis)) : `#${Math.round(axis)}`;
        ctx.textAlign = i === 0 ? 'left' : i === 4 ? 'right' : 'center';
        ctx.fillText(label, x, 8);
      }
      ctx.textAlign = 'left';
      ctx.fillStyle = INK;
      data.lanes.forEach((lane, i) => {
        const name = lane.name.length > 14 ? `${lane.name.slice(0, 13)}…` : lane.name;
        ctx.fillText(name, 4, AXIS_H + i * LANE_H + LANE_H / 2);
      });
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
    const minSpan = data.byTime ? 0 : 1;
    data.lanes.forEach((lane, i) => {
      const runs = laneColumns(lane, scale, data.end, minSpan, c0);
      const bottom = Math.round((AXIS_H + i * LANE_H + LANE_H - 2) * ratio);
      for (let r = 0; r < runs.start.length; r++) {
        const level = runs.level[r] ?? 0;
        const top = Math.round((AXIS_H + i * LANE_H + 1 + (LANE_H - 3) * (1 - level)) * ratio);
        if (top >= bottom) continue;
        ctx.fillStyle = LANE_COLOURS[runs.colour[r] ?? 0] ?? INK;
        const start = runs.start[r] ?? 0;
        ctx.fillRect(left + start, top, (runs.end[r] ?? start) - start, bottom - top);
      }
    });
  }

  /** Moves the playhead line: a transform on its own layer, so nothing is laid out or repainted. */
  #placePlayhead(): void {
    if (this.#drawn === null) {
      this.#line.hidden = true;
      this.#drawnPlayhead = Number.NaN;
      return;
    }
    const { scale, left } = this.#scale();
    const ratio = this.#ratio();
    const x = left + scale.x(this.#playhead);
    const visible = x >= left && x <= this.#canvas.width;
    // Centred on the position, on whole device pixels like the lanes.
    const at = visible ? (Math.round(x) - Math.round(ratio)) / ratio : Number.NaN;
    if (Object.is(at, this.#drawnPlayhead)) return;
    this.#drawnPlayhead = at;
    this.#line.hidden = !visible;
    if (visible) this.#line.style.transform = `translateX(${at + this.#border}px)`;
  }
}
