// The subscriber side of the fan-out benchmark (a child process): N SSE streams, counting events and timing every
// SAMPLE_EVERY-th one by its index, recovered from the fault address (event i faults at FAULT_BASE + i pages).
const [url = '', mode = 'graphql', count = '100'] = process.argv.slice(2);
const SAMPLE_EVERY = 10;
const QUERY = 'subscription { pageFaults(filter: { hostName: "mock-01" }) { faults { address } } }';
const FAULT_BASE = 0x1000000;
const PAGE = 0x1000;
const now = () => performance.timeOrigin + performance.now();

let received = 0;
let firstAt = 0;
let lastAt = 0;
const samples: [number, number][] = [];
async function stream(first: () => void) {
  const response = await fetch(mode === 'raw' ? url : `${url}?query=${encodeURIComponent(QUERY)}`, {
    headers: { accept: 'text/event-stream', 'x-graphql-csrf': '1' },
  });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  first();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end = buffer.indexOf('\n\n');
    while (end >= 0) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = /data: (.*)/.exec(frame)?.[1];
      if (data) {
        const at = now();
        if (!firstAt) firstAt = at;
        lastAt = at;
        received++;
        const parsed = JSON.parse(data) as { data?: { pageFaults: { faults: { address: string }[] } } };
        if (!parsed.data) throw new Error(`subscription error: ${data}`);
        const { pageFaults } = parsed.data;
        const index = (Number(pageFaults.faults[0]!.address) - FAULT_BASE) / PAGE;
        if (index % SAMPLE_EVERY === 0) samples.push([index, at]);
      }
      end = buffer.indexOf('\n\n');
    }
  }
}

let open = 0;
const total = Number(count);
for (let i = 0; i < total; i++) {
  void stream(() => {
    if (++open === total) process.send?.('ready');
  });
}
process.on('message', () => process.send?.({ received, samples, firstAt, lastAt }));
