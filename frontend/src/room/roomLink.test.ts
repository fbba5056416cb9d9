import { describe, expect, it } from 'vitest';
import { PageStore } from '../app/pageStore';
import type { ScenarioSummary } from '../app/params';
import { encodeProgramLink } from '../app/programLink';
import type { SocketEvents } from '../net/socket';
import { applyMoment, follow } from './follower';
import { ManualTimers } from './manualTimers';
import { type Moment, RoomClient } from './roomClient';
import { stateOf } from './teacher';

const PROGRAM = 'package main\n\nimport "fmt"\n\nfunc main() {\n\tch := make(chan int)\n\tgo func() { ch <- 42 }()\n\tfmt.Println(<-ch)\n}\n';
const CATALOG: ScenarioSummary[] = [
  { id: 'unbuffered-handoff', title: 'Unbuffered handoff', category: 'Basics', summary: '', pitfall: false, params: [] },
];
const moment = (link: string, extra: Partial<Moment> = {}): Moment => ({
  link, playing: false, speed: 1, compare: null, rev: 2, sinceUpdateMs: 0, receivedAt: 1000, ...extra,
});

function store(): PageStore {
  const s = new PageStore({ autoplay: () => true });
  s.catalog.set(CATALOG);
  return s;
}

describe('a room whose run is a program', () => {
  it('the teacher sends the program link, and a follower applies the same program, run and playhead', () => {
    const teacher = store();
    const program = { source: PROGRAM, goVersion: '1.21', snippet: null };
    teacher.applyState({ scenario: 'unbuffered-handoff', params: {}, seed: 7, procs: 2, interventions: [], t: null, present: false, embed: false, program });
    teacher.run.player.seek(12, Number.MAX_SAFE_INTEGER);
    const sent = stateOf(teacher);
    if (sent === null) throw new Error('the teacher has no run');
    expect(sent.link).toMatch(/^\?v=3&code=[A-Za-z0-9_-]+&goVersion=1\.21&seed=7&procs=2&t=\d+$/);

    const student = store();
    student.present.set(true);
    expect(applyMoment(student, moment(sent.link, { speed: 3 }), 1000, 'unbuffered-handoff')).toBe('new-run');
    expect(student.run.inputs.get()).toMatchObject({ seed: 7, procs: 2, program: { source: PROGRAM, goVersion: '1.21', snippet: null } });
    expect(student.run.player.position.get()).toBe(teacher.run.player.position.get());
    expect(student.run.player.speed.get()).toBe(3);
    expect(student.present.get()).toBe(true);
    // The same program again only moves the playhead.
    expect(applyMoment(student, moment(sent.link.replace(/t=\d+$/, 't=20')), 1000, 'unbuffered-handoff')).toBe('same-run');
    expect(student.run.player.position.get()).toBe(21);
  });

  it('a follower fetches a program saved as a snippet once, then applies it', async () => {
    const s = store();
    const asked: string[] = [];
    let answer: (text: string | null) => void = () => undefined;
    const fetchText = (id: string) => {
      asked.push(id);
      return new Promise<string | null>((resolve) => (answer = resolve));
    };
    let server: SocketEvents | null = null;
    const client = new RoomClient({ role: 'student' }, {
      url: 'ws://x',
      timers: new ManualTimers(),
      open: (_url, events) => {
        server = events;
        return { send: () => undefined, close: () => undefined };
      },
    });
    follow(s, client, () => 1000, 'unbuffered-handoff', fetchText);
    client.connect();
    const say = (frame: unknown) => (server as SocketEvents | null)?.text(JSON.stringify(frame));
    (server as SocketEvents | null)?.open();
    const state = (rev: number) => ({ rev, playing: false, speed: 1, compare: null, updatedAt: 0 });
    const link = encodeProgramLink({ seed: 4, procs: 4, interventions: [], t: 9, present: false, embed: false }, { source: PROGRAM, goVersion: '1.22', snippet: 'tHDNOhkjpAGx' });
    say({ type: 'welcome', v: 1, role: 'student', member: 'm1', detached: false, now: 0,
      room: { code: 'K7Q-2MX', link, state: state(1), question: null, members: 1, detached: 0 } });
    say({ type: 'state', link: link.replace('t=9', 't=11'), state: state(2), now: 0 });
    expect(asked).toEqual(['tHDNOhkjpAGx']);
    expect(s.run.inputs.get()).toBeNull();

    answer(PROGRAM);
    await Promise.resolve();
    await Promise.resolve();
    expect(s.run.inputs.get()).toMatchObject({ seed: 4, program: { source: PROGRAM, goVersion: '1.22', snippet: 'tHDNOhkjpAGx' } });
    // The latest moment is the one applied.
    expect(s.run.player.position.get()).toBe(12);
  });

  it('a snippet the server does not have shows the fallback scenario with the room\'s settings', async () => {
    const s = store();
    const link = '?v=3&p=tHDNOhkjpAGx&goVersion=1.22&seed=4';
    expect(applyMoment(s, moment(link), 1000, 'unbuffered-handoff', () => null)).toBe('new-run');
    expect(s.run.inputs.get()).toMatchObject({ scenario: 'unbuffered-handoff', seed: 4 });
    expect(s.run.inputs.get()?.program).toBeUndefined();
  });
});
