/**
 * Controls generated from a scenario's parameter specs: int and duration as a slider plus a text
 * box (the slider covers a comfortable range, the box the whole allowed one), bool as a switch,
 * enum as a select. Each control has a slot for the problem with its value, whether found here or
 * reported by the server with a path like `run.params.workers`.
 */
import { el } from '../lib/dom';
import { type ParamSpec, type ParamValue, formatDuration, paramText, readParam } from '../app/params';

export type ParamChange = (name: string, value: ParamValue) => void;

export class ParamsPanel {
  readonly #root: HTMLElement;
  readonly #errors = new Map<string, HTMLElement>();

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  build(specs: readonly ParamSpec[], values: Readonly<Record<string, ParamValue>>, changed: ParamChange): void {
    this.#errors.clear();
    this.#root.replaceChildren(...specs.map((spec) => this.#control(spec, values[spec.name] ?? spec.default, changed)));
  }

  /** Shows a problem next to the control for `name` (or clears it with null). */
  showError(name: string, message: string | null): boolean {
    const slot = this.#errors.get(name);
    if (slot === undefined) return false;
    slot.textContent = message ?? '';
    slot.hidden = message === null;
    slot.closest('.param')?.classList.toggle('invalid', message !== null);
    return true;
  }

  clearErrors(): void {
    for (const name of this.#errors.keys()) this.showError(name, null);
  }

  #control(spec: ParamSpec, value: ParamValue, changed: ParamChange): HTMLElement {
    const wrap = el('div', `param param-${spec.type}`);
    wrap.dataset['param'] = spec.name;
    const id = `param-${spec.name}`;
    const label = el('label', 'param-label', spec.name === 'fix' ? 'fix (show the idiomatic fix)' : spec.name);
    label.htmlFor = id;
    if (spec.description !== undefined) wrap.title = spec.description;
    const error = el('p', 'param-error');
    error.dataset['testid'] = `error-${spec.name}`;
    error.hidden = true;
    error.setAttribute('role', 'alert');
    this.#errors.set(spec.name, error);
    const commit = (text: string): boolean => {
      const read = readParam(spec, text);
      if ('problem' in read) {
        this.showError(spec.name, read.problem);
        return false;
      }
      this.showError(spec.name, null);
      changed(spec.name, read.value);
      return true;
    };

    if (spec.type === 'bool') {
      const box = el('input', 'switch');
      box.type = 'checkbox';
      box.id = id;
      box.checked = value === true;
      box.setAttribute('role', 'switch');
      box.dataset['testid'] = `param-${spec.name}`;
      box.addEventListener('change', () => commit(String(box.checked)));
      wrap.append(box, label);
    } else if (spec.type === 'enum') {
      const select = el('select');
      select.id = id;
      select.dataset['testid'] = `param-${spec.name}`;
      for (const option of spec.options ?? []) select.append(new Option(option, option, false, option === value));
      select.addEventListener('change', () => commit(select.value));
      wrap.append(label, select);
    } else {
      const min = spec.min ?? 0;
      const fallbackTop = typeof spec.default === 'number' ? Math.max(spec.default * 4, spec.type === 'int' ? 20 : 1e6) : 100;
      const top = Math.min(spec.max ?? fallbackTop, fallbackTop);
      const slider = el('input', 'param-slider');
      slider.type = 'range';
      slider.min = String(min);
      slider.max = String(Math.max(top, Number(value)));
      slider.step = spec.type === 'int' ? '1' : String(Math.max(1, Math.round((top - min) / 200)));
      slider.value = String(value);
      slider.setAttribute('aria-label', `${spec.name} slider`);
      const text = el('input', 'param-text');
      text.id = id;
      text.dataset['testid'] = `param-${spec.name}`;
      text.value = paramText(spec, value);
      text.inputMode = spec.type === 'int' ? 'numeric' : 'text';
      text.spellcheck = false;
      const bounds = el(
        'span',
        'param-bounds',
        spec.type === 'duration'
          ? `${formatDuration(spec.min ?? 0)}–${formatDuration(spec.max ?? 0)}`
          : `${spec.min ?? ''}–${spec.max ?? ''}`,
      );
      slider.addEventListener('input', () => {
        text.value = paramText(spec, Number(slider.value));
      });
      slider.addEventListener('change', () => commit(text.value));
      text.addEventListener('change', () => {
        if (commit(text.value)) {
          const read = readParam(spec, text.value);
          if ('value' in read) slider.value = String(read.value);
        }
      });
      wrap.append(label, bounds, slider, text);
    }
    wrap.append(error);
    return wrap;
  }
}
