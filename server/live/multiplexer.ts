// Subscribers of the same operation (document, operation name, variables) share one subscription: one source
// stream, one execution and one serialized frame per event, handed to every member. A member that cannot keep
// up is its own problem: the group never waits for it (each transport bounds its member's backlog).
import { type ExecutionResult, GraphQLError } from 'graphql';
import { createGraphQLError } from 'graphql-yoga';
import { type Frame, toFrame } from './frames.ts';

export interface Member {
  deliver(frame: Frame): void;
  /** The stream ended: normally (null), or with an error result as its last word. */
  close(final: Frame | null): void;
}

/** A started subscription, or the single result (an error) that starting it gave. */
export type Started =
  | { stream: AsyncIterable<ExecutionResult>; afterEach: () => void }
  | { result: ExecutionResult };

/** Longest a group works through its backlog before it lets other I/O run. */
const YIELD_AFTER_MS = 5;

class Group {
  readonly members = new Set<Member>();
  ended = false;
  private readonly iterator: AsyncIterator<ExecutionResult>;

  constructor(
    stream: AsyncIterable<ExecutionResult>,
    /** Called after each event's execution (the context drops per-event caches). */
    private readonly afterEach: () => void,
    private readonly onEnd: (group: Group) => void,
  ) {
    this.iterator = stream[Symbol.asyncIterator]();
  }

  async pump(): Promise<void> {
    let final: Frame | null = null;
    let since = performance.now();
    try {
      for (;;) {
        // Queued events resolve in microtasks: without a pause a backlog would hold the event loop.
        if (performance.now() - since > YIELD_AFTER_MS) {
          await new Promise((resolve) => setImmediate(resolve));
          since = performance.now();
        }
        const { value, done } = await this.iterator.next();
        if (done || this.members.size === 0) break;
        this.afterEach();
        const frame = toFrame(value);
        for (const member of this.members) this.deliverTo(member, frame);
      }
    } catch (error) {
      final = toFrame({ errors: [errorOf(error)] });
    }
    this.ended = true;
    this.onEnd(this);
    for (const member of this.members) {
      try {
        member.close(final);
      } catch {
        // its transport is gone: nothing more to tell it
      }
    }
    this.members.clear();
  }

  /** One member's failure to take a frame is its own end, never the group's or another member's. */
  private deliverTo(member: Member, frame: Frame): void {
    try {
      member.deliver(frame);
    } catch {
      this.members.delete(member);
      try {
        member.close(toFrame({ errors: [errorOf(new Error('delivery failed'))] }));
      } catch {
        // its transport is gone: nothing more to tell it
      }
    }
  }

  leave(member: Member): void {
    if (!this.members.delete(member) || this.members.size > 0) return;
    // The last member left: end the source now (this removes its event listeners).
    void this.iterator.return?.();
  }
}

/** A thrown error as a result error: its own message and code when it is a GraphQLError, else masked. */
function errorOf(error: unknown): GraphQLError {
  if (error instanceof GraphQLError || (error as GraphQLError)?.extensions?.code)
    return error as GraphQLError;
  return createGraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}

export class Multiplexer {
  private readonly groups = new Map<string, Promise<Group | ExecutionResult>>();
  /** Members across all groups (what tests and metrics count as open subscriptions). */
  memberCount = 0;

  get groupCount(): number {
    return this.groups.size;
  }

  /**
   * Joins `member` to the group for `key`, starting it with `start` if there is none. Returns how to leave
   * (call it whenever the member goes, also after close), or the single result (an error) of a failed start.
   */
  async join(
    key: string,
    start: () => Promise<Started>,
    member: Member,
  ): Promise<{ leave: () => void } | { result: ExecutionResult }> {
    for (;;) {
      const pending = this.groups.get(key) ?? this.start(key, start);
      const group = await pending;
      if (!(group instanceof Group)) {
        if (this.groups.get(key) === pending) this.groups.delete(key);
        return { result: group };
      }
      if (group.ended) continue; // it ended while this member waited: start afresh
      group.members.add(member);
      this.memberCount++;
      let left = false;
      const leave = () => {
        if (left) return;
        left = true;
        this.memberCount--;
        group.leave(member);
      };
      return { leave };
    }
  }

  private start(key: string, start: () => Promise<Started>): Promise<Group | ExecutionResult> {
    const pending: Promise<Group | ExecutionResult> = start().then(
      (started) => {
        if ('result' in started) return started.result;
        const group = new Group(started.stream, started.afterEach, () => {
          if (this.groups.get(key) === pending) this.groups.delete(key);
        });
        void group.pump();
        return group;
      },
      (error: unknown) => ({ errors: [errorOf(error)] }),
    );
    this.groups.set(key, pending);
    return pending;
  }
}
