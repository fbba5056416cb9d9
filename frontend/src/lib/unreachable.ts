/**
 * The `default` of a switch that handles every member of a union: `value` has type `never` there, so
 * adding a member to the union breaks the build at every switch that does not handle it yet. Should
 * a value the types rule out arrive anyway (a server newer than the page), it fails loudly.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unexpected ${what}: ${JSON.stringify(value)}`);
}
