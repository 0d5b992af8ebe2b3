// Parser for `lspci [-vvv] -x|-xxx|-xxxx` output (the format `lspci -F` reads back): device
// header lines at column 0, decoded text indented below them, then hex lines `NNN: xx xx ...`.
// Takes a string, does no I/O, so hosts can import dumps from anywhere.
import { IommufdError } from '../errors.ts';
import { CONVENTIONAL_CONFIG_SIZE, ConfigSpace, PCIE_CONFIG_SIZE } from './config-space.ts';

export interface LspciDecodedCapability {
  offset: number;
  extended: boolean;
  /** The `vN` lspci prints for extended capabilities at -vv and above. */
  version: number | null;
  /** Everything lspci prints after the bracket, e.g. 'Power Management version 3'. */
  name: string;
}

export interface LspciDevice {
  /** Always with domain, lowercase: '0000:00:1f.3'. */
  bdf: string;
  /** Header text after the BDF. */
  title: string;
  /** 256 or 4096 bytes; a 64-byte (-x) dump is padded to 256 with zeros. */
  config: ConfigSpace;
  /** 64, 256 or 4096. */
  bytesPresent: number;
  /** True when lspci's decoded text (-v and up) accompanies the hex, so decodedCapabilities is its verdict. */
  hasDecodedText: boolean;
  /** The capabilities lspci's own text lists, e.g. '[230 v1] Process Address Space ID (PASID)'. */
  decodedCapabilities: LspciDecodedCapability[];
}

const DUMP_SIZES = [64, CONVENTIONAL_CONFIG_SIZE, PCIE_CONFIG_SIZE];
const BYTES_PER_LINE = 16;

const DEVICE_HEADER = /^(?:([0-9a-f]{4,8}):)?([0-9a-f]{2}):([0-9a-f]{2})\.([0-7])(?:\s+(.*))?$/i;
// Anything at column 0 that starts like `NN:` or `NNN:` and is not a BDF is meant as hex data.
const HEX_LINE_START = /^([0-9a-f]{2,3}):(?:\s|$)/i;
const HEX_LINE = /^([0-9a-f]{2,3}):((?: [0-9a-f]{2})+)\s*$/i;
const DECODED_CAPABILITY = /^\s+Capabilities: \[([0-9a-f]+)(?: v(\d+))?\] (.*)$/i;

interface DeviceUnderConstruction {
  line: number;
  bdf: string;
  title: string;
  bytes: Uint8Array;
  nextOffset: number;
  hasDecodedText: boolean;
  decodedCapabilities: LspciDecodedCapability[];
}

export function parseLspci(text: string): LspciDevice[] {
  const lines = text.split(/\r\n|\r|\n/);
  const devices: LspciDevice[] = [];
  let current: DeviceUnderConstruction | null = null;

  lines.forEach((rawLine, index) => {
    const lineNo = index + 1;
    const line = rawLine.replace(/\s+$/, '');
    if (line === '') return;

    const header = DEVICE_HEADER.exec(line);
    if (header) {
      if (current) devices.push(finishDevice(current));
      current = startDevice(header, lineNo);
      return;
    }
    if (HEX_LINE_START.test(line)) {
      if (!current) malformed(lineNo, 'hex data before any device header');
      appendHexLine(current, line, lineNo);
      return;
    }
    // Indented lines are lspci's decoded text; other text (e.g. a shell prompt) is ignored.
    if (!current || !/^\s/.test(line)) return;
    current.hasDecodedText = true;
    const cap = DECODED_CAPABILITY.exec(line);
    // `<access denied>`, `<chain looped>`, `<chain broken>` and `<unreadable>` are lspci's
    // notes about a walk, not capabilities.
    if (cap && !cap[3]!.startsWith('<')) {
      const offset = Number.parseInt(cap[1]!, 16);
      current.decodedCapabilities.push({
        offset,
        extended: offset >= CONVENTIONAL_CONFIG_SIZE,
        version: cap[2] === undefined ? null : Number(cap[2]),
        name: cap[3]!.trim(),
      });
    }
  });
  if (current) devices.push(finishDevice(current));
  if (devices.length === 0) {
    const firstText = lines.findIndex((l) => l.trim() !== '');
    malformed(
      firstText < 0 ? 1 : firstText + 1,
      'no lspci device header (expected "bb:dd.f ..." or "dddd:bb:dd.f ...")',
    );
  }
  return devices;
}

function startDevice(header: RegExpExecArray, line: number): DeviceUnderConstruction {
  const [, domain = '0000', bus, dev, fn, title = ''] = header;
  return {
    line,
    bdf: `${domain.padStart(4, '0')}:${bus}:${dev}.${fn}`.toLowerCase(),
    title: title.trim(),
    bytes: new Uint8Array(PCIE_CONFIG_SIZE),
    nextOffset: 0,
    hasDecodedText: false,
    decodedCapabilities: [],
  };
}

function appendHexLine(device: DeviceUnderConstruction, line: string, lineNo: number): void {
  const match = HEX_LINE.exec(line);
  if (!match) malformed(lineNo, `malformed hex line "${line.slice(0, 60)}"`);
  const offset = Number.parseInt(match[1]!, 16);
  const values = match[2]!.trim().split(' ');
  // lspci prints whole 16-byte rows in order; anything else is a damaged dump.
  if (offset !== device.nextOffset) {
    malformed(lineNo, `expected hex offset ${hex(device.nextOffset)} for ${device.bdf}, got ${hex(offset)}`);
  }
  if (values.length !== BYTES_PER_LINE) {
    malformed(lineNo, `hex line at ${hex(offset)} has ${values.length} bytes, expected ${BYTES_PER_LINE}`);
  }
  if (offset + BYTES_PER_LINE > PCIE_CONFIG_SIZE) {
    malformed(lineNo, `hex line at ${hex(offset)} is beyond 4096 bytes of config space`);
  }
  values.forEach((value, i) => {
    device.bytes[offset + i] = Number.parseInt(value, 16);
  });
  device.nextOffset = offset + BYTES_PER_LINE;
}

function finishDevice(device: DeviceUnderConstruction): LspciDevice {
  const bytesPresent = device.nextOffset;
  if (!DUMP_SIZES.includes(bytesPresent)) {
    const why =
      bytesPresent === 0
        ? `device ${device.bdf} has no hex dump (run lspci with -x, -xxx or -xxxx)`
        : `device ${device.bdf} has ${bytesPresent} bytes of hex, expected 64, 256 or 4096`;
    malformed(device.line, why);
  }
  const size = bytesPresent === PCIE_CONFIG_SIZE ? PCIE_CONFIG_SIZE : CONVENTIONAL_CONFIG_SIZE;
  return {
    bdf: device.bdf,
    title: device.title,
    config: new ConfigSpace(device.bytes.slice(0, size)),
    bytesPresent,
    hasDecodedText: device.hasDecodedText,
    decodedCapabilities: device.decodedCapabilities,
  };
}

function malformed(line: number, why: string): never {
  throw new IommufdError('EINVAL', `line ${line}: ${why}`, 'lspci');
}

function hex(value: number): string {
  return `0x${value.toString(16)}`;
}
