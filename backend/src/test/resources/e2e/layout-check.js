// The playground's layout, checked from the rendered page: evaluated in the browser by
// StageLayoutE2ETest, it returns one line per defect (empty when the frame is clean).
//
//  - clipped: a stage element not wholly inside the stage's visible area (the scroll box's client
//    area, the SVG's own box and the window); a stage that scrolls (a large run on a phone,
//    `scrolls`) shows all of its scroll area, a scroll away;
//  - overflows: a text sticking out of the box it labels (a token's name, a sync object's detail);
//  - overlaps: two texts, a text and another object's box, or two objects' boxes sharing pixels;
//  - crosses: a wait edge running through a token, pipe or label that is neither of its ends;
//  - truncated: a goroutine's, channel's or sync object's name, or a name in a channel's wait
//    queue, elided instead of read in full;
//  - source: a goroutine chip in the Go source covering code text, or lying outside the panel.
//
// Rectangles are in CSS pixels of the window; a shared strip thinner than SLACK pixels is ignored
// (anti-aliased edges of neighbours that merely touch).
() => {
  const SLACK = 1;
  const defects = [];
  const stage = document.querySelector('[data-testid=stage]');
  const wrap = stage?.parentElement;
  if (stage == null || wrap == null) return ['no stage on the page'];

  const rectOf = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const shared = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > SLACK && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > SLACK;
  const inside = (a, outer) =>
    a.left >= outer.left - SLACK && a.right <= outer.right + SLACK && a.top >= outer.top - SLACK && a.bottom <= outer.bottom + SLACK;
  const fmt = (r) => `[${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.right - r.left)}×${Math.round(r.bottom - r.top)}]`;
  const empty = (r) => r.right - r.left < 0.5 || r.bottom - r.top < 0.5;

  // What an element belongs to, in words, for the report.
  const ownerOf = (el) => {
    const g = el.closest('.goroutine, .channel, .sync, .procs');
    if (g == null) return { key: 'stage', name: 'stage' };
    if (g.classList.contains('goroutine')) {
      const name = g.querySelector('.go-name')?.textContent ?? '?';
      return { key: `g${g.getAttribute('data-g')}`, name: `goroutine ${name}` };
    }
    if (g.classList.contains('channel')) {
      const name = g.querySelector('.chan-name')?.textContent ?? '?';
      return { key: `o${g.getAttribute('data-obj')}`, name: `channel ${name}` };
    }
    if (g.classList.contains('sync')) {
      const name = g.querySelector('.sync-name')?.textContent ?? '?';
      return { key: `o${g.getAttribute('data-obj')}`, name: name };
    }
    // The processor row: each P's box with its text, then the scheduler's texts.
    const box = el.localName === 'rect' ? el : el.previousElementSibling;
    if (box?.classList.contains('proc')) {
      const index = [...g.querySelectorAll('rect.proc')].indexOf(box);
      return { key: `P${index}`, name: `processor P${index}` };
    }
    return { key: 'scheduler', name: 'processor row' };
  };

  // The stage's visible area: inside the scroll box's borders and scrollbars, the SVG and the window;
  // for a stage that scrolls, its whole scroll area (and the SVG).
  const wrapBox = wrap.getBoundingClientRect();
  const svgBox = rectOf(stage);
  const scrolls = wrap.classList.contains('scrolls');
  const areaLeft = wrapBox.left + wrap.clientLeft - (scrolls ? wrap.scrollLeft : 0);
  const areaTop = wrapBox.top + wrap.clientTop - (scrolls ? wrap.scrollTop : 0);
  const visible = {
    left: Math.max(areaLeft, svgBox.left, scrolls ? -Infinity : 0),
    top: Math.max(areaTop, svgBox.top, scrolls ? -Infinity : 0),
    right: Math.min(areaLeft + (scrolls ? wrap.scrollWidth : wrap.clientWidth), svgBox.right, scrolls ? Infinity : window.innerWidth),
    bottom: Math.min(areaTop + (scrolls ? wrap.scrollHeight : wrap.clientHeight), svgBox.bottom, scrolls ? Infinity : window.innerHeight),
  };

  const boxSelector = 'rect.token, rect.pipe, rect.sync-box, rect.proc, rect.item';
  const parts = [];
  for (const el of stage.querySelectorAll(`text, ${boxSelector}`)) {
    const rect = rectOf(el);
    if (empty(rect)) continue;
    const owner = ownerOf(el);
    const isText = el.localName === 'text';
    const what = isText ? `text "${el.textContent}" (${el.getAttribute('class') ?? ''})` : `${el.getAttribute('class')} box`;
    parts.push({ el, rect, owner, isText, what: `${owner.name}: ${what}` });
  }
  const label = (p) => `${p.what} ${fmt(p.rect)}`;

  for (const p of parts) {
    if (!inside(p.rect, visible)) defects.push(`clipped: ${label(p)} outside the visible stage ${fmt(visible)}`);
  }

  // Texts that label the inside of a box must stay in it.
  const innerTexts = [
    ['.goroutine', '.go-name, .go-status, .flag, .icon', 'rect.token'],
    ['.sync', '.sync-name, .sync-detail', 'rect.sync-box'],
    ['.channel', '.slot-text, .pipe-empty', 'rect.pipe'],
    ['.goroutine', '.item-text', 'rect.item'],
  ];
  for (const [group, texts, box] of innerTexts) {
    for (const g of stage.querySelectorAll(group)) {
      const frame = g.querySelector(box);
      if (frame == null) continue;
      const outer = rectOf(frame);
      for (const t of g.querySelectorAll(texts)) {
        const r = rectOf(t);
        if (!empty(r) && !inside(r, outer))
          defects.push(`overflows: ${ownerOf(t).name}: text "${t.textContent}" ${fmt(r)} sticks out of its ${box} ${fmt(outer)}`);
      }
    }
  }
  for (const proc of stage.querySelectorAll('rect.proc')) {
    const t = proc.nextElementSibling;
    if (t?.localName !== 'text') continue;
    const r = rectOf(t);
    const outer = rectOf(proc);
    if (!inside(r, outer)) defects.push(`overflows: processor text "${t.textContent}" ${fmt(r)} sticks out of its box ${fmt(outer)}`);
  }

  // Names read in full (their own text: a channel's name line goes on in a tspan).
  for (const t of stage.querySelectorAll('.go-name, .chan-name, .queue-text, .sync-name')) {
    const own = [...t.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.nodeValue).join('');
    if (own.includes('…')) defects.push(`truncated: ${ownerOf(t).name}: "${own}" (${t.getAttribute('class')}) is cut short`);
  }

  // Overlaps. Within one object only texts are compared with texts (its own box holds its labels).
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      const a = parts[i];
      const b = parts[j];
      const sameOwner = a.owner.key === b.owner.key && a.owner.key !== 'stage';
      if (sameOwner && !(a.isText && b.isText)) continue;
      if (shared(a.rect, b.rect)) defects.push(`overlaps: ${label(a)} and ${label(b)}`);
    }
  }

  // Wait edges: sampled along the path, each sample must miss every token, pipe, sync box and
  // label that is not one of the edge's two ends.
  const obstacles = parts.filter((p) => !p.el.classList.contains('item'));
  for (const path of stage.querySelectorAll('path.edge')) {
    const from = path.getAttribute('data-from');
    const to = path.getAttribute('data-to');
    const matrix = path.getScreenCTM();
    if (matrix == null) continue;
    const length = path.getTotalLength();
    const hits = new Set();
    for (let s = 6; s < length - 6; s += 4) {
      const p = path.getPointAtLength(s);
      const x = matrix.a * p.x + matrix.c * p.y + matrix.e;
      const y = matrix.b * p.x + matrix.d * p.y + matrix.f;
      for (const o of obstacles) {
        if (o.owner.key === from || o.owner.key === to || hits.has(o)) continue;
        if (x > o.rect.left + SLACK && x < o.rect.right - SLACK && y > o.rect.top + SLACK && y < o.rect.bottom - SLACK) hits.add(o);
      }
    }
    for (const o of hits) defects.push(`crosses: wait edge ${from}→${to} runs through ${label(o)}`);
  }

  // The Go source: chips beside code, never on it, and inside the panel's visible width.
  const source = document.querySelector('[data-testid=source]');
  if (source != null && source.offsetParent !== null) {
    const panel = source.getBoundingClientRect();
    const panelArea = {
      left: panel.left + source.clientLeft,
      top: panel.top,
      right: panel.left + source.clientLeft + source.clientWidth,
      bottom: panel.bottom,
    };
    for (const row of source.querySelectorAll('.src-line.active')) {
      const code = row.querySelector('.src-text');
      if (code == null) continue;
      const range = document.createRange();
      range.selectNodeContents(code);
      const codeRects = [...range.getClientRects()].filter((r) => !empty(r));
      const rowRect = rectOf(row);
      const rowVisible = rowRect.bottom > panelArea.top && rowRect.top < panelArea.bottom;
      for (const chip of row.querySelectorAll('.src-chip')) {
        const r = rectOf(chip);
        for (const c of codeRects) {
          if (shared(r, c))
            defects.push(`source: chip "${chip.textContent}" ${fmt(r)} covers the code of line ${row.dataset.line} ${fmt(c)}`);
        }
        if (rowVisible && (r.left < panelArea.left - SLACK || r.right > panelArea.right + SLACK))
          defects.push(`source: chip "${chip.textContent}" ${fmt(r)} of line ${row.dataset.line} lies outside the panel ${fmt(panelArea)}`);
      }
    }
  }
  return defects;
}
