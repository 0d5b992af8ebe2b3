// dmaSimulate: DMA by a device through its attachment, waiting for the page requests it raises.

import { deviceById } from '../../adapters/ids.ts';
import { DMA_SIMULATE_DEFAULT_TIMEOUT_MS, dmaSimulate } from '../../hw-model/dma/index.ts';
import { fail } from '../../hw-model/errors.ts';
import { builder } from '../builder.ts';
import { defineMutation, payloadType } from '../mutation.ts';
import { DmaAccessEnum, TranslationFaultRef } from '../translation.ts';

// --- DMA ------------------------------------------------------------------------------------------------

const DmaSimulateInput = builder.inputType('DmaSimulateInput', {
  description: 'A DMA a device does.',
  fields: (t) => ({
    deviceId: t.id({ required: true, description: 'A physical Device.' }),
    pasid: t.int({ description: 'PASID-tagged DMA; omit for the RID.' }),
    iova: t.field({ type: 'UInt64', required: true, description: 'First address.' }),
    length: t.field({ type: 'UInt64', required: true, description: 'Bytes (at most 1,000,000 pages).' }),
    access: t.field({ type: DmaAccessEnum, required: true, description: 'Read or write.' }),
    timeoutMs: t.int({
      defaultValue: DMA_SIMULATE_DEFAULT_TIMEOUT_MS,
      description: `How long the DMA waits for page requests to be answered (0..${MAX_DMA_WAIT_MS} ms).`,
    }),
  }),
});

/** The longest a dmaSimulate request may keep its HTTP request open waiting for page responses. */
const MAX_DMA_WAIT_MS = 60_000;
const DmaSimulatePayload = payloadType('DmaSimulatePayload', 'Result of dmaSimulate.', (t) => ({
  completedBytes: t.field({ type: 'UInt64', nullable: true, description: 'Bytes that reached memory.' }),
  faults: t.field({
    type: [TranslationFaultRef],
    nullable: true,
    description:
      'Pages that failed translation; each raised a page request (IOPF-capable HWPT), a vIOMMU event, or was dropped.',
  }),
}));

defineMutation('dmaSimulate', {
  description:
    'Emulate DMA by a device: translate every page (through the IOTLB for nested tables, filling it), set dirty bits on writes, raise page requests (the DMA waits for their answers) or vIOMMU events where translation fails.',
  input: DmaSimulateInput,
  payload: DmaSimulatePayload,
  resolve: async (input, ctx) => {
    const timeoutMs = input.timeoutMs ?? DMA_SIMULATE_DEFAULT_TIMEOUT_MS;
    if (!Number.isInteger(timeoutMs) || timeoutMs < 0 || timeoutMs > MAX_DMA_WAIT_MS) {
      fail('EINVAL', `timeoutMs must be 0..${MAX_DMA_WAIT_MS}`, 'timeoutMs');
    }
    const device = deviceById(ctx.fleet, input.deviceId);
    const args = {
      pasid: input.pasid ?? undefined,
      iova: input.iova,
      length: input.length,
      access: input.access,
    };
    const result = await dmaSimulate(device, args, { timeoutMs });
    return { completedBytes: result.completedBytes, faults: result.faults };
  },
});
