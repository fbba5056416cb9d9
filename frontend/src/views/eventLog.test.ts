// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { RunModel } from '../model/run';
import type { EventBatch } from '../model/events';
import { SCHEMA } from '../net/fixtures';
import { EventCatalog } from '../model/catalog';
import { vocabularyCatalog } from '../model/vocabulary';
import { EventLogView, MAX_ROWS } from './eventLog';

/** `count` go-block events for goroutine 1 (on object 7, for reasons in turn), after go-create names it `main`. */
function states(firstSeq: number, count: number): EventBatch {
  return {
    firstSeq,
    count,
    baseTime: firstSeq,
    codes: Uint32Array.from({ length: count }, (_, i) => (firstSeq + i === 0 ? 1 : 4)),
    times: Float64Array.from({ length: count }, (_, i) => firstSeq + i + 1),
    fields: Array.from({ length: count }, (_, i) => (firstSeq + i === 0 ? [1, 0, 'main', 0] : [1, (firstSeq + i) % 4, 7, 0])),
  };
}

describe('EventLogView', () => {
  let model: RunModel;
  let list: HTMLOListElement;
  let view: EventLogView;

  beforeEach(() => {
    model = new RunModel();
    list = document.createElement('ol');
    view = new EventLogView(list, model);
    model.reset();
    model.admit(vocabularyCatalog());
  });

  const rows = () => [...list.querySelectorAll('[data-testid="event"]')];

  it('draws one row per event, with names and enum strings', () => {
    model.append(states(0, 3));
    view.render();
    expect(rows().map((r) => r.textContent)).toEqual([
      '0 1 ns go-create g=1 parent=0 name=main label=0',
      '1 2 ns go-block g=main reason=receive obj=7 label=0',
      '2 3 ns go-block g=main reason=select obj=7 label=0',
    ]);
    model.append(states(3, 1));
    view.render();
    expect(rows()).toHaveLength(4);
  });

  it(`keeps only the latest ${MAX_ROWS} rows in the page`, () => {
    model.append(states(0, 1500));
    view.render();
    model.append(states(1500, 1000));
    view.render();
    expect(rows()).toHaveLength(MAX_ROWS);
    expect(rows()[0]?.getAttribute('data-seq')).toBe('500');
    model.append(states(2500, 5000));
    view.render();
    expect(rows()).toHaveLength(MAX_ROWS);
    expect(rows()[0]?.getAttribute('data-seq')).toBe('5500');
    expect(rows().at(-1)?.getAttribute('data-seq')).toBe('7499');
  });

  it('starts over when a new run resets the model', () => {
    model.append(states(0, 5));
    view.render();
    model.reset();
    model.admit(vocabularyCatalog());
    model.append(states(0, 2));
    view.render();
    expect(rows().map((r) => r.getAttribute('data-seq'))).toEqual(['0', '1']);
  });

  it('shows server text as text, never as markup, even in a vocabulary the page does not speak', () => {
    const schema = { ...SCHEMA, events: [{ code: 0, name: '<b>go-create</b>', fields: [{ name: 'name', type: 's' as const }] }] };
    model.reset();
    model.admit(EventCatalog.compile(schema));
    model.append({ firstSeq: 0, count: 1, baseTime: 0, codes: Uint32Array.of(0), times: Float64Array.of(0), fields: [['<img src=x onerror=alert(1)>']] });
    view.render();
    expect(list.querySelector('img, b')).toBeNull();
    expect(rows()[0]?.textContent).toBe('0 0 ns <b>go-create</b> name="<img src=x onerror=alert(1)>"');
  });
});
