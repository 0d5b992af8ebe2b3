// Config spaces of one template (the same profile device on 10,000 hosts) hold one copy of their
// bytes: the pool hands out a shared copy, and a write unshares it (ConfigSpace is copy-on-write).
import type { ConfigSpace } from './config-space.ts';

/** FNV-1a over 32-bit words: cheap, and only a first sieve (equal hashes are compared in full). */
function hashBytes(bytes: Uint8Array): number {
  let hash = 0x811c9dc5;
  if (bytes.byteOffset % 4 === 0) {
    const words = new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >>> 2);
    for (let i = 0; i < words.length; i++) hash = Math.imul(hash ^ words[i]!, 0x01000193);
  } else {
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  }
  return hash >>> 0;
}

/** memcmp through Buffer views (no copy): a byte loop in JS costs 4 µs per 4 KiB. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a.buffer, a.byteOffset, a.length).equals(Buffer.from(b.buffer, b.byteOffset, b.length));
}

export class ConfigPool {
  readonly #byHash = new Map<number, Uint8Array[]>();
  #templates = 0;

  /** Distinct byte images held (what the pool's memory is). */
  get templates(): number {
    return this.#templates;
  }

  /** Makes `config` share its bytes with an equal one already pooled, or pools its own. */
  share(config: ConfigSpace): void {
    if (config.isShared) return;
    const bytes = config.bytes;
    const hash = hashBytes(bytes);
    const bucket = this.#byHash.get(hash);
    const template = bucket?.find((candidate) => sameBytes(candidate, bytes));
    if (template) {
      config.shareBytes(template);
      return;
    }
    // The pooled copy is nobody's own: the config space that brought it shares it like the rest.
    const copy = new Uint8Array(bytes);
    if (bucket) bucket.push(copy);
    else this.#byHash.set(hash, [copy]);
    this.#templates++;
    config.shareBytes(copy);
  }
}
