// A device DMA that waits for its page requests to be answered, as a PRI-capable device does: run the
// access; if faulting pages raised page requests on a FAULT queue, wait for the answers; all SUCCESS →
// retry from the first faulting page (the handler has presumably mapped it), any INVALID → the DMA
// stops with those faults. Every wait is bounded by one deadline, and the retries by a round limit, so
// it can neither hang nor spin.
import type { PciDevice } from '../host/device.ts';
import type { PageFaultGroup, PageResponseCode } from '../iommufd/fault-queue.ts';
import { PAGE_SIZE } from '../u64.ts';
import { type DmaAccessArgs, dmaAccess } from './dma.ts';
import type { TranslationFault } from './translate.ts';

/** How many times one dmaSimulate runs the access at most (the first run plus retries). */
export const DMA_SIMULATE_MAX_ROUNDS = 16;
export const DMA_SIMULATE_DEFAULT_TIMEOUT_MS = 10_000;

export interface DmaSimulateOptions {
  /** The whole call's deadline for answers; 10 s by default. */
  timeoutMs?: number;
}

export interface DmaSimulateResult {
  /** Bytes done from the start of the access before the first fault that ended it (all on success). */
  completedBytes: bigint;
  /** The faults the DMA stopped with: empty when it completed. */
  faults: TranslationFault[];
  /** Every page request group raised, over all rounds, in order. */
  pageRequests: PageFaultGroup[];
  /** The deadline passed before every answer came: the unanswered groups stay on their queue. */
  timedOut: boolean;
  /** How many times the access ran. */
  rounds: number;
}

type Wait = { kind: 'answered'; codes: PageResponseCode[] } | { kind: 'timeout' };

/** All answers, or the deadline; the timer never outlives the wait. */
async function waitForAnswers(groups: readonly PageFaultGroup[], deadline: number): Promise<Wait> {
  const remaining = Math.max(0, deadline - Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<Wait>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), remaining);
  });
  const answered = Promise.all(groups.map((group) => group.response)).then(
    (codes): Wait => ({ kind: 'answered', codes }),
  );
  try {
    return await Promise.race([answered, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs a DMA to completion or to a fault nobody fixes. Argument errors are dmaAccess's (thrown at
 * once). On timeout the groups not yet answered count as failed for this DMA but stay pending on their
 * FAULT queue (queued or awaiting a response) for its reader; a later answer settles them and nothing
 * retries. After DMA_SIMULATE_MAX_ROUNDS runs the last run's faults are returned.
 */
export async function dmaSimulate(
  device: PciDevice,
  args: DmaAccessArgs,
  options: DmaSimulateOptions = {},
): Promise<DmaSimulateResult> {
  const timeoutMs = options.timeoutMs ?? DMA_SIMULATE_DEFAULT_TIMEOUT_MS;
  const deadline = Date.now() + Math.max(0, timeoutMs);
  const pageRequests: PageFaultGroup[] = [];
  const end = args.iova + args.length;
  let iova = args.iova;
  let completedBytes = 0n;
  for (let rounds = 1; ; rounds++) {
    const run = dmaAccess(device, { ...args, iova, length: end - iova });
    completedBytes += run.completedBytes;
    pageRequests.push(...run.pageRequests);
    const done = (faults: TranslationFault[], timedOut = false): DmaSimulateResult => ({
      completedBytes,
      faults,
      pageRequests,
      timedOut,
      rounds,
    });
    if (run.faults.length === 0) return done([]);
    const firstFault = run.faults[0]!;
    // The first faulting page raised no request (blocked, or nobody takes faults): the DMA ends there.
    const firstRequest = run.pageRequests[0];
    const firstPage = firstFault.iova - (firstFault.iova % PAGE_SIZE);
    if (!firstRequest || firstRequest.faults[0]!.address !== firstPage) return done(run.faults);
    const wait = await waitForAnswers(run.pageRequests, deadline);
    if (wait.kind === 'timeout') return done(run.faults, true);
    if (wait.codes.some((code) => code !== 'SUCCESS')) return done(run.faults);
    if (rounds >= DMA_SIMULATE_MAX_ROUNDS) return done(run.faults);
    // Every answer was SUCCESS: the device retries from the first faulting page.
    iova = firstFault.iova;
  }
}
