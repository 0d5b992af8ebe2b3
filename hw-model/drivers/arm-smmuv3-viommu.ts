// The vSMMU (arm_vsmmu_ops): nested domains on it, and the guest's command-queue invalidations
// (arm_vsmmu_cache_invalidate), which name devices by vSID through the vDEVICE table (EIO when unknown,
// arm_vsmmu_vsid_to_sid).
import { pasidKey } from '../dma/iotlb.ts';
import type { BoundDevice } from '../iommufd/device.ts';
import { HwptNested } from '../iommufd/hwpt-nested.ts';
import { emitInvalidation, type InvalidationRequest } from '../iommufd/invalidate.ts';
import { resolveVirtId, type Viommu } from '../iommufd/viommu.ts';
import type { ArmSmmuv3 } from './arm-smmuv3.ts';
import { decodeSmmuv3Command } from './arm-smmuv3-cmdq.ts';
import { smmuv3DomainAllocNested } from './arm-smmuv3-nested.ts';
import type { ViommuOps } from './ops.ts';

/** The nested HWPTs of `viommu` a device's RID or PASIDs are attached to. */
function attachedNested(viommu: Viommu, device: BoundDevice): HwptNested[] {
  const found = new Set<HwptNested>();
  for (const hwpt of [device.attachedHwpt, ...device.pasidAttachments.values()]) {
    if (hwpt instanceof HwptNested && hwpt.viommu === viommu) found.add(hwpt);
  }
  return [...found];
}

/** arm_vsmmu_cache_invalidate of one command. */
function smmuv3Invalidate(viommu: Viommu, request: InvalidationRequest): void {
  if (request.type !== 'ARM_SMMUV3') return;
  const command = decodeSmmuv3Command(request.cmd);
  switch (command.op) {
    case 'TLBI_ALL':
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushAll();
      emitInvalidation(viommu, { scope: 'ALL' });
      return;
    case 'TLBI_ASID':
      // The model keeps no ASIDs (the guest's CDs are not emulated): every stage-1 entry of the VMID goes.
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushAll();
      emitInvalidation(viommu, { scope: 'DOMAIN' });
      return;
    case 'TLBI_VA': {
      const range = { start: command.start, last: command.last };
      for (const hwpt of viommu.nestedHwpts) hwpt.iotlb.flushRange(range.start, range.last);
      emitInvalidation(viommu, { scope: 'ADDRESS_RANGE', range });
      return;
    }
    case 'CFGI_CD':
    case 'CFGI_CD_ALL': {
      const device = resolveVirtId(viommu, command.vsid, 'EIO', 'cmd');
      const ssid = command.op === 'CFGI_CD' ? command.ssid : null;
      // A changed CD can move the whole stage 1 of that SSID: its cached walks go.
      for (const hwpt of attachedNested(viommu, device)) {
        if (ssid === null) hwpt.iotlb.flushAll();
        else hwpt.iotlb.flushPasid(pasidKey(ssid));
      }
      emitInvalidation(viommu, {
        scope: ssid === null ? 'DOMAIN' : 'PASID',
        pasid: ssid,
        virtId: command.vsid,
        device: device.device,
      });
      return;
    }
    case 'ATC_INV': {
      const device = resolveVirtId(viommu, command.vsid, 'EIO', 'cmd');
      const range = { start: command.start, last: command.last };
      // The model has one cache level: the device's ATC entries are its attachment's IOTLB entries.
      for (const hwpt of attachedNested(viommu, device)) {
        hwpt.iotlb.flushRange(
          range.start,
          range.last,
          command.ssid === null ? undefined : pasidKey(command.ssid),
        );
      }
      emitInvalidation(viommu, {
        scope: 'DEVICE_TLB',
        range,
        pasid: command.ssid,
        virtId: command.vsid,
        device: device.device,
      });
      return;
    }
  }
}

/** arm_vsmmu_ops for one SMMU instance. */
export function smmuv3ViommuOps(iommu: ArmSmmuv3): ViommuOps {
  return {
    veventqType: 'ARM_SMMUV3',
    allocDomainNested: (_viommu, _device, data, flags) => smmuv3DomainAllocNested(iommu, data, flags),
    cacheInvalidate: { type: 'ARM_SMMUV3', invalidate: smmuv3Invalidate },
  };
}
