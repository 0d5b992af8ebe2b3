/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Which view of config space to read. */
export type ConfigSpaceView =
  /** The bytes the hardware holds. */
  | 'PHYSICAL'
  /** What vfio-pci shows userspace (the PASID capability is not in its chain). */
  | 'VFIO';

/** A device to hot-add. */
export type DeviceAddInput = {
  /** PCI device ID (0..0xffff). */
  deviceId: number;
  /** The host. */
  hostId: string | number;
  /** Which IOMMU it sits behind; default the host's first. */
  iommuId?: string | number | null | undefined;
  /** The device cannot do IOMMU dirty tracking (selftest MOCK_FLAGS_DEVICE_NO_DIRTY). */
  noDirtyTracking?: boolean | null | undefined;
  /** Max PASID width of the PASID capability to give it; 0 or omitted for none. */
  pasidWidth?: number | null | undefined;
  /** PCI vendor ID (0..0xffff). */
  vendorId: number;
};

/** Which devices to list. */
export type DeviceFilter = {
  /** PCI device ID. */
  deviceId?: number | null | undefined;
  /** Devices whose GET_HW_INFO reports all of these. */
  hasCapabilities?: Array<HwCapability> | null | undefined;
  /** Only devices of this host. */
  hostName?: string | null | undefined;
  /** Minimum out_max_pasid_log2. */
  minPasidLog2?: number | null | undefined;
  /** Only devices with this PCI (0x00-0xff) or extended (0x100 + id) capability present. */
  pciCapabilityId?: number | null | undefined;
  /** PCI vendor ID. */
  vendorId?: number | null | undefined;
};

/** Linux errno names, as the kernel's iommufd/VFIO code would return them for the same mistake. */
export type Errno =
  | 'E2BIG'
  | 'EADDRINUSE'
  | 'EBADF'
  | 'EBUSY'
  | 'EDEADLK'
  | 'EEXIST'
  | 'EFAULT'
  | 'EINVAL'
  | 'EIO'
  | 'EMSGSIZE'
  | 'ENODEV'
  | 'ENOENT'
  | 'ENOMEM'
  | 'ENOSPC'
  | 'ENXIO'
  | 'EOPNOTSUPP'
  | 'EOVERFLOW'
  | 'EPERM'
  | 'ERANGE'
  | 'ESPIPE';

/** A new host: a profile or pasted lspci output, exactly one of them. */
export type HostCreateInput = {
  /** lspci -vvv -xxxx (or -xxxx) output; every device in it becomes a device of the new host. */
  lspci?: string | null | undefined;
  /** Unique host name (letters, digits, ".", "_", "-"). */
  name: string;
  /** intel-sapphire-rapids, arm-grace, amd-genoa, selftest-mock (README lists them). */
  profile?: string | null | undefined;
};

/** Which hosts to list. */
export type HostFilter = {
  /** Hosts with at least one device whose GET_HW_INFO reports all of these capabilities. */
  hasCapabilities?: Array<HwCapability> | null | undefined;
  /** Hosts with at least one IOMMU of this type. */
  iommuType?: IommuType | null | undefined;
  /** Substring of the host name. */
  nameContains?: string | null | undefined;
};

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

/** What to place, and optionally where. */
export type VirtualCapabilityPlacementInput = {
  /** Extended capability ID to place; default 0x1b (PASID). */
  capId?: number | null | undefined;
  /** An explicit offset to validate instead of choosing one. */
  offset?: number | null | undefined;
  /** Bytes it needs; default 8 (the PASID capability). */
  size?: number | null | undefined;
};

export type FleetQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetQuery = { hosts: { totalCount: number, edges: Array<{ node: { name: string, profile: string, iommus: Array<{ name: string, type: IommuType, addressWidth: number, maxPasidLog2: number, supportsNesting: boolean, supportsDirtyTracking: boolean }> } }> } };

export type PasidWithDirtyTrackingQueryVariables = Exact<{ [key: string]: never; }>;


export type PasidWithDirtyTrackingQuery = { devices: { totalCount: number, edges: Array<{ node: { bdf: string, name: string | null, host: { name: string }, hwInfo: { maxPasidLog2: number, capabilities: Array<HwCapability> } } }> } };

export type DsaHwInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DsaHwInfoQuery = { host: { device: { name: string | null, iommu: { name: string } | null, iommuGroup: { number: number, type: string, reservedRegions: Array<{ start: string, last: string, type: ReservedRegionType }> } | null, pasid: { maxPasidWidth: number, executePermission: boolean, privilegedMode: boolean, enabled: boolean } | null, hwInfo: { type: IommuType, maxPasidLog2: number, capabilities: Array<HwCapability>, data:
          | { flags: string, capReg: string, ecapReg: string }
          | Record<PropertyKey, never>
         }, capabilities: Array<{ offset: number, capId: number, extended: boolean, version: number | null, name: string }> } | null } | null };

export type VirtualPasidPlacementQueryVariables = Exact<{ [key: string]: never; }>;


export type VirtualPasidPlacementQuery = { host: { device: { quirks: Array<{ description: string, hiddenRegisters: Array<{ offset: number, length: number }> }>, configSpaceGaps: Array<{ offset: number, length: number }>, auto: { offset: number | null, reason: string, warnings: Array<string> }, explicit: { offset: number | null, reason: string } } | null } | null };

export type SriovNicQueryVariables = Exact<{ [key: string]: never; }>;


export type SriovNicQuery = { host: { device: { name: string | null, virtualFunctions: Array<{ bdf: string, deviceId: number, physicalFunction: { bdf: string } | null, iommuGroup: { number: number } | null }> } | null } | null };

export type AddHostsMutationVariables = Exact<{ [key: string]: never; }>;


export type AddHostsMutation = { lab: { host: { name: string, profile: string, devices: { totalCount: number } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> }, again: { host: { name: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type HostOverviewQueryVariables = Exact<{
  name: string;
}>;


export type HostOverviewQuery = { host: { id: string, name: string, profile: string, iommus: Array<{ id: string, name: string, type: IommuType, addressWidth: number, pageSizes: Array<string>, maxPasidLog2: number, supportsDirtyTracking: boolean, supportsNesting: boolean, hwInfo:
        | { __typename: 'AmdHwInfo', efr: string, efr2: string }
        | { __typename: 'ArmSmmuv3HwInfo', idr: Array<number>, iidr: number, aidr: number, smmuFlags: number }
        | { __typename: 'IntelVtdHwInfo', capReg: string, ecapReg: string, vtdFlags: string }
        | { __typename: 'MockHwInfo', testReg: number, mockFlags: number }
      , devices: Array<{ bdf: string }> }>, iommuGroups: Array<{ id: string, number: number, type: string, devices: Array<{ bdf: string }>, reservedRegions: Array<{ start: string, last: string, type: ReservedRegionType }> }>, devices: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, bdf: string } }> } } | null };

export type DeviceDetailQueryVariables = Exact<{
  host: string;
  bdf: string;
}>;


export type DeviceDetailQuery = { host: { device: { id: string, bdf: string, vendorId: number, deviceId: number, classCode: number, name: string | null, iommu: { name: string, type: IommuType } | null, iommuGroup: { number: number, devices: Array<{ bdf: string }> } | null, physicalFunction: { bdf: string } | null, virtualFunctions: Array<{ bdf: string }>, capabilities: Array<{ capId: number, extended: boolean, offset: number, version: number | null, size: number | null, name: string }>, pasid: { maxPasidWidth: number, executePermission: boolean, privilegedMode: boolean, enabled: boolean, source: { bdf: string } } | null, hwInfo: { type: IommuType, capabilities: Array<HwCapability>, maxPasidLog2: number, data:
          | { __typename: 'AmdHwInfo' }
          | { __typename: 'ArmSmmuv3HwInfo' }
          | { __typename: 'IntelVtdHwInfo' }
          | { __typename: 'MockHwInfo' }
         }, quirks: Array<{ description: string, hiddenRegisters: Array<{ offset: number, length: number }> }>, configSpaceGaps: Array<{ offset: number, length: number }> } | null } | null };

export type ConfigSpaceQueryVariables = Exact<{
  id: string | number;
  offset?: number | null | undefined;
  length?: number | null | undefined;
  view?: ConfigSpaceView | null | undefined;
}>;


export type ConfigSpaceQuery = { node:
    | { configSpace: string }
    | Record<PropertyKey, never>
   | null };

export type PlacementQueryVariables = Exact<{
  id: string | number;
  input?: VirtualCapabilityPlacementInput | null | undefined;
}>;


export type PlacementQuery = { node:
    | { virtualCapabilityPlacement: { offset: number | null, reason: string, warnings: Array<string>, guestConfigSpace: string | null } }
    | Record<PropertyKey, never>
   | null };

export type DevicesQueryVariables = Exact<{
  filter?: DeviceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DevicesQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, bdf: string, host: { name: string }, hwInfo: { capabilities: Array<HwCapability>, maxPasidLog2: number } } }> } };

export type HostsQueryVariables = Exact<{
  filter?: HostFilter | null | undefined;
}>;


export type HostsQuery = { hosts: { totalCount: number, edges: Array<{ node: { name: string, profile: string } }> } };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'BoundDevice', id: string }
    | { __typename: 'Context', id: string }
    | { __typename: 'Device', bdf: string, id: string }
    | { __typename: 'Host', name: string, id: string }
    | { __typename: 'HwptPaging', id: string }
    | { __typename: 'Ioas', id: string }
    | { __typename: 'Iommu', name: string, id: string }
    | { __typename: 'IommuGroup', number: number, id: string }
   | null> };

export type HostCreateMutationVariables = Exact<{
  input: HostCreateInput;
}>;


export type HostCreateMutation = { hostCreate: { host: { id: string, name: string, profile: string, devices: { totalCount: number, edges: Array<{ node: { bdf: string, vendorId: number, deviceId: number, capabilities: Array<{ capId: number, extended: boolean, offset: number }> } }> }, iommus: Array<{ name: string, type: IommuType }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceAddMutationVariables = Exact<{
  input: DeviceAddInput;
}>;


export type DeviceAddMutation = { deviceAdd: { device: { id: string, bdf: string, vendorId: number, deviceId: number, iommu: { name: string } | null, iommuGroup: { number: number } | null, pasid: { maxPasidWidth: number } | null, hwInfo: { capabilities: Array<HwCapability>, maxPasidLog2: number } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };


export const FleetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"addressWidth"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetQuery, FleetQueryVariables>;
export const PasidWithDirtyTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasidWithDirtyTracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasCapabilities"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIRTY_TRACKING"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"minPasidLog2"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PasidWithDirtyTrackingQuery, PasidWithDirtyTrackingQueryVariables>;
export const DsaHwInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsaHwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:6a:01.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}},{"kind":"Field","name":{"kind":"Name","value":"executePermission"}},{"kind":"Field","name":{"kind":"Name","value":"privilegedMode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DsaHwInfoQuery, DsaHwInfoQueryVariables>;
export const VirtualPasidPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualPasidPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:6a:01.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quirks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenRegisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configSpaceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"auto"},"name":{"kind":"Name","value":"virtualCapabilityPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"explicit"},"name":{"kind":"Name","value":"virtualCapabilityPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"352"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VirtualPasidPlacementQuery, VirtualPasidPlacementQueryVariables>;
export const SriovNicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SriovNic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:31:00.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"virtualFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SriovNicQuery, SriovNicQueryVariables>;
export const AddHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lab"},"name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"lab-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"profile"},"value":{"kind":"StringValue","value":"selftest-mock","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"lab-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"profile"},"value":{"kind":"StringValue","value":"amd-genoa","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddHostsMutation, AddHostsMutationVariables>;
export const HostOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"addressWidth"}},{"kind":"Field","name":{"kind":"Name","value":"pageSizes"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vtdFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArmSmmuv3HwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"smmuFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"idr"}},{"kind":"Field","name":{"kind":"Name","value":"iidr"}},{"kind":"Field","name":{"kind":"Name","value":"aidr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"efr"}},{"kind":"Field","name":{"kind":"Name","value":"efr2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MockHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mockFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"testReg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostOverviewQuery, HostOverviewQueryVariables>;
export const DeviceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}},{"kind":"Field","name":{"kind":"Name","value":"executePermission"}},{"kind":"Field","name":{"kind":"Name","value":"privilegedMode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quirks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenRegisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configSpaceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviceDetailQuery, DeviceDetailQueryVariables>;
export const ConfigSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfigSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"length"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigSpaceView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"length"},"value":{"kind":"Variable","name":{"kind":"Name","value":"length"}}},{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ConfigSpaceQuery, ConfigSpaceQueryVariables>;
export const PlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Placement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualCapabilityPlacementInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualCapabilityPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"guestConfigSpace"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementQuery, PlacementQueryVariables>;
export const DevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Devices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevicesQuery, DevicesQueryVariables>;
export const HostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostsQuery, HostsQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Iommu"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommuGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const HostCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HostCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HostCreateMutation, HostCreateMutationVariables>;
export const DeviceAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceAddMutation, DeviceAddMutationVariables>;