// What `lspci -vvv` prints about a device's link, ATS, PRI, ACS and SR-IOV, read back from its text
// (test helper: the expected side of the decoder comparisons).
export interface LspciRegisterText {
  bdf: string;
  link: { maxSpeed: string; maxWidth: number; speed: string; width: number } | null;
  ats: { invalidateQueueDepth: number; enabled: boolean; smallestTranslationUnit: number } | null;
  pri: {
    enabled: boolean;
    capacity: number;
    allocation: number;
    /** Printed by lspci releases newer than 3.9 only. */
    pasidRequired: boolean | null;
  } | null;
  acs: { capabilities: string[]; enabled: string[] } | null;
  sriov: {
    initialVfs: number;
    totalVfs: number;
    numVfs: number;
    vfOffset: number;
    vfStride: number;
    vfDeviceId: number;
  } | null;
  /** Whether lspci printed any extended capability (it only looks past 0x100 for PCIe and PCI-X 2.0). */
  sawExtended: boolean;
}

const DEVICE = /^([0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-7]) /;
const CAPABILITY = /^\tCapabilities: \[([0-9a-f]+)(?: v\d+)?\] (.*)$/;
const ACS_NAMES: Record<string, string> = {
  SrcValid: 'SOURCE_VALIDATION',
  TransBlk: 'TRANSLATION_BLOCKING',
  ReqRedir: 'P2P_REQUEST_REDIRECT',
  CmpltRedir: 'P2P_COMPLETION_REDIRECT',
  UpstreamFwd: 'UPSTREAM_FORWARDING',
  EgressCtrl: 'P2P_EGRESS_CONTROL',
  DirectTrans: 'DIRECT_TRANSLATED_P2P',
};

function flag(text: string, name: string): boolean | null {
  const m = new RegExp(`${name}([+-])`).exec(text);
  return m ? m[1] === '+' : null;
}

function acsFlags(text: string): string[] {
  return Object.entries(ACS_NAMES)
    .filter(([short]) => flag(text, short) === true)
    .map(([, long]) => long);
}

function num(re: RegExp, text: string, radix = 10): number {
  const m = re.exec(text);
  if (!m) throw new Error(`lspci text lacks ${re}: ${text}`);
  return Number.parseInt(m[1]!, radix);
}

/** Splits `lspci -D -vvv` output into devices and reads the first capability of each kind. */
export function parseLspciRegisters(output: string): LspciRegisterText[] {
  const devices: LspciRegisterText[] = [];
  let current: LspciRegisterText | null = null;
  let section: string | null = null;
  const seen = new Set<string>();
  for (const line of output.split('\n')) {
    const dev = DEVICE.exec(line);
    if (dev) {
      current = {
        bdf: dev[1]!,
        link: null,
        ats: null,
        pri: null,
        acs: null,
        sriov: null,
        sawExtended: false,
      };
      devices.push(current);
      seen.clear();
      section = null;
      continue;
    }
    if (!current) continue;
    const cap = CAPABILITY.exec(line);
    if (cap) {
      const name = cap[2]!;
      if (Number.parseInt(cap[1]!, 16) >= 0x100) current.sawExtended = true;
      const kind = name.startsWith('Express')
        ? 'exp'
        : name.includes('(ATS)')
          ? 'ats'
          : name.includes('(PRI)')
            ? 'pri'
            : name.startsWith('Access Control Services')
              ? 'acs'
              : name.includes('(SR-IOV)')
                ? 'sriov'
                : null;
      // Only the first capability of a kind, as the decoders read the first one.
      section = kind && !seen.has(kind) ? kind : null;
      if (kind) seen.add(kind);
      continue;
    }
    if (!/^\t\t/.test(line) || section === null) continue;
    const text = line.trim();
    if (section === 'exp' && text.startsWith('LnkCap:')) {
      const m = /Speed (\S+?),? Width x(\d+)/.exec(text)!;
      current.link = { maxSpeed: m[1]!, maxWidth: Number(m[2]), speed: '', width: -1 };
    } else if (section === 'exp' && text.startsWith('LnkSta:') && current.link) {
      const m = /Speed (\S+?)[, ].*Width x(\d+)/.exec(text)!;
      current.link.speed = m[1]!;
      current.link.width = Number(m[2]);
    } else if (section === 'ats' && text.startsWith('ATSCap:')) {
      current.ats = {
        invalidateQueueDepth: num(/Queue Depth: ([0-9a-f]+)/, text, 16),
        enabled: false,
        smallestTranslationUnit: -1,
      };
    } else if (section === 'ats' && text.startsWith('ATSCtl:') && current.ats) {
      current.ats.enabled = flag(text, 'Enable') === true;
      current.ats.smallestTranslationUnit = num(/Translation Unit: ([0-9a-f]+)/, text, 16);
    } else if (section === 'pri' && text.startsWith('PRICtl:')) {
      current.pri = {
        enabled: flag(text, 'Enable') === true,
        capacity: -1,
        allocation: -1,
        pasidRequired: null,
      };
    } else if (section === 'pri' && text.startsWith('PRISta:') && current.pri) {
      current.pri.pasidRequired = flag(text, 'PASID');
    } else if (section === 'pri' && text.startsWith('Page Request Capacity') && current.pri) {
      current.pri.capacity = num(/Capacity: ([0-9a-f]+)/, text, 16);
      current.pri.allocation = num(/Allocation: ([0-9a-f]+)/, text, 16);
    } else if (section === 'acs' && text.startsWith('ACSCap:')) {
      current.acs = { capabilities: acsFlags(text), enabled: [] };
    } else if (section === 'acs' && text.startsWith('ACSCtl:') && current.acs) {
      current.acs.enabled = acsFlags(text);
    } else if (section === 'sriov' && text.startsWith('Initial VFs')) {
      current.sriov = {
        initialVfs: num(/Initial VFs: (\d+)/, text),
        totalVfs: num(/Total VFs: (\d+)/, text),
        numVfs: num(/Number of VFs: (\d+)/, text),
        vfOffset: -1,
        vfStride: -1,
        vfDeviceId: -1,
      };
    } else if (section === 'sriov' && text.startsWith('VF offset') && current.sriov) {
      current.sriov.vfOffset = num(/VF offset: (\d+)/, text);
      current.sriov.vfStride = num(/stride: (\d+)/, text);
      current.sriov.vfDeviceId = num(/Device ID: ([0-9a-f]+)/, text, 16);
    }
  }
  return devices;
}
