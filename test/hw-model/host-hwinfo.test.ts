// IOMMU_GET_HW_INFO per device, field by field, for every profile.
import { describe, expect, it } from 'vitest';
import { AmdVi, ZEN4_CLIENT_AMDVI } from '../../hw-model/drivers/amd-vi.ts';
import { SPR_VTD, SPR_VTD_ACCEL } from '../../hw-model/drivers/intel-vtd.ts';
import { IommufdError } from '../../hw-model/errors.ts';
import { createDefaultFleet } from '../../hw-model/host/fleet.ts';
import { buildHost } from '../../hw-model/host/host-builder.ts';

const fleet = createDefaultFleet();
const dev = (host: string, bdf: string) => {
  const d = fleet.host(host)?.device(bdf);
  if (!d) throw new Error(`${host} ${bdf} missing`);
  return d;
};

describe('GET_HW_INFO on intel-sapphire-rapids (spr-01)', () => {
  it('DSA: PASID 20 bounded by dmar2, PRIV without EXEC, ATS usable, dirty', () => {
    const hw = dev('spr-01', '0000:6a:01.0').hwInfo();
    expect(hw.type).toBe('INTEL_VTD');
    expect(hw.maxPasidLog2).toBe(20);
    expect(hw.capabilities).toEqual(['DIRTY_TRACKING', 'PCI_PASID_PRIV']);
    expect(hw.data).toEqual({
      type: 'INTEL_VTD',
      flags: 1n,
      capReg: SPR_VTD_ACCEL.cap,
      ecapReg: SPR_VTD_ACCEL.ecap,
    });
  });

  it('NVMe: no PASID capability → 0, no EXEC/PRIV; no ATS capability → ATS_NOT_SUPPORTED', () => {
    const hw = dev('spr-01', '0000:17:00.0').hwInfo();
    expect(hw.maxPasidLog2).toBe(0);
    expect(hw.capabilities).toEqual(['DIRTY_TRACKING', 'PCI_ATS_NOT_SUPPORTED']);
    expect(hw.data).toMatchObject({ capReg: SPR_VTD.cap, ecapReg: SPR_VTD.ecap });
  });

  it('GPU with ATS behind a DT unit: no ATS_NOT_SUPPORTED', () => {
    expect(dev('spr-01', '0000:cb:00.0').hwInfo().capabilities).toEqual(['DIRTY_TRACKING']);
  });

  it('E810 VFs are devices with physicalFunction set, at First VF Offset 16 / Stride 1', () => {
    const pf = dev('spr-01', '0000:31:00.0');
    expect(pf.virtualFunctions.map((v) => v.bdf)).toEqual([
      '0000:31:02.0',
      '0000:31:02.1',
      '0000:31:02.2',
      '0000:31:02.3',
    ]);
    const vf = dev('spr-01', '0000:31:02.1');
    expect(vf.physicalFunction).toBe(pf);
    expect(vf.deviceId).toBe(0x1889);
    expect(vf.hwInfo().maxPasidLog2).toBe(0);
  });
});

describe('GET_HW_INFO on arm-grace (grace-01)', () => {
  it('GPU: PASID 20 through SMMUv3 SSIDSIZE 20, ATS usable, IDR registers', () => {
    const hw = dev('grace-01', '0000:01:00.0').hwInfo();
    expect(hw.type).toBe('ARM_SMMUV3');
    expect(hw.maxPasidLog2).toBe(20);
    expect(hw.capabilities).toEqual(['DIRTY_TRACKING']);
    expect(hw.data.type === 'ARM_SMMUV3' && hw.data.idr.length).toBe(6);
  });

  it("a VF uses its PF's PASID capability", () => {
    const vf = dev('grace-01', '0009:01:00.1');
    const pasid = vf.pasid();
    expect(pasid?.source).toBe(dev('grace-01', '0009:01:00.0'));
    expect(pasid?.regs.maxPasidWidth).toBe(20);
    const hw = vf.hwInfo();
    expect(hw.maxPasidLog2).toBe(20);
    expect(hw.capabilities).not.toContain('PCI_PASID_EXEC');
    expect(hw.capabilities).not.toContain('PCI_ATS_NOT_SUPPORTED');
  });
});

describe('GET_HW_INFO on amd-genoa (genoa-01)', () => {
  it('an IOMMU without PASID gives 0 even for PASID-less devices; dirty from HDSUP', () => {
    const hw = dev('genoa-01', '0000:41:00.0').hwInfo();
    expect(hw.type).toBe('AMD');
    expect(hw.maxPasidLog2).toBe(0);
    expect(hw.capabilities).toEqual(['DIRTY_TRACKING']);
    expect(hw.data).toEqual({ type: 'AMD', efr: 0xa5bf7320a2294aeen, efr2: 0x1dn });
  });

  it("a function no IOMMU translates (like AMD's IOMMU function itself) has no GET_HW_INFO: ENODEV", () => {
    const ivhd0 = new AmdVi('ivhd0', ZEN4_CLIENT_AMDVI);
    const host = buildHost(
      'zen4-iommu-fn',
      'test',
      [ivhd0],
      [
        {
          bdf: '0000:00:00.2',
          iommu: null,
          config: {
            vendorId: 0x1022,
            deviceId: 0x149e,
            classCode: 0x080600,
            portType: 'rcIntegratedEndpoint',
          },
        },
      ],
    );
    const iommuFn = host.device('0000:00:00.2')!;
    expect(() => iommuFn.hwInfo()).toThrow(IommufdError);
    try {
      iommuFn.hwInfo();
    } catch (e) {
      expect((e as IommufdError).errno).toBe('ENODEV');
    }
    expect(iommuFn.group).toBeNull();
  });

  it("a device's PASID width above the IOMMU's is bounded by the IOMMU (16-bit AMD part)", () => {
    const ivhd0 = new AmdVi('ivhd0', ZEN4_CLIENT_AMDVI);
    const host = buildHost(
      'zen4',
      'test',
      [ivhd0],
      [
        {
          bdf: '0000:03:00.0',
          iommu: ivhd0,
          config: {
            vendorId: 0x1002,
            deviceId: 0x740f,
            classCode: 0x038000,
            extended: [{ kind: 'ats' }, { kind: 'pasid', width: 20, exec: true, priv: true }],
          },
        },
      ],
    );
    const hw = host.device('0000:03:00.0')!.hwInfo();
    expect(hw.maxPasidLog2).toBe(16);
    expect(hw.capabilities).toEqual(['PCI_PASID_EXEC', 'PCI_PASID_PRIV']);
  });
});

describe('GET_HW_INFO on selftest-mock (mock-01)', () => {
  it('plain device: dirty, no PASID, ATS never supported', () => {
    const hw = dev('mock-01', '0000:00:01.0').hwInfo();
    expect(hw).toEqual({
      type: 'MOCK',
      capabilities: ['DIRTY_TRACKING', 'PCI_ATS_NOT_SUPPORTED'],
      maxPasidLog2: 0,
      data: { type: 'MOCK', flags: 0, testReg: 0xdeadbeef },
    });
  });

  it('MOCK_FLAGS_DEVICE_PASID device: max_pasid_log2 20', () => {
    const hw = dev('mock-01', '0000:00:02.0').hwInfo();
    expect(hw.maxPasidLog2).toBe(20);
    expect(hw.capabilities).toEqual(['DIRTY_TRACKING', 'PCI_ATS_NOT_SUPPORTED']);
  });

  it('MOCK_FLAGS_DEVICE_NO_DIRTY device: no DIRTY_TRACKING', () => {
    const d = dev('mock-01', '0000:00:03.0');
    expect(d.noDirtyTracking).toBe(true);
    expect(d.hwInfo().capabilities).toEqual(['PCI_ATS_NOT_SUPPORTED']);
  });
});
