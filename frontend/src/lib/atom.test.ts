import { describe, expect, it } from 'vitest';
import { Atom } from './atom';

describe('Atom', () => {
  it('tells subscribers the new and previous value', () => {
    const atom = new Atom(1);
    const seen: Array<[number, number]> = [];
    atom.subscribe((value, previous) => seen.push([value, previous]));
    atom.set(2);
    atom.update((n) => n * 10);
    expect(atom.get()).toBe(20);
    expect(seen).toEqual([
      [2, 1],
      [20, 2],
    ]);
  });

  it('stays quiet when the value does not change', () => {
    const atom = new Atom('idle');
    let calls = 0;
    atom.subscribe(() => calls++);
    atom.set('idle');
    expect(calls).toBe(0);
  });

  it('stops notifying after unsubscribe, even from inside a notification', () => {
    const atom = new Atom(0);
    const heard: string[] = [];
    const stopA = atom.subscribe(() => {
      heard.push('a');
      stopA();
    });
    atom.subscribe(() => heard.push('b'));
    atom.set(1);
    atom.set(2);
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
