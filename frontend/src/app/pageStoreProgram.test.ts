import { describe, expect, it } from 'vitest';
import { type LinkState, decodeLink } from './link';
import { PageStore, sameRun, sameSource } from './pageStore';
import type { ScenarioSummary } from './params';
import { decodeProgramLink, programLinkState } from './programLink';

const CATALOG: ScenarioSummary[] = [{ id: 'unbuffered-handoff', title: 'U', category: 'Basics', summary: '', pitfall: false, params: [] }];
const SOURCE = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n';

function store(): PageStore {
  const s = new PageStore({ autoplay: () => true });
  s.catalog.set(CATALOG);
  return s;
}

function withProgram(source: string, snippet: string | null = null): LinkState {
  const base = decodeLink('?s=unbuffered-handoff&seed=42', CATALOG, 'unbuffered-handoff').state;
  return { ...base, program: { source, goVersion: '1.22', snippet } };
}

describe('PageStore with a program the user wrote', () => {
  it('holds the program as the run input, and its link carries the program', () => {
    const s = store();
    expect(s.applyState(withProgram(SOURCE))).toBe('new-run');
    expect(s.run.inputs.get()?.program?.source).toBe(SOURCE);
    const link = s.link();
    expect(link).toMatch(/^\?v=3&code=[A-Za-z0-9_-]+&goVersion=1\.22&seed=42$/);
    const read = decodeProgramLink(link, 'unbuffered-handoff');
    if (!('program' in read)) throw new Error(`not read as a program: ${JSON.stringify(read.problems)}`);
    expect(programLinkState(read.program, 'unbuffered-handoff')).toEqual({ ...s.linkState(), t: null });
  });

  it('another text is another run; the same text saved as a snippet is the same run, and its link says p', () => {
    const s = store();
    s.applyState(withProgram(SOURCE));
    const first = s.run.inputs.get();
    expect(s.applyState(withProgram(`${SOURCE}// changed\n`))).toBe('new-run');
    const changed = s.run.inputs.get();
    if (first === null || changed === null) throw new Error('no inputs');
    expect(sameSource(first, changed)).toBe(false);
    expect(s.applyState(withProgram(`${SOURCE}// changed\n`, 'TTXZjURA3FQg'))).toBe('same-run');
    expect(sameRun(changed, s.run.inputs.get())).toBe(true);
    expect(s.link()).toBe('?v=3&p=TTXZjURA3FQg&goVersion=1.22&seed=42');
  });

  it('a scenario and a program are different runs, even with the same settings', () => {
    const s = store();
    s.applyState(decodeLink('?s=unbuffered-handoff&seed=42', CATALOG, 'unbuffered-handoff').state);
    expect(s.applyState(withProgram(SOURCE))).toBe('new-run');
    expect(s.applyState(decodeLink('?s=unbuffered-handoff&seed=42', CATALOG, 'unbuffered-handoff').state)).toBe('new-run');
    expect(s.run.inputs.get()?.program).toBeUndefined();
  });
});
