// Runs one example query through yoga.fetch on a fresh default fleet (shared by the README script and its test).
import { createDefaultFleet } from '../hw-model/host/fleet.ts';
import { createYogaServer } from '../server/yoga.ts';

export async function runExample(query: string): Promise<unknown> {
  const yoga = createYogaServer({ fleet: createDefaultFleet() });
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return response.json();
}
