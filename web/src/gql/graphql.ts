/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An Access Control Services feature (PCI_ACS_* bits in order). */
export type AcsFlag =
  | 'DIRECT_TRANSLATED_P2P'
  | 'P2P_COMPLETION_REDIRECT'
  | 'P2P_EGRESS_CONTROL'
  | 'P2P_REQUEST_REDIRECT'
  | 'SOURCE_VALIDATION'
  | 'TRANSLATION_BLOCKING'
  | 'UPSTREAM_FORWARDING';

/** Which devices to list. */
export type DeviceFilter = {
  /** PCI device ID. */
  deviceId?: number | null | undefined;
  /** Bound to the kernel driver of this name (vfio-pci, nvme, ...). */
  driver?: string | null | undefined;
  /** Devices whose GET_HW_INFO reports all of these. */
  hasCapabilities?: Array<HwCapability> | null | undefined;
  /** Only devices of this host. */
  hostName?: string | null | undefined;
  /** Behind an IOMMU that can track dirty IOPTEs (false: one that cannot). */
  iommuSupportsDirtyTracking?: boolean | null | undefined;
  /** Behind an IOMMU that supports nesting (false: one that does not). */
  iommuSupportsNesting?: boolean | null | undefined;
  /** Behind an IOMMU of this type. */
  iommuType?: IommuType | null | undefined;
  /** Only SR-IOV virtual functions (true), or none of them (false). */
  isVirtualFunction?: boolean | null | undefined;
  /** In an IOMMU group of at least this many devices. */
  minGroupSize?: number | null | undefined;
  /** Minimum out_max_pasid_log2. */
  minPasidLog2?: number | null | undefined;
  /** Only devices with this PCI (0x00-0xff) or extended (0x100 + id) capability present. */
  pciCapabilityId?: number | null | undefined;
  /** PCI vendor ID. */
  vendorId?: number | null | undefined;
};

/** IOMMU_PGFAULT_PERM_* of a page request. */
export type FaultPermission =
  /** Execute access. */
  | 'EXEC'
  /** Privileged access. */
  | 'PRIV'
  /** Read access. */
  | 'READ'
  /** Write access. */
  | 'WRITE';

/** Where a host's description comes from. */
export type HostSource =
  /** The machine the server runs on, read from its sysfs at start-up. */
  | 'LIVE'
  /** Pasted lspci -vvv -xxxx output. */
  | 'LSPCI'
  /** One of the built-in profiles. */
  | 'PROFILE'
  /** A snapshot of a real machine taken with the project's snapshot command. */
  | 'SNAPSHOT';

/** IOMMU_HW_CAP_* bits of GET_HW_INFO out_capabilities. */
export type HwCapability =
  /** IOMMU dirty tracking is available for this device. */
  | 'DIRTY_TRACKING'
  /** The device cannot use ATS (negative so that 0 from an old kernel means usable). */
  | 'PCI_ATS_NOT_SUPPORTED'
  /** The PASID capability supports Execute permission. */
  | 'PCI_PASID_EXEC'
  /** The PASID capability supports Privileged mode. */
  | 'PCI_PASID_PRIV';

/** What an invalidation covered. */
export type InvalidationScope =
  /** An address range. */
  | 'ADDRESS_RANGE'
  /** Everything the target caches. */
  | 'ALL'
  /** A device's ATC (ATS invalidation). */
  | 'DEVICE_TLB'
  /** One address space (ASID / domain ID). */
  | 'DOMAIN'
  /** One PASID (substream) of a device. */
  | 'PASID';

/** The IOMMU architecture. */
export type IommuType =
  /** AMD-Vi (IVHD units). */
  | 'AMD'
  /** Arm SMMUv3. */
  | 'ARM_SMMUV3'
  /** Intel VT-d (DMAR units). */
  | 'INTEL_VTD'
  /** The kernel selftest's mock IOMMU (aperture 1<<24..(1<<31)-1, 2 KiB pages), for tests comparable with tools/testing/selftests/iommu. */
  | 'MOCK';

/** What happened to the object. */
export type ObjectEventKind =
  /** Attach, replace or detach (on the BoundDevice), dirty tracking on/off, huge pages or allowed IOVAs. */
  | 'CHANGED'
  /** hostCreate, deviceAdd, a context opened, a bind, an object allocated. */
  | 'CREATED'
  /** Unbind, destroy, or its context closed (objects first, then the context). */
  | 'DESTROYED';

/** enum iommufd_object_type, as far as userspace sees it. */
export type ObjectType =
  /** An in-kernel user of an IOAS (an mdev driver; the selftest mock creates them). */
  | 'ACCESS'
  /** A bound device (IOMMUFD_OBJ_DEVICE). */
  | 'DEVICE'
  /** An I/O page fault queue. */
  | 'FAULT'
  /** A user-managed stage-1 page table nested on a paging parent. */
  | 'HWPT_NESTED'
  /** A kernel-managed I/O page table. */
  | 'HWPT_PAGING'
  /** A guest queue the hardware reads from pinned guest memory. */
  | 'HW_QUEUE'
  /** An I/O address space. */
  | 'IOAS'
  /** A device's identity behind a vIOMMU. */
  | 'VDEVICE'
  /** A vIOMMU event queue. */
  | 'VEVENTQ'
  /** A slice of a physical IOMMU given to a VM. */
  | 'VIOMMU';

/** Kinds of reserved regions, as iommu_get_resv_regions reports them. */
export type ReservedRegionType =
  /** Identity-mapped for the device (e.g. an RMRR). */
  | 'DIRECT'
  /** Identity-mapped, but may be relaxed when the device is assigned. */
  | 'DIRECT_RELAXABLE'
  /** Hardware MSI window (x86 0xfee00000-0xfeefffff). */
  | 'MSI'
  /** Must not be mapped. */
  | 'RESERVED'
  /** Software-managed MSI window (SMMUv3). */
  | 'SW_MSI';

type HwInfoFields_AmdHwInfo_Fragment = { __typename: 'AmdHwInfo', efr: string, efr2: string };

type HwInfoFields_ArmSmmuv3HwInfo_Fragment = { __typename: 'ArmSmmuv3HwInfo', flags: number, idr: Array<number>, iidr: number, aidr: number };

type HwInfoFields_IntelVtdHwInfo_Fragment = { __typename: 'IntelVtdHwInfo', capReg: string, ecapReg: string, vtdFlags: string };

type HwInfoFields_MockHwInfo_Fragment = { __typename: 'MockHwInfo', flags: number, testReg: number };

export type HwInfoFieldsFragment =
  | HwInfoFields_AmdHwInfo_Fragment
  | HwInfoFields_ArmSmmuv3HwInfo_Fragment
  | HwInfoFields_IntelVtdHwInfo_Fragment
  | HwInfoFields_MockHwInfo_Fragment
;

export type DeviceViewQueryVariables = Exact<{
  host: string;
  bdf: string;
}>;


export type DeviceViewQuery = { host: { name: string, device: { id: string, bdf: string, name: string | null, vendorId: number, deviceId: number, classCode: number, driver: string | null, numaNode: number | null, iommu: { name: string, type: IommuType } | null, physicalFunction: { bdf: string } | null, virtualFunctions: Array<{ bdf: string }>, capabilities: Array<{ name: string, capId: number, offset: number, size: number | null, extended: boolean, version: number | null }>, configSpaceGaps: Array<{ offset: number, length: number }>, quirks: Array<{ description: string, hiddenRegisters: Array<{ offset: number, length: number }> }>, virtualCapabilityPlacement: { offset: number | null, reason: string, warnings: Array<string> }, pasid: { maxPasidWidth: number, executePermission: boolean, privilegedMode: boolean, enabled: boolean, source: { bdf: string } } | null, ats: { invalidateQueueDepth: number, pageAlignedRequest: boolean, smallestTranslationUnit: number, enabled: boolean } | null, pri: { outstandingPageRequestCapacity: number, outstandingPageRequestAllocation: number, pasidRequired: boolean, enabled: boolean } | null, acs: { capabilities: Array<AcsFlag>, enabled: Array<AcsFlag> } | null, sriov: { totalVfs: number, numVfs: number, initialVfs: number, vfDeviceId: number, vfOffset: number, vfStride: number } | null, link: { maxSpeed: string, maxWidth: number, speed: string | null, width: number | null } | null, hwInfo: { type: IommuType, maxPasidLog2: number, capabilities: Array<HwCapability>, data:
          | { __typename: 'AmdHwInfo', efr: string, efr2: string }
          | { __typename: 'ArmSmmuv3HwInfo', flags: number, idr: Array<number>, iidr: number, aidr: number }
          | { __typename: 'IntelVtdHwInfo', capReg: string, ecapReg: string, vtdFlags: string }
          | { __typename: 'MockHwInfo', flags: number, testReg: number }
         } | null, iommuGroup: { number: number, type: string, devices: Array<{ bdf: string, name: string | null }> } | null, binding: { objectId: number, context: { id: string }, attachedHwpt:
          | { __typename: 'HwptNested', objectId: number }
          | { __typename: 'HwptPaging', objectId: number }
         | null, pasidAttachments: Array<{ pasid: number }>, vdevice: { virtId: string } | null } | null } | null } | null };

export type PageFaultsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type PageFaultsFeedSubscription = { pageFaults: { groupId: number, faults: Array<{ address: string, pasid: number | null, permissions: Array<FaultPermission> }>, device: { device: { bdf: string, host: { name: string } } } } };

export type InvalidationsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type InvalidationsFeedSubscription = { invalidations: { scope: InvalidationScope, pasid: number | null, virtId: string | null, range: { start: string, last: string } | null, device: { bdf: string } | null, host: { name: string }, target:
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
      | { type: ObjectType, objectId: number }
     } };

export type VeventsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type VeventsFeedSubscription = { vevents: { sequence: number, lostEvents: boolean, virtId: string | null, veventq: { objectId: number, viommu: { iommu: { host: { name: string } }, vdevices: Array<{ virtId: string, device: { device: { bdf: string } } }> } } } };

export type ObjectEventsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ObjectEventsFeedSubscription = { objectEvents: { kind: ObjectEventKind, typename: string, host: { name: string }, node:
      | { __typename: 'Access', objectId: number }
      | { __typename: 'BoundDevice', objectId: number, device: { bdf: string } }
      | { __typename: 'Context' }
      | { __typename: 'Device', bdf: string }
      | { __typename: 'FaultQueue', objectId: number }
      | { __typename: 'Host', name: string }
      | { __typename: 'HwQueue', objectId: number }
      | { __typename: 'HwptNested', objectId: number }
      | { __typename: 'HwptPaging', objectId: number }
      | { __typename: 'Ioas', objectId: number }
      | { __typename: 'Iommu' }
      | { __typename: 'IommuGroup' }
      | { __typename: 'Vdevice', objectId: number }
      | { __typename: 'Veventq', objectId: number }
      | { __typename: 'Viommu', objectId: number }
     | null } };

export type FleetDevicesQueryVariables = Exact<{
  filter?: DeviceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type FleetDevicesQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, bdf: string, name: string | null, vendorId: number, deviceId: number, driver: string | null, host: { name: string }, iommu: { name: string, type: IommuType } | null, iommuGroup: { number: number } | null, physicalFunction: { bdf: string } | null, hwInfo: { maxPasidLog2: number, capabilities: Array<HwCapability> } | null } }> } };

export type FleetHostsQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetHostsQuery = { hosts: { edges: Array<{ node: { id: string, name: string, source: HostSource, profile: string, devices: { totalCount: number }, iommus: Array<{ id: string, name: string, type: IommuType, supportsNesting: boolean, supportsDirtyTracking: boolean, maxPasidLog2: number }> } }> } };

export type HostViewQueryVariables = Exact<{
  name: string;
}>;


export type HostViewQuery = { host: { id: string, name: string, source: HostSource, profile: string, iommus: Array<{ id: string, name: string, type: IommuType, addressWidth: number, pageSizes: Array<string>, supportsNesting: boolean, supportsDirtyTracking: boolean, maxPasidLog2: number, devices: Array<{ bdf: string }>, hwInfo:
        | { __typename: 'AmdHwInfo', efr: string, efr2: string }
        | { __typename: 'ArmSmmuv3HwInfo', flags: number, idr: Array<number>, iidr: number, aidr: number }
        | { __typename: 'IntelVtdHwInfo', capReg: string, ecapReg: string, vtdFlags: string }
        | { __typename: 'MockHwInfo', flags: number, testReg: number }
       }>, iommuGroups: Array<{ id: string, number: number, type: string, devices: Array<{ bdf: string, name: string | null }>, reservedRegions: Array<{ start: string, last: string, type: ReservedRegionType }> }>, contexts: Array<{ id: string, pinnedPages: string, memlockLimit: string, objects: Array<
        | { __typename: 'Access', id: string, objectId: number, type: ObjectType }
        | { __typename: 'BoundDevice', id: string, objectId: number, type: ObjectType }
        | { __typename: 'FaultQueue', id: string, objectId: number, type: ObjectType }
        | { __typename: 'HwQueue', id: string, objectId: number, type: ObjectType }
        | { __typename: 'HwptNested', id: string, objectId: number, type: ObjectType }
        | { __typename: 'HwptPaging', id: string, objectId: number, type: ObjectType }
        | { __typename: 'Ioas', id: string, objectId: number, type: ObjectType }
        | { __typename: 'Vdevice', id: string, objectId: number, type: ObjectType }
        | { __typename: 'Veventq', id: string, objectId: number, type: ObjectType }
        | { __typename: 'Viommu', id: string, objectId: number, type: ObjectType }
      > }> } | null };

export const HwInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HwInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommuHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}},{"kind":"Field","alias":{"kind":"Name","value":"vtdFlags"},"name":{"kind":"Name","value":"flags"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArmSmmuv3HwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"idr"}},{"kind":"Field","name":{"kind":"Name","value":"iidr"}},{"kind":"Field","name":{"kind":"Name","value":"aidr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"efr"}},{"kind":"Field","name":{"kind":"Name","value":"efr2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MockHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"testReg"}}]}}]}}]} as unknown as DocumentNode<HwInfoFieldsFragment, unknown>;
export const DeviceViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"numaNode"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"configSpaceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quirks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenRegisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualCapabilityPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}},{"kind":"Field","name":{"kind":"Name","value":"executePermission"}},{"kind":"Field","name":{"kind":"Name","value":"privilegedMode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateQueueDepth"}},{"kind":"Field","name":{"kind":"Name","value":"pageAlignedRequest"}},{"kind":"Field","name":{"kind":"Name","value":"smallestTranslationUnit"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pri"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outstandingPageRequestCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPageRequestAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"pasidRequired"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sriov"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVfs"}},{"kind":"Field","name":{"kind":"Name","value":"numVfs"}},{"kind":"Field","name":{"kind":"Name","value":"initialVfs"}},{"kind":"Field","name":{"kind":"Name","value":"vfDeviceId"}},{"kind":"Field","name":{"kind":"Name","value":"vfOffset"}},{"kind":"Field","name":{"kind":"Name","value":"vfStride"}}]}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"maxWidth"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HwInfoFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"binding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachedHwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasidAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}}]}},{"kind":"Field","name":{"kind":"Name","value":"vdevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtId"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HwInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommuHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}},{"kind":"Field","alias":{"kind":"Name","value":"vtdFlags"},"name":{"kind":"Name","value":"flags"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArmSmmuv3HwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"idr"}},{"kind":"Field","name":{"kind":"Name","value":"iidr"}},{"kind":"Field","name":{"kind":"Name","value":"aidr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"efr"}},{"kind":"Field","name":{"kind":"Name","value":"efr2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MockHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"testReg"}}]}}]}}]} as unknown as DocumentNode<DeviceViewQuery, DeviceViewQueryVariables>;
export const PageFaultsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PageFaultsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageFaults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}}]}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PageFaultsFeedSubscription, PageFaultsFeedSubscriptionVariables>;
export const InvalidationsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"InvalidationsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"range"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]} as unknown as DocumentNode<InvalidationsFeedSubscription, InvalidationsFeedSubscriptionVariables>;
export const VeventsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"VeventsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vevents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lostEvents"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"veventq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"vdevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VeventsFeedSubscription, VeventsFeedSubscriptionVariables>;
export const ObjectEventsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ObjectEventsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectEvents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"typename"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoundDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommufdObject"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectEventsFeedSubscription, ObjectEventsFeedSubscriptionVariables>;
export const FleetDevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDevices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDevicesQuery, FleetDevicesQueryVariables>;
export const FleetHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetHostsQuery, FleetHostsQueryVariables>;
export const HostViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"addressWidth"}},{"kind":"Field","name":{"kind":"Name","value":"pageSizes"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HwInfoFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPages"}},{"kind":"Field","name":{"kind":"Name","value":"memlockLimit"}},{"kind":"Field","name":{"kind":"Name","value":"objects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HwInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommuHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}},{"kind":"Field","alias":{"kind":"Name","value":"vtdFlags"},"name":{"kind":"Name","value":"flags"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArmSmmuv3HwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"idr"}},{"kind":"Field","name":{"kind":"Name","value":"iidr"}},{"kind":"Field","name":{"kind":"Name","value":"aidr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"efr"}},{"kind":"Field","name":{"kind":"Name","value":"efr2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MockHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"testReg"}}]}}]}}]} as unknown as DocumentNode<HostViewQuery, HostViewQueryVariables>;