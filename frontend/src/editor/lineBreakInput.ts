/**
 * Text with line breaks inserted in one input event (dictation, an input method, assistive software,
 * a browser test filling the editor) goes into the document through CodeMirror, not through the
 * browser's rich-text editing. Left to the browser, Chromium splits the line into paragraphs and
 * carries the style of the text it split (a highlighted keyword's colour, say) onto the new line as a
 * `style` attribute, which the page's CSP (`style-src 'self'`) refuses with a console error. CodeMirror
 * would then read the lines back and redraw them anyway; inserting the text itself skips that detour.
 *
 * Single-line typing, composition, paste and drop are left alone: CodeMirror already handles them
 * without the browser styling anything.
 */
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';

const REPLACING = new Set(['insertText', 'insertReplacementText', 'insertFromYank']);

export function lineBreakInput(): Extension {
  return EditorView.domEventHandlers({
    beforeinput(event, view) {
      if (!REPLACING.has(event.inputType) || event.isComposing) return false;
      const text = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      if (!/[\r\n]/.test(text)) return false;
      const { from, to } = replaced(view, event);
      const insert = view.state.toText(text); // splits at \n, \r\n and \r alike
      event.preventDefault();
      view.dispatch({
        changes: { from, to, insert },
        selection: { anchor: from + insert.length },
        scrollIntoView: true,
        userEvent: 'input.type',
      });
      return true;
    },
  });
}

/**
 * The range the browser was about to replace. That is the DOM's selection, which CodeMirror's own
 * selection may not have caught up with yet (it reads it when `selectionchange` fires, after the
 * input). The event's target ranges say it, except in a shadow root, where Chromium leaves them empty;
 * there the root's own selection says it.
 */
function replaced(view: EditorView, event: InputEvent): { from: number; to: number } {
  const range = event.getTargetRanges()[0];
  if (range !== undefined) return ordered(view.posAtDOM(range.startContainer, range.startOffset), view.posAtDOM(range.endContainer, range.endOffset));
  const selection = domSelection(view);
  const { anchorNode, focusNode } = selection ?? {};
  if (selection && anchorNode && focusNode && view.contentDOM.contains(anchorNode) && view.contentDOM.contains(focusNode)) {
    return ordered(view.posAtDOM(anchorNode, selection.anchorOffset), view.posAtDOM(focusNode, selection.focusOffset));
  }
  return view.state.selection.main;
}

function ordered(a: number, b: number): { from: number; to: number } {
  return { from: Math.min(a, b), to: Math.max(a, b) };
}

/** The selection as the editor's root sees it (Chromium's ShadowRoot has getSelection of its own). */
function domSelection(view: EditorView): Selection | null {
  const root = view.root as (Document | ShadowRoot) & { getSelection?: () => Selection | null };
  return typeof root.getSelection === 'function' ? root.getSelection() : document.getSelection();
}
