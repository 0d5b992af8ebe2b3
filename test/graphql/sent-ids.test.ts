// A userError names the object by the global ID the client sent, not only by the model's context-local number:
// an IOAS of another context reaches the model as ID 0, which alone would tell the client nothing.
import { describe, expect, it } from 'vitest';
import { ObjectDestroyDocument } from '../gql/graphql.ts';
import { TestClient } from './client.ts';
import { allocIoas, attach, bind, deviceIds, errno, map, openContext } from './iommufd-helpers.ts';

describe('messages name the global ID the client sent', () => {
  it('an IOAS of another context: ENOENT, and the message quotes the IOAS ID that was sent', async () => {
    const client = new TestClient();
    const devices = [...(await deviceIds(client, 'mock-01')).values()];
    const mine = await openContext(client, 'mock-01');
    const theirs = await openContext(client, 'mock-01');
    const device = await bind(client, mine, devices[0]!);
    const foreignIoas = await allocIoas(client, theirs);

    const result = await attach(client, device, foreignIoas);
    expect(errno(result)).toBe('ENOENT');
    expect(result.userErrors[0]!.field).toEqual(['input', 'ptId']);
    expect(result.userErrors[0]!.message).toContain(`ptId "${foreignIoas}"`);
  });

  it('a destroyed IOAS quotes its ID once; an error on a non-ID field quotes none', async () => {
    const client = new TestClient();
    const ctx = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, ctx);
    const zeroLength = await map(client, ioas, { length: '0x0', userVa: '0x10000' });
    expect(errno(zeroLength)).toBe('EINVAL');
    expect(zeroLength.userErrors[0]!.field).toEqual(['input', 'length']);
    expect(zeroLength.userErrors[0]!.message).not.toContain(ioas);

    await client.data(ObjectDestroyDocument, { input: { id: ioas } });
    const gone = await map(client, ioas, { length: '0x1000', userVa: '0x10000' });
    expect(errno(gone)).toBe('ENOENT');
    expect(gone.userErrors[0]!.message.split(ioas)).toHaveLength(2);
  });

  it('a 100 KB ID is quoted cut short, and the message stays within 1000 characters', async () => {
    const client = new TestClient();
    const ctx = await openContext(client, 'mock-01');
    const ioas = await allocIoas(client, ctx);
    const huge = `${ioas}${'A'.repeat(100_000)}`;
    const result = await map(client, huge, { length: '0x1000', userVa: '0x10000' });
    expect(errno(result)).toBe('ENOENT');
    expect(result.userErrors[0]!.message.length).toBeLessThanOrEqual(1000);
  });
});
