/**
 * The compare screen's elements, built once and placed after the page's main area: a bar (what is
 * compared, swap, leave), the one playback row, two panes (each a status line, a stage and a
 * timeline), the overlaid plots and the table of differences. Every text goes through textContent.
 */
import { el } from '../lib/dom';
import { SPEEDS } from '../app/player';

export interface PaneDom {
  readonly root: HTMLElement;
  readonly title: HTMLElement;
  readonly status: HTMLElement;
  readonly stage: SVGSVGElement;
  readonly caption: HTMLElement;
  readonly timeline: HTMLCanvasElement;
  readonly alone: HTMLButtonElement;
}

export interface CompareDom {
  readonly root: HTMLElement;
  readonly problem: HTMLElement;
  readonly swap: HTMLButtonElement;
  readonly leave: HTMLButtonElement;
  readonly stepBack: HTMLButtonElement;
  readonly play: HTMLButtonElement;
  readonly stepForward: HTMLButtonElement;
  readonly scrub: HTMLInputElement;
  readonly speed: HTMLSelectElement;
  readonly clock: HTMLElement;
  readonly left: PaneDom;
  readonly right: PaneDom;
  readonly plots: HTMLElement;
  readonly differences: HTMLTableSectionElement;
}

function button(text: string, testId: string, label: string, title = label): HTMLButtonElement {
  const b = el('button', undefined, text);
  b.type = 'button';
  b.dataset['testid'] = testId;
  b.setAttribute('aria-label', label);
  b.title = title;
  return b;
}

function pane(side: 'left' | 'right'): PaneDom {
  const root = el('section', `compare-pane compare-${side}`);
  root.dataset['testid'] = `compare-${side}`;
  const head = el('div', 'compare-pane-head');
  const badge = el('span', 'compare-badge', side === 'left' ? 'A' : 'B');
  badge.setAttribute('aria-hidden', 'true');
  const title = el('h2', 'compare-title');
  title.dataset['testid'] = `compare-${side}-title`;
  const alone = button('Open alone', `compare-${side}-alone`, `Leave compare mode and show run ${side === 'left' ? 'A' : 'B'} alone`);
  alone.className = 'small';
  head.append(badge, title, alone);
  const status = el('p', 'compare-status');
  status.dataset['testid'] = `compare-${side}-status`;
  status.setAttribute('role', 'status');
  const wrap = el('div', 'stage-wrap');
  const stage = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  stage.classList.add('stage');
  stage.dataset['testid'] = `compare-${side}-stage`;
  stage.setAttribute('role', 'group');
  stage.setAttribute('aria-label', `Run ${side === 'left' ? 'A' : 'B'} at the playhead`);
  wrap.append(stage);
  const caption = el('p', 'cycle-caption');
  caption.hidden = true;
  const timeline = el('canvas', 'timeline');
  timeline.dataset['testid'] = `compare-${side}-timeline`;
  timeline.setAttribute('aria-label', `Timeline of run ${side === 'left' ? 'A' : 'B'}; click to seek both runs`);
  root.append(head, status, wrap, caption, timeline);
  return { root, title, status, stage, caption, timeline, alone };
}

export function compareDom(after: Element): CompareDom {
  const root = el('section', 'compare');
  root.dataset['testid'] = 'compare';
  root.setAttribute('aria-label', 'Two runs side by side on one clock');
  root.hidden = true;

  const bar = el('div', 'compare-bar chrome');
  const heading = el('h2', 'compare-heading', 'Compare: A beside B, one clock in virtual time');
  const swap = button('Swap A ⇄ B', 'compare-swap', 'Swap the two runs');
  const leave = button('Leave compare', 'compare-leave', 'Leave compare mode (run A stays)');
  bar.append(heading, swap, leave);
  const problem = el('p', 'banner');
  problem.dataset['testid'] = 'compare-problem';
  problem.setAttribute('role', 'alert');
  problem.hidden = true;

  const playback = el('div', 'playback compare-playback');
  playback.dataset['testid'] = 'compare-playback';
  const stepBack = button('◀', 'compare-step-back', 'One step back', 'One step back (←)');
  const play = button('▶', 'compare-play', 'Play', 'Play / pause (space)');
  const stepForward = button('▶|', 'compare-step-forward', 'One step forward', 'One step forward (→)');
  const scrub = el('input', 'scrub');
  scrub.type = 'range';
  scrub.min = '0';
  scrub.max = '0';
  scrub.value = '0';
  scrub.dataset['testid'] = 'compare-scrub';
  scrub.setAttribute('aria-label', 'Playhead of both runs');
  const speedLabel = el('label', 'speed');
  const speed = el('select');
  speed.dataset['testid'] = 'compare-speed';
  speed.setAttribute('aria-label', 'Speed');
  for (const s of SPEEDS) {
    const option = el('option', undefined, `${s}×`);
    option.value = String(s);
    option.selected = s === 1;
    speed.append(option);
  }
  speedLabel.append(speed);
  const clock = el('span', 'position compare-clock');
  clock.dataset['testid'] = 'compare-clock';
  clock.setAttribute('aria-live', 'off');
  playback.append(stepBack, play, stepForward, scrub, speedLabel, clock);

  const left = pane('left');
  const right = pane('right');
  const panes = el('div', 'compare-panes');
  panes.append(left.root, right.root);

  const lower = el('div', 'compare-lower');
  const plotsSection = el('section', 'compare-plots-section chrome');
  plotsSection.append(el('h2', undefined, 'Plots, overlaid (A solid, B dashed)'));
  const plots = el('div', 'compare-plots');
  plots.dataset['testid'] = 'compare-plots';
  plotsSection.append(plots);
  const diffSection = el('section', 'compare-differences');
  diffSection.append(el('h2', undefined, 'Differences'));
  const table = el('table');
  table.dataset['testid'] = 'compare-differences';
  const head = el('thead');
  const headRow = el('tr');
  for (const text of ['', 'A', 'B']) headRow.append(el('th', undefined, text));
  head.append(headRow);
  const differences = el('tbody');
  table.append(head, differences);
  diffSection.append(table);
  lower.append(diffSection, plotsSection);

  root.append(bar, problem, playback, panes, lower);
  after.after(root);
  return { root, problem, swap, leave, stepBack, play, stepForward, scrub, speed, clock, left, right, plots, differences };
}
