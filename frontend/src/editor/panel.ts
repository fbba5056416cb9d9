/**
 * The program panel: "Edit" (the scenario's Go source into the editor), "New program", Run
 * (Ctrl/Cmd+Enter), Format, the Go version, the list of compile errors (each jumps to its line), and
 * the output console. It is in the main chunk and small; the editor itself (codeEditor.ts and
 * CodeMirror) is imported on first use, or after the first frame when the page opens on a program.
 *
 * A draft the page replaces (a room's teacher moves the class to another run, say) is kept, and
 * "Restore your draft" brings it back (drafts.ts).
 *
 * A program runs through the page store like any run: Run applies a link state whose `program` is
 * the editor's text, and the page's run session starts it over the existing connection. A program
 * too long to travel inline in a link is saved as a snippet first, so the link can carry its id.
 */
import type { PageStore } from '../app/pageStore';
import { DEFAULT_GO_VERSION } from '../app/program';
import { inlineCode } from '../app/programLink';
import type { RunModel } from '../model/run';
import type { World } from '../model/world';
import type { FieldProblem } from '../net/protocol';
import type { SourceView } from '../views/source';
import type { CodeEditor } from './codeEditor';
import { ConsoleView } from './consoleView';
import { Drafts } from './drafts';
import { formatSource } from './formatApi';
import { goroutineLines, marksKey } from './goroutineLines';
import { OutputLog } from './outputLog';
import { saveSnippet } from './snippetApi';
import { NEW_PROGRAM } from './template';
import type { SourceProblem } from './types';
import './editor.css';

export interface ProgramPanelParts {
  readonly root: HTMLElement;
  readonly store: PageStore;
  readonly model: RunModel;
  /** The read-only source of a scenario, hidden while the editor is open. */
  readonly source: SourceView;
  readonly sourceBox: HTMLElement;
  /** Tells the reader something went wrong outside the editor (saving a snippet, say). */
  readonly notify: (message: string) => void;
  /** Runs the same inputs again from the start (Run with an unchanged program). */
  readonly restart: () => void;
}

export interface ProgramPanel {
  /** Shows the run's program, when the run is of one (or closes the editor when it is a scenario again). */
  showInputs(): void;
  /** Compile errors from the server ([] clears them). */
  showProblems(problems: readonly FieldProblem[]): void;
  /** One frame: goroutine lines and output at the playhead. */
  render(world: World | null, position: number): void;
  /** Loads the editor chunk (after the first frame, when the page opened on a program). */
  preload(): void;
}

function find<T extends Element>(root: HTMLElement, id: string, type: abstract new (...args: never[]) => T): T {
  const found = root.querySelector(`[data-testid="${id}"]`);
  if (!(found instanceof type)) throw new Error(`the program panel is missing a ${type.name} with data-testid="${id}"`);
  return found;
}

export function programPanel(parts: ProgramPanelParts): ProgramPanel {
  const { root, store, model, source, sourceBox, notify } = parts;
  const edit = find(root, 'edit-program', HTMLButtonElement);
  const fresh = find(root, 'new-program', HTMLButtonElement);
  const run = find(root, 'run-program', HTMLButtonElement);
  const format = find(root, 'format-program', HTMLButtonElement);
  const goVersion = find(root, 'go-version', HTMLSelectElement);
  const editorBox = find(root, 'code-editor', HTMLElement);
  const problemList = find(root, 'compile-errors', HTMLOListElement);
  const consoleBox = find(root, 'console', HTMLElement);
  const consoleSection = find(root, 'console-section', HTMLElement);
  const draftNote = find(root, 'draft-note', HTMLElement);
  const restoreDraft = find(root, 'restore-draft', HTMLButtonElement);
  const drafts = new Drafts();
  const log = new OutputLog();
  const consoleView = new ConsoleView(consoleBox);
  let editor: CodeEditor | null = null;
  let loading: Promise<CodeEditor> | null = null;
  let editing = false;
  let problems: readonly SourceProblem[] = [];
  let drawnMarks = '';
  /** Whether the run shown is of a program (so choosing a scenario closes the editor). */
  let showingProgram = false;

  function load(): Promise<CodeEditor> {
    loading ??= import('./codeEditor').then(({ createCodeEditor }) => {
      const text = store.run.inputs.get()?.program?.source ?? source.text();
      drafts.settled(text);
      editor = createCodeEditor(editorBox, {
        text,
        onRun: () => void runProgram(),
        onFormat: () => void formatProgram(),
        onChange: () => {
          if (problems.length > 0) showSourceProblems([]);
        },
      });
      editor.setProblems(problems);
      drawnMarks = '';
      return editor;
    });
    return loading;
  }

  /** Opens the editor with `text` (or what it holds, when null), focused when the reader asked for it. */
  async function open(text: string | null, focus: boolean): Promise<void> {
    editing = true;
    layout();
    const e = await load();
    if (text !== null) {
      replaceText(e, text);
      drafts.settled(text);
    }
    if (focus) e.focus();
  }

  /** Puts `text` in the editor, keeping what it replaces when that is the writer's draft. */
  function replaceText(e: CodeEditor, text: string): void {
    if (text === e.text()) return;
    drafts.replacing(e.text(), text);
    e.setText(text);
    showDraftNote();
  }

  function showDraftNote(): void {
    draftNote.hidden = drafts.kept() === null;
  }

  /** The kept draft back in the editor (what it replaces is kept in turn, when it is a draft too). */
  async function restore(): Promise<void> {
    const text = drafts.take();
    if (text === null) return;
    await open(null, false);
    replaceText(await load(), text);
    showDraftNote();
    editor?.focus();
  }

  function layout(): void {
    const program = store.run.inputs.get()?.program !== undefined;
    editorBox.hidden = !editing;
    sourceBox.hidden = editing;
    run.hidden = !editing;
    format.hidden = !editing;
    goVersion.hidden = !editing;
    edit.hidden = editing;
    consoleSection.hidden = !program;
    document.body.classList.toggle('program', program);
    document.body.classList.toggle('editing', editing);
  }

  async function runProgram(): Promise<void> {
    const e = await load();
    const text = e.text();
    const current = store.run.inputs.get()?.program;
    let snippet = current?.source === text ? current.snippet : null;
    if (snippet === null && inlineCode(text) === null) {
      // Too long for a link: saved first, so the link can say p=<id>. The run does not wait on a refusal.
      run.disabled = true;
      const saved = await saveSnippet(text);
      run.disabled = false;
      if ('id' in saved) snippet = saved.id;
      else notify(`The program runs, but its link cannot carry it: ${saved.problem}.`);
    }
    const state = { ...store.linkState(), params: {}, interventions: [], t: null };
    const program = { source: text, goVersion: goVersion.value, snippet };
    if (store.applyState({ ...state, program }) === 'same-run') parts.restart();
  }

  async function formatProgram(): Promise<void> {
    const e = await load();
    format.disabled = true;
    const answer = await formatSource(e.text());
    format.disabled = false;
    if ('body' in answer) e.setText(answer.body);
    else if (answer.problems.length > 0) showSourceProblems(answer.problems);
    else notify(answer.message);
  }

  function showSourceProblems(list: readonly SourceProblem[]): void {
    problems = list;
    editor?.setProblems(list);
    problemList.hidden = list.length === 0;
    problemList.replaceChildren(
      ...list.map((p) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'compile-error';
        button.textContent = `${p.line}:${p.column}  ${p.message}`;
        button.title = `Go to line ${p.line}, column ${p.column}`;
        button.addEventListener('click', () => void load().then((e) => e.goTo(p.line, p.column)));
        item.append(button);
        return item;
      }),
    );
  }

  function showProblems(list: readonly FieldProblem[]): void {
    const placed = list.flatMap((p) => (p.line === undefined || p.column === undefined ? [] : [{ line: p.line, column: p.column, message: p.message }]));
    const unplaced = list.filter((p) => p.line === undefined || p.column === undefined);
    showSourceProblems(placed);
    if (unplaced.length > 0) notify(`The server refused the program: ${unplaced.map((p) => p.message).join('; ')}.`);
    if (placed.length > 0 && !editing) void open(null, false);
  }

  function showInputs(): void {
    const program = store.run.inputs.get()?.program;
    if (program !== undefined) {
      goVersion.value = [...goVersion.options].some((o) => o.value === program.goVersion) ? program.goVersion : DEFAULT_GO_VERSION;
      if (editor !== null) replaceText(editor, program.source);
      drafts.settled(program.source);
      if (!editing) source.setSource(program.source);
    } else if (showingProgram) editing = false; // a scenario chosen instead of the program; a draft stays open
    showingProgram = program !== undefined;
    layout();
  }

  function render(world: World | null, position: number): void {
    const program = store.run.inputs.get()?.program;
    if (program === undefined) return;
    log.update(model.events, model.catalog);
    consoleView.render(log, model.events, position);
    if (editor === null || world === null) return;
    const marks = goroutineLines(world, editor.text().split('\n'));
    const key = marksKey(marks);
    if (key === drawnMarks) return;
    drawnMarks = key;
    editor.setGoroutineLines(marks);
  }

  edit.addEventListener('click', () => void open(store.run.inputs.get()?.program?.source ?? source.text(), true));
  fresh.addEventListener('click', () => void open(NEW_PROGRAM, true));
  run.addEventListener('click', () => void runProgram());
  format.addEventListener('click', () => void formatProgram());
  restoreDraft.addEventListener('click', () => void restore());
  layout();

  return {
    showInputs,
    showProblems,
    render,
    preload: () => void open(null, false),
  };
}
