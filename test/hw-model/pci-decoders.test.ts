// PASID, ATS, PRI and SR-IOV register decoders against the values lspci prints for real devices.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ConfigSpace,
  decodeAts,
  decodePasid,
  decodePri,
  decodeSriov,
  extCapHeader,
  type LspciDevice,
  parseLspci,
} from '../../hw-model/pci/index.ts';
import { lspciFixtureDir } from '../shared-dir.ts';

function device(file: string, bdf?: string): LspciDevice {
  const devices = parseLspci(readFileSync(path.join(lspciFixtureDir, file), 'utf8'));
  const found = devices.find((d) => bdf === undefined || d.bdf === bdf);
  if (!found) throw new Error(`${bdf} not in ${file}`);
  return found;
}

describe('PASID', () => {
  test('pri-pasid (Intel 0b25): width 20, Exec-, Priv+, enabled with Priv+', () => {
    expect(decodePasid(device('pri-pasid').config)).toEqual({
      offset: 0x230,
      maxPasidWidth: 20,
      executePermission: false,
      privilegedMode: true,
      enabled: true,
      executeEnabled: false,
      privilegedEnabled: true,
    });
  });

  test('cap-pasid-pri (Intel iGPU 191e): width 20, Exec+, Priv-, enabled with Exec+', () => {
    expect(decodePasid(device('cap-pasid-pri').config)).toEqual({
      offset: 0x100,
      maxPasidWidth: 20,
      executePermission: true,
      privilegedMode: false,
      enabled: true,
      executeEnabled: true,
      privilegedEnabled: false,
    });
  });

  test('cap-rebar (AMD Fiji): width 16, Exec+, Priv+, disabled', () => {
    expect(decodePasid(device('cap-rebar').config)).toEqual({
      offset: 0x2d0,
      maxPasidWidth: 16,
      executePermission: true,
      privilegedMode: true,
      enabled: false,
      executeEnabled: false,
      privilegedEnabled: false,
    });
  });

  test('no PASID capability: null; a PASID header in the last dword (no room for the body): null', () => {
    expect(decodePasid(device('cap-pcie-2').config)).toBeNull();
    const cfg = new ConfigSpace(4096);
    cfg.write32(0x100, extCapHeader(0x01, 1, 0xffc));
    cfg.write32(0xffc, extCapHeader(0x1b, 1, 0));
    expect(decodePasid(cfg)).toBeNull();
  });
});

describe('ATS', () => {
  test('pri-pasid: queue depth 0 (= 32), page aligned, enabled, STU 0', () => {
    expect(decodeAts(device('pri-pasid').config)).toEqual({
      offset: 0x220,
      invalidateQueueDepth: 0,
      pageAlignedRequest: true,
      enabled: true,
      smallestTranslationUnit: 0,
    });
  });

  test('cap-address-xlation (Myri-10G): ATS at 0x1c4, disabled', () => {
    const ats = decodeAts(device('cap-address-xlation').config);
    expect(ats?.offset).toBe(0x1c4);
    expect(ats?.enabled).toBe(false);
  });

  test('cap-dvsec-cxl: ATS at 0x6e0, disabled', () => {
    const ats = decodeAts(device('cap-dvsec-cxl', '0000:6b:00.0').config);
    expect(ats).toMatchObject({ offset: 0x6e0, enabled: false, invalidateQueueDepth: 0 });
  });
});

describe('PRI', () => {
  test('pri-pasid: disabled, Stopped+, PASID required, capacity 0x200', () => {
    expect(decodePri(device('pri-pasid').config)).toEqual({
      offset: 0x240,
      enabled: false,
      stopped: true,
      pasidRequired: true,
      outstandingCapacity: 0x200,
      outstandingAllocation: 0,
    });
  });

  // That lspci predates the PASID flag in PRISta; the status register reads 0x8000.
  test('cap-pasid-pri: Stopped-, PASID required, capacity 0x8000', () => {
    expect(decodePri(device('cap-pasid-pri').config)).toEqual({
      offset: 0x300,
      enabled: false,
      stopped: false,
      pasidRequired: true,
      outstandingCapacity: 0x8000,
      outstandingAllocation: 0,
    });
  });

  test('cap-rebar: Stopped+, capacity 0x20', () => {
    expect(decodePri(device('cap-rebar').config)).toMatchObject({
      offset: 0x2c0,
      stopped: true,
      outstandingCapacity: 0x20,
    });
  });
});

describe('SR-IOV', () => {
  test('cap-pcie-2 (82576 PF): 8 VFs, 1 enabled, offset 384 stride 2, VF device 0x10ca', () => {
    expect(decodeSriov(device('cap-pcie-2').config)).toEqual({
      offset: 0x160,
      totalVfs: 8,
      initialVfs: 8,
      numVfs: 1,
      vfEnabled: true,
      firstVfOffset: 384,
      vfStride: 2,
      vfDeviceId: 0x10ca,
    });
  });

  test('cap-ea-1 (ThunderX NIC): 128 VFs enabled, offset 1 stride 1, VF device 0xa034', () => {
    expect(decodeSriov(device('cap-ea-1').config)).toMatchObject({
      offset: 0x180,
      totalVfs: 128,
      numVfs: 128,
      vfEnabled: true,
      firstVfOffset: 1,
      vfStride: 1,
      vfDeviceId: 0xa034,
    });
  });

  test('no SR-IOV: null', () => {
    expect(decodeSriov(device('pri-pasid').config)).toBeNull();
  });
});
