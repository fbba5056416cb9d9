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
      // The range the browser was about to replace: the DOM selection, which CodeMirror's own
      // selection may not have caught up with yet (it reads it when `selectionchange` fires).
      const range = event.getTargetRanges()[0];
      const from = range === undefined ? view.state.selection.main.from : view.posAtDOM(range.startContainer, range.startOffset);
      const to = range === undefined ? view.state.selection.main.to : view.posAtDOM(range.endContainer, range.endOffset);
      const start = Math.min(from, to);
      const insert = view.state.toText(text); // splits at \n, \r\n and \r alike
      event.preventDefault();
      view.dispatch({
        changes: { from: start, to: Math.max(from, to), insert },
        selection: { anchor: start + insert.length },
        scrollIntoView: true,
        userEvent: 'input.type',
      });
      return true;
    },
  });
}
