import { describe, expect, it } from 'vitest';
import { codeInPath, readCode, roomSocketUrl } from './code';

describe('room codes', () => {
  it.each([
    ['K7Q-2MX', 'K7Q-2MX'],
    ['k7q2mx', 'K7Q-2MX'],
    [' k7q 2mx ', 'K7Q-2MX'],
    ['K-7-Q-2-M-X', 'K7Q-2MX'],
  ])('reads %j forgivingly as %s', (typed, code) => {
    expect(readCode(typed)).toEqual({ code });
  });

  it.each([
    ['', 'type the room code the teacher shows, e.g. K7Q-2MX'],
    ['K7Q-2M', 'a room code has 6 characters, this has 5'],
    ['K7Q-2MXX', 'a room code has 6 characters, this has 7'],
    ['K0Q-2MX', 'a room code has no "0" (codes never use 0, 1, I, L or O)'],
    ['K7Q-2M!', 'a room code has no "!"'],
  ])('refuses %j saying why', (typed, problem) => {
    expect(readCode(typed)).toEqual({ problem });
  });

  it('finds the code in a room page address only', () => {
    expect(codeInPath('/r/k7q-2mx')).toBe('K7Q-2MX');
    expect(codeInPath('/r/K7Q-2MX/')).toBe('K7Q-2MX');
    expect(codeInPath('/r/nope')).toBeNull();
    expect(codeInPath('/')).toBeNull();
    expect(codeInPath('/r/K7Q-2MX/extra')).toBeNull();
  });

  it('connects to the room socket of the page\'s own server', () => {
    expect(roomSocketUrl('K7Q-2MX', { protocol: 'https:', host: 'class.example:8443' })).toBe('wss://class.example:8443/ws/rooms/K7Q-2MX');
    expect(roomSocketUrl('K7Q-2MX', { protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws/rooms/K7Q-2MX');
  });
});
