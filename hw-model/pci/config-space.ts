// A PCI function's configuration space: 256 bytes (conventional) or 4096 bytes (PCIe), little-endian.
// Copy-on-write: devices of one template can share their bytes (ConfigPool) until one of them writes.
export const CONVENTIONAL_CONFIG_SIZE = 256;
export const PCIE_CONFIG_SIZE = 4096;

export class ConfigSpace {
  #bytes: Uint8Array;
  /** Other config spaces may hold the same bytes: copy them before the first write. */
  #shared = false;

  constructor(bytes: Uint8Array | number = PCIE_CONFIG_SIZE) {
    this.#bytes = typeof bytes === 'number' ? new Uint8Array(bytes) : bytes;
    if (this.#bytes.length !== CONVENTIONAL_CONFIG_SIZE && this.#bytes.length !== PCIE_CONFIG_SIZE) {
      throw new RangeError(`config space must be 256 or 4096 bytes, got ${this.#bytes.length}`);
    }
  }

  /** The bytes, for reading: they may be shared, so write through write8/16/32 or writableBytes(). */
  get bytes(): Uint8Array {
    return this.#bytes;
  }

  /** The bytes, unshared first (copy-on-write), for bulk writes. */
  writableBytes(): Uint8Array {
    if (this.#shared) {
      this.#bytes = new Uint8Array(this.#bytes);
      this.#shared = false;
    }
    return this.#bytes;
  }

  /** True while this config space holds bytes it may share with others. */
  get isShared(): boolean {
    return this.#shared;
  }

  /** Called by ConfigPool only: from now on hold `bytes` (equal to ours) shared with others. */
  shareBytes(bytes: Uint8Array): void {
    if (bytes.length !== this.#bytes.length) throw new RangeError('shared bytes differ in size');
    this.#bytes = bytes;
    this.#shared = true;
  }

  get size(): number {
    return this.bytes.length;
  }

  get isExtended(): boolean {
    return this.bytes.length === PCIE_CONFIG_SIZE;
  }

  /** True when [offset, offset+width) lies inside this config space. */
  contains(offset: number, width = 1): boolean {
    return Number.isInteger(offset) && offset >= 0 && offset + width <= this.bytes.length;
  }

  read8(offset: number): number {
    this.check(offset, 1);
    return this.bytes[offset]!;
  }

  read16(offset: number): number {
    this.check(offset, 2);
    return this.bytes[offset]! | (this.bytes[offset + 1]! << 8);
  }

  read32(offset: number): number {
    this.check(offset, 4);
    return (this.read16(offset) | (this.read16(offset + 2) << 16)) >>> 0;
  }

  write8(offset: number, value: number): void {
    this.check(offset, 1);
    this.writableBytes()[offset] = value & 0xff;
  }

  write16(offset: number, value: number): void {
    this.write8(offset, value);
    this.write8(offset + 1, value >>> 8);
  }

  write32(offset: number, value: number): void {
    this.write16(offset, value);
    this.write16(offset + 2, value >>> 16);
  }

  get vendorId(): number {
    return this.read16(0x00);
  }

  get deviceId(): number {
    return this.read16(0x02);
  }

  get status(): number {
    return this.read16(0x06);
  }

  /** 24-bit class code: base class, subclass, programming interface. */
  get classCode(): number {
    return this.read32(0x08) >>> 8;
  }

  get headerType(): number {
    return this.read8(0x0e) & 0x7f;
  }

  /** Lowercase hex without separators, as Device.configSpace returns it. */
  toHex(offset = 0, length = this.bytes.length - offset): string {
    this.check(offset, length);
    return Buffer.from(this.bytes.subarray(offset, offset + length)).toString('hex');
  }

  clone(): ConfigSpace {
    return new ConfigSpace(new Uint8Array(this.#bytes));
  }

  private check(offset: number, width: number): void {
    if (!this.contains(offset, width)) {
      throw new RangeError(`config access [${offset}, +${width}) outside ${this.bytes.length} bytes`);
    }
  }
}
