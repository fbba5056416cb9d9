/**
 * The Go editor: CodeMirror 6 with Go syntax, lint markers for compile errors, and each goroutine's
 * current line marked in its colour. This module and CodeMirror form their own chunk, loaded after
 * the first frame (panel.ts imports it dynamically), so a page that only watches never pays for it.
 *
 * Keyboard: everything is reachable without a mouse. Ctrl/Cmd+Enter runs; Shift+Alt+F formats; Tab
 * indents, and Escape then Tab leaves the editor (CodeMirror's escape hatch for focus), as its
 * accessibility guide recommends.
 *
 * The editor lives in a shadow root of its box: CodeMirror styles itself with stylesheets it builds
 * at run time, which the page's CSP (`style-src 'self'`) refuses as `<style>` elements but a shadow
 * root adopts as constructed stylesheets. So every style of the editor is a theme here; the page's
 * own CSS reaches it only through inherited properties (font size, --mono). Nothing in it may get a
 * `style` attribute either (CodeMirror sets styles through the CSSOM; lineBreakInput.ts keeps the
 * browser's own editing from adding one).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { go } from '@codemirror/lang-go';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Extension, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { lineBreakInput } from './lineBreakInput';
import type { GoroutineLine, SourceProblem } from './types';

export interface CodeEditorOptions {
  readonly text: string;
  /** Ctrl/Cmd+Enter. */
  readonly onRun: () => void;
  /** Shift+Alt+F. */
  readonly onFormat: () => void;
  /** After every change of the text. */
  readonly onChange: (text: string) => void;
}

export interface CodeEditor {
  text(): string;
  /** Replaces the whole text (a scenario opened, a template, the formatted program). */
  setText(text: string): void;
  /** Shows compile errors as lint markers (none: []). */
  setProblems(problems: readonly SourceProblem[]): void;
  /** Marks the line each goroutine is on, in its colour (none: []). */
  setGoroutineLines(lines: readonly GoroutineLine[]): void;
  /** Moves the cursor to a line and column (1-based) and focuses the editor. */
  goTo(line: number, column: number): void;
  focus(): void;
}

const setGoroutineLinesEffect = StateEffect.define<readonly GoroutineLine[]>();

/** The goroutine marks: line decorations whose classes carry the colour (cm-g0 … cm-g6). */
const goroutineMarks = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, tr) {
    let next = marks.map(tr.changes);
    for (const effect of tr.effects) {
      if (!effect.is(setGoroutineLinesEffect)) continue;
      const builder = new RangeSetBuilder<Decoration>();
      const sorted = [...effect.value].sort((a, b) => a.line - b.line);
      for (const mark of sorted) {
        if (mark.line < 1 || mark.line > tr.state.doc.lines) continue;
        const names = mark.goroutines.map((g) => g.name).join(', ');
        const first = mark.goroutines[0]?.id ?? 1;
        builder.add(
          tr.state.doc.line(mark.line).from,
          tr.state.doc.line(mark.line).from,
          Decoration.line({
            class: `cm-goroutine-line cm-g${(first - 1 + 7) % 7}`,
            attributes: { title: `line ${mark.line}: ${names}`, 'data-goroutines': names },
          }),
        );
      }
      next = builder.finish();
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Goroutine identity colours (views/palette.ts, in its order), one class each: no inline styles. */
const IDENTITY = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];

const theme = EditorView.theme({
  '&': { maxHeight: '30rem', backgroundColor: '#ffffff', color: '#1c1f24' },
  '&.cm-focused': { outline: '2px solid #1f5fbf', outlineOffset: '1px' },
  '.cm-scroller': { fontFamily: 'var(--mono, monospace)', lineHeight: '1.5' },
  '.cm-gutters': { backgroundColor: '#f4f5f7', color: '#5d6470', borderRight: '1px solid #dfe1e5' },
  '.cm-goroutine-line': {
    boxShadow: 'inset 4px 0 0 var(--mark)',
    backgroundColor: 'color-mix(in srgb, var(--mark) 16%, transparent)',
  },
  ...Object.fromEntries(IDENTITY.map((colour, k) => [`.cm-g${k}`, { '--mark': colour }])),
  '.cm-activeLine.cm-goroutine-line': { backgroundColor: 'color-mix(in srgb, var(--mark) 22%, transparent)' },
});

export function createCodeEditor(parent: HTMLElement, options: CodeEditorOptions): CodeEditor {
  const root = parent.shadowRoot ?? parent.attachShadow({ mode: 'open' });
  const extensions: Extension[] = [
    theme,
    lineNumbers(),
    lintGutter(),
    history(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    go(),
    goroutineMarks,
    lineBreakInput(),
    EditorState.tabSize.of(4),
    EditorView.contentAttributes.of({ 'aria-label': 'Go program', 'data-testid': 'code-input' }),
    keymap.of([
      { key: 'Mod-Enter', run: () => (options.onRun(), true) },
      { key: 'Shift-Alt-f', run: () => (options.onFormat(), true) },
      ...defaultKeymap,
      ...historyKeymap,
      indentWithTab,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
  const view = new EditorView({ root, parent: root, state: EditorState.create({ doc: options.text, extensions }) });

  function position(line: number, column: number): number {
    const l = view.state.doc.line(Math.min(Math.max(1, line), view.state.doc.lines));
    // Go counts columns in bytes; for the ASCII most programs hold, that is the character offset.
    return Math.min(l.from + Math.max(0, byteColumnToOffset(l.text, column)), l.to);
  }

  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    setProblems(problems) {
      const diagnostics: Diagnostic[] = problems.map((p) => {
        const from = position(p.line, p.column);
        const lineEnd = view.state.doc.lineAt(from).to;
        return { from, to: Math.max(from, Math.min(lineEnd, wordEnd(view.state.doc.sliceString(from, lineEnd)) + from)), severity: 'error', message: p.message };
      });
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    setGoroutineLines(lines) {
      view.dispatch({ effects: setGoroutineLinesEffect.of(lines) });
    },
    goTo(line, column) {
      const at = position(line, column);
      view.dispatch({ selection: { anchor: at }, effects: EditorView.scrollIntoView(at, { y: 'center' }) });
      view.focus();
    },
    focus: () => view.focus(),
  };
}

/** The offset in `text` of a 1-based column counted in UTF-8 bytes. */
function byteColumnToOffset(text: string, column: number): number {
  let bytes = 0;
  let offset = 0;
  for (const ch of text) {
    if (bytes >= column - 1) break;
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    offset += ch.length;
  }
  return offset;
}

/** How far the word (or the one character) at the start of `rest` reaches, so a marker underlines something. */
function wordEnd(rest: string): number {
  const m = /^[\p{L}\p{N}_]+/u.exec(rest);
  return m === null ? Math.min(1, rest.length) : m[0].length;
}
