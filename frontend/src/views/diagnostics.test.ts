// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { LIBRARY_RUNS, libraryCatalog, runName } from '../model/fixtures/library';
import type { FieldValue } from '../model/events';
import { RunModel } from '../model/run';
import { DiagnosticsView } from './diagnostics';

/** A model holding a recorded run, as the page's would once the run streamed in. */
function modelOf(name: string): RunModel {
  const run = LIBRARY_RUNS.find((r) => runName(r) === name);
  if (run === undefined) throw new Error(`no fixture ${name}`);
  const model = new RunModel();
  model.reset();
  model.admit(libraryCatalog(), run.run.gomaxprocs);
  model.append({
    firstSeq: 0,
    count: run.events.length,
    baseTime: 0,
    codes: Uint32Array.from(run.events, (e) => Number(e[0])),
    times: Float64Array.from(run.events, (e) => Number(e[1])),
    fields: run.events.map((e) => e.slice(2) as FieldValue[]),
  });
  return model;
}

function viewOf(model: RunModel) {
  const section = document.createElement('section');
  const list = document.createElement('ul');
  const view = new DiagnosticsView(section, list, model);
  const items = () => [...list.children] as HTMLElement[];
  return { section, view, items };
}

describe('diagnostics at the playhead', () => {
  it('tells the lock-order deadlock only once the playhead reaches the event that finds it', () => {
    const model = modelOf('lock-order-deadlock');
    const findings = model.diagnostics.get();
    expect(findings.map((d) => d.kind)).toContain('lock-order');
    const first = Math.min(...findings.map((d) => d.seq));
    const { section, view, items } = viewOf(model);
    for (let position = 0; position <= first; position++) {
      view.render(position);
      expect(section.hidden, `after ${position} events`).toBe(true);
      expect(items(), `after ${position} events`).toHaveLength(0);
    }
    view.render(first + 1);
    expect(section.hidden).toBe(false);
    expect(items()).toHaveLength(findings.filter((d) => d.seq === first).length);
    expect(items()[0]?.dataset['seq']).toBe(String(first));
    expect(items()[0]?.textContent).toContain(`event ${first}`);
    view.render(model.events.length);
    expect(items().map((li) => li.dataset['kind'])).toEqual(findings.map((d) => d.kind));
    expect(items().some((li) => li.dataset['ahead'] === 'true')).toBe(false);
  });

  it('lists the findings ahead too when a teacher asks, marked "ahead", and seeks to one when clicked', () => {
    const model = modelOf('lock-order-deadlock');
    const findings = model.diagnostics.get();
    const { section, view, items } = viewOf(model);
    const seeks: number[] = [];
    view.onSeek = (position) => seeks.push(position);
    view.showAhead = true;
    view.render(0);
    expect(section.hidden).toBe(false);
    expect(items()).toHaveLength(findings.length);
    for (const li of items()) {
      expect(li.dataset['ahead']).toBe('true');
      expect(li.classList.contains('ahead')).toBe(true);
      expect(li.textContent).toMatch(/^ahead · event \d+ /);
    }
    items()[0]?.querySelector('button')?.click();
    expect(seeks).toEqual([(findings[0]?.seq ?? -1) + 1]);
    // Once reached, a finding is no longer ahead.
    view.render(model.events.length);
    expect(items().filter((li) => li.dataset['ahead'] === 'true')).toHaveLength(0);
    view.showAhead = false;
    view.render(0);
    expect(section.hidden).toBe(true);
  });

  it('finds nothing in a run without findings, and forgets a run’s findings when a new run starts', () => {
    const clean = modelOf('lock-order-deadlock fix');
    expect(clean.diagnostics.get()).toEqual([]);
    const model = modelOf('global-deadlock');
    const { section, view } = viewOf(model);
    view.render(model.events.length);
    expect(section.hidden).toBe(false);
    model.reset();
    view.render(0);
    expect(section.hidden).toBe(true);
  });

  it('drops the findings of events an intervention cut off', () => {
    const model = modelOf('global-deadlock');
    const seq = model.diagnostics.get()[0]?.seq ?? -1;
    expect(seq).toBeGreaterThan(0);
    model.truncate(seq + 1);
    expect(model.diagnostics.get().map((d) => d.seq)).toEqual([seq]);
    model.truncate(seq);
    expect(model.diagnostics.get()).toEqual([]);
  });
});
