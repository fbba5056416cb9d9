import { describe, expect, it } from 'vitest';
import { Drafts } from './drafts';

const TEACHER = 'package main\n\nfunc main() { println("teacher") }\n';
const OTHER = 'package main\n\nfunc main() { println("next") }\n';

describe('the writer\'s draft', () => {
  it('is kept when the page replaces it, and handed back once', () => {
    const drafts = new Drafts();
    drafts.settled(TEACHER);
    const draft = TEACHER.replace('teacher', 'mine');
    expect(drafts.replacing(draft, OTHER)).toBe(true);
    expect(drafts.kept()).toBe(draft);
    expect(drafts.take()).toBe(draft);
    expect(drafts.take()).toBeNull();
    expect(drafts.kept()).toBeNull();
  });

  it('is not a draft when it is what the page put there or what the writer ran', () => {
    const drafts = new Drafts();
    drafts.settled(TEACHER);
    expect(drafts.replacing(TEACHER, OTHER)).toBe(false);
    drafts.settled(OTHER); // the writer ran it
    expect(drafts.replacing(OTHER, TEACHER)).toBe(false);
    expect(drafts.kept()).toBeNull();
  });

  it('is not lost when the replacement is the same text, and an empty editor keeps nothing', () => {
    const drafts = new Drafts();
    drafts.settled(TEACHER);
    expect(drafts.replacing(OTHER, OTHER)).toBe(false);
    expect(drafts.replacing('  \n', OTHER)).toBe(false);
    expect(drafts.kept()).toBeNull();
  });

  it('keeps the last draft replaced, so swapping back and forth loses nothing', () => {
    const drafts = new Drafts();
    drafts.settled(TEACHER);
    expect(drafts.replacing('first draft', TEACHER)).toBe(true);
    const restored = drafts.take();
    expect(restored).toBe('first draft');
    // Restoring replaces the teacher's program, which is settled: nothing else to keep.
    expect(drafts.replacing(TEACHER, 'first draft')).toBe(false);
    // Edited again and replaced again: the newer draft is the one kept.
    expect(drafts.replacing('second draft', OTHER)).toBe(true);
    expect(drafts.kept()).toBe('second draft');
  });

  it('treats any text as the writer\'s before the page has settled one', () => {
    const drafts = new Drafts();
    expect(drafts.replacing('typed before anything ran', TEACHER)).toBe(true);
  });
});
