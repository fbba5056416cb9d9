/**
 * The Go editor: CodeMirror 6 with Go syntax, lint markers for compile errors, and each goroutine's
 * current line marked in its colour. This module and CodeMirror form their own chunk, loaded after
 * the first frame (panel.ts imports it dynamically), so a page that only watches never pays for it.
 *
 * Keyboard: everything is reachable without a mouse. Ctrl/Cmd+Enter runs; Shift+Alt+F formats; Tab
 * indents, and Escape then Tab leaves the editor (CodeMirror's escape hatch for focus), as its
 * accessibility guide recommends. Colours come from classes (the page's CSP allows no inline styles).
 */
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { go } from '@codemirror/lang-go';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { type Diagnostic, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, type Extension, RangeSetBuilder, StateEffect, StateField } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
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

export function createCodeEditor(parent: HTMLElement, options: CodeEditorOptions): CodeEditor {
  const extensions: Extension[] = [
    lineNumbers(),
    lintGutter(),
    history(),
    highlightActiveLine(),
    indentOnInput(),
    bracketMatching(),
    syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
    go(),
    goroutineMarks,
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
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.text, extensions }) });

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
