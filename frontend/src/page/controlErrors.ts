import type { ParamsPanel } from '../views/paramsPanel';
import type { Find } from './ui';

export interface ControlErrors {
  /** Shows (or with null clears) a message under a control; answers whether that control exists. */
  showControlError(control: string, message: string | null): boolean;
  /** Clears the messages under every control, before a new run. */
  clearControlErrors(): void;
}

/** Messages under the seed, GOMAXPROCS and parameter controls, from the page's checks or the server's. */
export function controlErrors($: Find, params: ParamsPanel): ControlErrors {
  function showControlError(control: string, message: string | null): boolean {
    if (control === 'seed' || control === 'procs') {
      const slot = $(`error-${control}`, HTMLElement);
      slot.textContent = message ?? '';
      slot.hidden = message === null;
      return true;
    }
    return params.showError(control, message);
  }

  function clearControlErrors(): void {
    params.clearErrors();
    showControlError('seed', null);
    showControlError('procs', null);
  }

  return { showControlError, clearControlErrors };
}
