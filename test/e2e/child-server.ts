// A started `npm start` child (spawn-server.ts) with a stop() that waits for it to exit.
import { type ChildServer as Spawned, startServer } from './spawn-server.ts';

export interface ChildServer extends Spawned {
  stop(): Promise<void>;
}

/** Pass DATA_DIR to share the durable fleet between starts; without one each start gets a fresh temporary one. */
export async function startChildServer(env: Record<string, string> = {}): Promise<ChildServer> {
  const spawned = await startServer(env);
  return {
    ...spawned,
    async stop() {
      if (spawned.child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => spawned.child.once('exit', () => resolve()));
      spawned.child.kill('SIGTERM');
      await exited;
    },
  };
}
