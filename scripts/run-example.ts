// Runs one example document through yoga.fetch on a fresh default fleet (shared by the README script and its test).
// A document with several named operations runs them in order on the same fleet, like a client script would.
import { Kind, parse } from 'graphql';
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { createYogaServer } from '../server/yoga.ts';

export async function runExample(query: string): Promise<unknown> {
  const yoga = createYogaServer({ fleet: createDefaultFleet() });
  const run = async (operationName?: string) => {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, operationName }),
    });
    return response.json();
  };
  const names = parse(query)
    .definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((d) => d.name?.value);
  if (names.length <= 1) return run();
  const results: Record<string, unknown> = {};
  for (const name of names) {
    if (!name) throw new Error('an example with several operations must name each one');
    results[name] = await run(name);
  }
  return results;
}
