/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Emulator test operation (IOMMU_TEST_OP_CREATE_ACCESS). */
export type AccessCreateInput = {
  /** Emulator-only: its unmap callback unpins nothing, so unmaps of what it pins end in EDEADLK. */
  ignoresUnmap?: boolean | null | undefined;
  /** The IOAS. */
  ioasId: string | number;
};

/** Emulator test operation (IOMMU_TEST_OP_ACCESS_PAGES): iommufd_access_pin_pages. */
export type AccessPinPagesInput = {
  /** The access. */
  accessId: string | number;
  /** First IOVA. */
  iova: string;
  /** Bytes. */
  length: string;
  /** IOMMUFD_ACCESS_RW_WRITE (MOCK_FLAGS_ACCESS_WRITE): pin for writing. */
  write?: boolean | null | undefined;
};

/** Emulator test operation (IOMMU_TEST_OP_ACCESS_REPLACE_IOAS). */
export type AccessReplaceIoasInput = {
  /** The access. */
  accessId: string | number;
  /** The new IOAS. */
  ioasId: string | number;
};

/** Emulator test operation (IOMMU_TEST_OP_DESTROY_ACCESS_PAGES): iommufd_access_unpin_pages. */
export type AccessUnpinPagesInput = {
  /** The access. */
  accessId: string | number;
  /** The item ID from accessPinPages. */
  itemId: number;
};

/** enum iopt_pages_account_mode: whose RLIMIT_MEMLOCK pinned pages are charged to. */
export type AccountMode =
  /** The process's pinned_vm (IOPT_PAGES_ACCOUNT_MM). */
  | 'MM'
  /** The user's locked_vm (IOPT_PAGES_ACCOUNT_USER, the default). */
  | 'USER';

/** An Access Control Services feature (PCI_ACS_* bits in order). */
export type AcsFlag =
  | 'DIRECT_TRANSLATED_P2P'
  | 'P2P_COMPLETION_REDIRECT'
  | 'P2P_EGRESS_CONTROL'
  | 'P2P_REQUEST_REDIRECT'
  | 'SOURCE_VALIDATION'
  | 'TRANSLATION_BLOCKING'
  | 'UPSTREAM_FORWARDING';

/** One SMMUv3 command queue entry (struct iommu_viommu_arm_smmuv3_invalidate). */
export type ArmSmmuv3CommandInput = {
  /** The two 64-bit command words. */
  cmd: Array<string>;
};

/** struct iommu_hwpt_arm_smmuv3: a nested STE. */
export type ArmSmmuv3SteInput = {
  /** The guest's STE words 0 and 1. */
  ste: Array<string>;
};

/** Which view of config space to read. */
export type ConfigSpaceView =
  /** The bytes the hardware holds. */
  | 'PHYSICAL'
  /** What vfio-pci shows userspace (the PASID capability is not in its chain). */
  | 'VFIO';

/** Close an iommufd. */
export type ContextCloseInput = {
  /** The context. */
  contextId: string | number;
};

/** Open /dev/iommu on a host. */
export type ContextOpenInput = {
  /** Whether the opening process has CAP_SYS_RESOURCE (default true, as the selftest runs as root). */
  capSysResource?: boolean | null | undefined;
  /** The host. */
  hostId: string | number;
  /** RLIMIT_MEMLOCK in bytes for this context (default 64 GiB). */
  memlockLimit?: string | null | undefined;
};

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

/** VFIO_DEVICE_ATTACH_IOMMUFD_PT. */
export type DeviceAttachInput = {
  /** The DEVICE object. */
  boundDeviceId: string | number;
  /** Attach this PASID instead of the RID. */
  pasid?: number | null | undefined;
  /** An IOAS, HWPT_PAGING or HWPT_NESTED of the same context. */
  ptId: string | number;
};

/** VFIO_DEVICE_BIND_IOMMUFD. */
export type DeviceBindInput = {
  /** The context. */
  contextId: string | number;
  /** A physical Device of the context's host. */
  deviceId: string | number;
};

/** VFIO_DEVICE_DETACH_IOMMUFD_PT. */
export type DeviceDetachInput = {
  /** The DEVICE object. */
  boundDeviceId: string | number;
  /** Detach this PASID instead of the RID. */
  pasid?: number | null | undefined;
};

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

/** Close the VFIO device. */
export type DeviceUnbindInput = {
  /** The DEVICE object. */
  boundDeviceId: string | number;
};

/** Direction of a DMA access. */
export type DmaAccess =
  /** Device reads memory. */
  | 'READ'
  /** Device writes memory. */
  | 'WRITE';

/** A DMA a device does. */
export type DmaSimulateInput = {
  /** Read or write. */
  access: DmaAccess;
  /** A physical Device. */
  deviceId: string | number;
  /** First address. */
  iova: string;
  /** Bytes (at most 1,000,000 pages). */
  length: string;
  /** PASID-tagged DMA; omit for the RID. */
  pasid?: number | null | undefined;
  /** How long the DMA waits for page requests to be answered (0..60000 ms). */
  timeoutMs?: number | null | undefined;
};

/** IOMMU_TEST_OP_DMABUF_GET. */
export type DmabufGetInput = {
  /** The context whose process gets the fd. */
  contextId: string | number;
  /** Bytes. */
  length: string;
};

/** IOMMU_TEST_OP_DMABUF_REVOKE. */
export type DmabufRevokeInput = {
  /** The context whose process holds the fd. */
  contextId: string | number;
  /** A dmabuf fd. */
  fd: number;
  /** Revoke (true) or restore (false). */
  revoked: boolean;
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

/** IOMMU_FAULT_QUEUE_ALLOC. */
export type FaultQueueAllocInput = {
  /** The context. */
  contextId: string | number;
};

/** read() on the fault fd. */
export type FaultQueueReadInput = {
  /** The FAULT object. */
  faultQueueId: string | number;
  /** Most groups to hand out. */
  max?: number | null | undefined;
};

/** write() on the fault fd: one iommu_hwpt_page_response. */
export type FaultRespondInput = {
  /** The answer. */
  code: PageResponseCode;
  /** The cookie faultQueueRead gave the group. */
  cookie: number;
  /** The FAULT object. */
  faultQueueId: string | number;
};

/** IOMMU_GET_HW_INFO. */
export type GetHwInfoInput = {
  /** The bound device (dev_id). */
  boundDeviceId: string | number;
  /** The caller's buffer size in bytes (data_len in). */
  dataLen: number;
  /** IOMMU_HW_INFO_FLAG_INPUT_TYPE (1) makes inDataType count; other bits are EOPNOTSUPP. */
  flags?: number | null | undefined;
  /** The hw_info type asked for (only with the flag); one the driver does not report is EOPNOTSUPP. */
  inDataType?: HwInfoType | null | undefined;
};

/** A new host: a profile, pasted lspci output or a snapshot, exactly one of them. */
export type HostCreateInput = {
  /** The IOMMU behind an lspci import's devices (lspci does not show it). Omitted: the machine has no IOMMU, and the host reports none. */
  iommu?: HostIommuInput | null | undefined;
  /** lspci -vvv -xxxx (or -xxxx) output; every device in it becomes a device of the new host. */
  lspci?: string | null | undefined;
  /** Unique host name (letters, digits, ".", "_", "-"). */
  name: string;
  /** intel-sapphire-rapids, arm-grace, amd-genoa, selftest-mock (README lists them). */
  profile?: string | null | undefined;
  /** The output of the project's snapshot command run on a real machine: config spaces, IOMMU units with their registers, the kernel's IOMMU groups with reserved regions, drivers. */
  snapshot?: string | null | undefined;
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

/** The IOMMU behind an lspci import's devices. */
export type HostIommuInput = {
  /** Registers as sysfs shows them: VT-d cap and ecap (intel-iommu/cap, ecap), AMD-Vi EFR (amd-iommu/features), SMMUv3 IDR0..IDR5. Omitted: the project's typical unit of that type. */
  registers?: Array<string> | null | undefined;
  /** Its architecture. */
  type: IommuType;
};

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

/** enum iommu_hw_info_type. */
export type HwInfoType =
  /** struct iommu_hw_info_amd. */
  | 'AMD'
  /** struct iommu_hw_info_arm_smmuv3. */
  | 'ARM_SMMUV3'
  /** IOMMU_HW_INFO_TYPE_DEFAULT (also NONE): the driver's own type. */
  | 'DEFAULT'
  /** struct iommu_hw_info_vtd. */
  | 'INTEL_VTD'
  /** The selftest's struct iommu_test_hw_info (IOMMU_HW_INFO_TYPE_SELFTEST). */
  | 'SELFTEST'
  /** struct iommu_hw_info_tegra241_cmdqv. */
  | 'TEGRA241_CMDQV';

/** IOMMU_HW_QUEUE_ALLOC. */
export type HwQueueAllocInput = {
  /** Must be 0 (EOPNOTSUPP otherwise). */
  flags?: number | null | undefined;
  /** The queue's index (driver rules: the mock takes 0 then 1). */
  index: number;
  /** Its length in bytes (not 0). */
  length: string;
  /** The queue's base in the nest parent's IOAS; its pages must be mapped and contiguous. */
  nestingParentIova: string;
  /** The queue type. */
  queueType: HwQueueType;
  /** The vIOMMU. */
  viommuId: string | number;
};

/** enum iommu_hw_queue_type. */
export type HwQueueType =
  /** IOMMU_HW_QUEUE_TYPE_DEFAULT: reserved, never allocatable (EOPNOTSUPP). */
  | 'DEFAULT'
  /** The kernel selftest's mock queue (IOMMU_HW_QUEUE_TYPE_SELFTEST). */
  | 'SELFTEST'
  /** A Tegra241 CMDQV virtual command queue. */
  | 'TEGRA241_CMDQV';

/** IOMMU_HWPT_ALLOC. */
export type HwptAllocInput = {
  /** The DEVICE object whose IOMMU builds the page table. */
  boundDeviceId: string | number;
  /** Driver data for a nested HWPT; exactly one member for a nested allocation. */
  data?: HwptDataInput | null | undefined;
  /** IOMMU_HWPT_ALLOC_DIRTY_TRACKING. */
  dirtyTracking?: boolean | null | undefined;
  /** IOMMU_HWPT_FAULT_ID_VALID: route this HWPT's I/O page faults to this FAULT object. */
  faultQueueId?: string | number | null | undefined;
  /** IOMMU_HWPT_ALLOC_NEST_PARENT. */
  nestParent?: boolean | null | undefined;
  /** IOMMU_HWPT_ALLOC_PASID. */
  pasid?: boolean | null | undefined;
  /** IOAS (paging HWPT), nest-parent HWPT_PAGING or vIOMMU (nested HWPT). */
  ptId: string | number;
};

/** Driver-specific nested page-table data (one member). */
export type HwptDataInput = {
  /** IOMMU_HWPT_DATA_ARM_SMMUV3. */
  armSmmuv3?: ArmSmmuv3SteInput | null | undefined;
  /** IOMMU_HWPT_DATA_SELFTEST. */
  selftest?: SelftestHwptInput | null | undefined;
  /** IOMMU_HWPT_DATA_VTD_S1. */
  vtdS1?: VtdS1Input | null | undefined;
};

/** enum iommu_hwpt_data_type of a nested HWPT. */
export type HwptDataType =
  /** AMD guest DTE (iommu_hwpt_amd_guest). */
  | 'AMD_GUEST'
  /** Arm SMMUv3 nested STE (iommu_hwpt_arm_smmuv3). */
  | 'ARM_SMMUV3'
  /** The kernel selftest's mock nested data (iommu_hwpt_selftest). */
  | 'SELFTEST'
  /** Intel VT-d first-stage table (iommu_hwpt_vtd_s1). */
  | 'VTD_S1';

/** IOMMU_HWPT_GET_DIRTY_BITMAP. */
export type HwptGetDirtyBitmapInput = {
  /** A HWPT_PAGING allocated with dirtyTracking. */
  hwptId: string | number;
  /** IOVA of bit 0. */
  iova: string;
  /** Bytes covered (at most 2^27 bits). */
  length: string;
  /** IOMMU_HWPT_GET_DIRTY_BITMAP_NO_CLEAR. */
  noClear?: boolean | null | undefined;
  /** Bytes per bit. */
  pageSize: string;
};

/** IOMMU_HWPT_INVALIDATE. */
export type HwptInvalidateInput = {
  /** A nested HWPT or a vIOMMU. */
  hwptId: string | number;
  /** Empty probes whether the target takes this kind of request. */
  requests: Array<InvalidationRequestInput>;
};

/** IOMMU_HWPT_SET_DIRTY_TRACKING. */
export type HwptSetDirtyTrackingInput = {
  /** Start (clearing stale bits) or stop tracking. */
  enabled: boolean;
  /** A HWPT_PAGING allocated with dirtyTracking. */
  hwptId: string | number;
};

/** One invalidation entry (one member set); all entries of a request share a type. */
export type InvalidationRequestInput = {
  /** One SMMUv3 command (two 64-bit words); sent to a vIOMMU, its virtual Stream ID is resolved through the vDEVICEs. */
  armSmmuv3?: ArmSmmuv3CommandInput | null | undefined;
  /** The selftest's mock entries: flags bit 0 = ALL; id names the IOTLB (nested) or cache (vIOMMU) entry 0..3. */
  selftest?: SelftestInvalidationInput | null | undefined;
  /** iommu_hwpt_vtd_s1_invalidate: addr 0 with npages 0xffffffffffffffff is everything. */
  vtdS1?: VtdS1InvalidationInput | null | undefined;
};

/** IOMMU_TEST_OP_ADD_RESERVED. */
export type IoasAddReservedInput = {
  /** The IOAS. */
  ioasId: string | number;
  /** Bytes. */
  length: string;
  /** First IOVA. */
  start: string;
};

/** IOMMU_IOAS_ALLOC. */
export type IoasAllocInput = {
  /** The context. */
  contextId: string | number;
};

/** IOMMU_IOAS_ALLOW_IOVAS. */
export type IoasAllowIovasInput = {
  /** The IOAS. */
  ioasId: string | number;
  /** Replaces the whole list; empty clears it. */
  ranges: Array<IovaRangeInput>;
};

/** IOMMU_IOAS_CHANGE_PROCESS, called from a new process (after exec, as in live update). */
export type IoasChangeProcessInput = {
  /** The context. */
  contextId: string | number;
  /** The new process's RLIMIT_MEMLOCK in bytes (default: the old one). */
  memlockLimit?: string | null | undefined;
};

/** IOMMU_IOAS_COPY. */
export type IoasCopyInput = {
  /** The destination IOAS (may be the source). */
  dstIoasId: string | number;
  /** Fixed destination IOVA; omit to let the destination IOAS choose one. */
  dstIova?: string | null | undefined;
  /** Bytes. */
  length: string;
  /** IOMMU_IOAS_MAP_READABLE. */
  readable?: boolean | null | undefined;
  /** The source IOAS. */
  srcIoasId: string | number;
  /** Start of the source range. */
  srcIova: string;
  /** IOMMU_IOAS_MAP_WRITEABLE. */
  writable?: boolean | null | undefined;
};

/** IOMMU_IOAS_MAP_FILE. */
export type IoasMapFileInput = {
  /** A memfd's fd in the context's process. */
  fd: number;
  /** The IOAS. */
  ioasId: string | number;
  /** Fixed IOVA (IOMMU_IOAS_MAP_FIXED_IOVA); omit to let the IOAS choose one. */
  iova?: string | null | undefined;
  /** Bytes. */
  length: string;
  /** IOMMU_IOAS_MAP_READABLE. */
  readable?: boolean | null | undefined;
  /** File offset of the first byte. */
  start: string;
  /** IOMMU_IOAS_MAP_WRITEABLE. */
  writable?: boolean | null | undefined;
};

/** IOMMU_IOAS_MAP. */
export type IoasMapInput = {
  /** The IOAS. */
  ioasId: string | number;
  /** Fixed IOVA (IOMMU_IOAS_MAP_FIXED_IOVA); omit to let the IOAS choose one. */
  iova?: string | null | undefined;
  /** Bytes. */
  length: string;
  /** IOMMU_IOAS_MAP_READABLE. */
  readable?: boolean | null | undefined;
  /** The process address the pages come from. */
  userVa: string;
  /** IOMMU_IOAS_MAP_WRITEABLE. */
  writable?: boolean | null | undefined;
};

/** IOMMU_OPTION_HUGE_PAGES (SET). */
export type IoasSetHugePagesInput = {
  /** Allow pages larger than PAGE_SIZE. */
  enabled: boolean;
  /** The IOAS. */
  ioasId: string | number;
};

/** IOMMU_IOAS_UNMAP. */
export type IoasUnmapInput = {
  /** The IOAS. */
  ioasId: string | number;
  /** iova 0 with length 0xffffffffffffffff unmaps everything. */
  iova: string;
  /** Bytes. */
  length: string;
};

/** Which IOMMU groups to list. */
export type IommuGroupFilter = {
  /** Only groups of this host. */
  hostName?: string | null | undefined;
  /** Groups with at least this many devices (2: devices that cannot be assigned apart). */
  minDevices?: number | null | undefined;
};

/** enum iommufd_option. */
export type IommuOptionId =
  /** Per IOAS: 1 allows pages larger than PAGE_SIZE (the default), 0 forbids them. */
  | 'HUGE_PAGES'
  /** Global (no objectId): 0 charges pinned pages per user, 1 per process. SET needs CAP_SYS_RESOURCE. */
  | 'RLIMIT_MODE';

/** IOMMU_OPTION. */
export type IommuOptionInput = {
  /** The context (the iommufd the ioctl is made on). */
  contextId: string | number;
  /** The object for a per-object option; omit for a global one (object_id 0). */
  objectId?: string | number | null | undefined;
  /** GET or SET. */
  op: IommuOptionOp;
  /** Which option. */
  option: IommuOptionId;
  /** The value to SET (default 0); GET ignores it. */
  val64?: string | null | undefined;
};

/** enum iommufd_option_ops. */
export type IommuOptionOp =
  /** Read the option into val64. */
  | 'GET'
  /** Set the option to val64. */
  | 'SET';

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

/** IOMMU_TEST_OP_TRIGGER_IOPF. */
export type IopfInjectInput = {
  /** The faulting address. */
  address: string;
  /** A physical Device. */
  deviceId: string | number;
  /** The page request group index. */
  groupId: number;
  /** The PASID of the request; omit for none. */
  pasid?: number | null | undefined;
  /** Access requested. */
  permissions: Array<FaultPermission>;
};

/** An inclusive IOVA range [start, last]. */
export type IovaRangeInput = {
  /** Last address of the range (inclusive). */
  last: string;
  /** First address of the range. */
  start: string;
};

/** memfd_create + ftruncate in the context's process. */
export type MemfdCreateInput = {
  /** The context whose process gets the fd. */
  contextId: string | number;
  /** Add F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_SEAL. */
  sealed?: boolean | null | undefined;
  /** Bytes. */
  size: string;
};

/** IOMMU_DESTROY. */
export type ObjectDestroyInput = {
  /** Any iommufd object. */
  id: string | number;
};

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

/** enum iommufd_page_response_code. */
export type PageResponseCode =
  /** The fault cannot be fixed: fail the access. */
  | 'INVALID'
  /** The fault is fixed: retry the access. */
  | 'SUCCESS';

/** Allocate the lowest free PASID in [min, max]. */
export type PasidAllocInput = {
  /** The context that owns the PASID: it is freed when the context closes, and only that context may free it (EPERM otherwise). Omit for a PASID the host owns until freed. */
  contextId?: string | number | null | undefined;
  /** The host. */
  hostId: string | number;
  /** Highest acceptable PASID. */
  max: number;
  /** Lowest acceptable PASID. */
  min: number;
};

/** Give a PASID back. */
export type PasidFreeInput = {
  /** The context that owns it; omit for a PASID the host owns. */
  contextId?: string | number | null | undefined;
  /** The host. */
  hostId: string | number;
  /** The PASID to free. */
  pasid: number;
};

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

/** struct iommu_hwpt_selftest: the mock's nested data. */
export type SelftestHwptInput = {
  /** Initial value of the 4 mock IOTLB entries. */
  iotlb: number;
};

/** The selftest's mock invalidation entry. */
export type SelftestInvalidationInput = {
  /** Bit 0: IOMMU_TEST_INVALIDATE_FLAG_ALL. */
  flags?: number | null | undefined;
  /** IOTLB entry (nested HWPT) or cache entry (vIOMMU), 0..3. */
  id?: number | null | undefined;
  /** For vIOMMU entries: the guest's device ID. */
  vdevId?: string | null | undefined;
};

/** Guest software writing its stage-1 page table. */
export type Stage1MapInput = {
  /** Guest physical address (stage-2 input). */
  gpa: string;
  /** A nested HWPT. */
  hwptId: string | number;
  /** First IOVA (4 KiB aligned). */
  iova: string;
  /** Bytes (4 KiB multiple). */
  length: string;
  /** The PASID's table; omit for the RID's. */
  pasid?: number | null | undefined;
  /** Allow reads. */
  readable?: boolean | null | undefined;
  /** Allow writes. */
  writable?: boolean | null | undefined;
};

/** Guest software clearing stage-1 entries (cached translations stay until invalidated). */
export type Stage1UnmapInput = {
  /** A nested HWPT. */
  hwptId: string | number;
  /** First IOVA. */
  iova: string;
  /** Bytes. */
  length: string;
  /** The PASID's table; omit for the RID's. */
  pasid?: number | null | undefined;
};

/** Many addresses of one device. */
export type TranslateBatchInput = {
  /** Read or write. */
  access?: DmaAccess | null | undefined;
  /** A physical Device. */
  deviceId: string | number;
  /** The DMA addresses (at most 10000). */
  iovas: Array<string>;
  /** Omit for RID (no-PASID) DMA. */
  pasid?: number | null | undefined;
};

/** One address of one device. */
export type TranslateInput = {
  /** Read or write. */
  access?: DmaAccess | null | undefined;
  /** A physical Device. */
  deviceId: string | number;
  /** The DMA address. */
  iova: string;
  /** Omit for RID (no-PASID) DMA. */
  pasid?: number | null | undefined;
};

/** Why a translation failed. */
export type TranslationFaultReason =
  /** The device (or this PASID) is attached to nothing: DMA is blocked. */
  | 'BLOCKED'
  /** No mapping covers the address. */
  | 'NOT_MAPPED'
  /** Outside what the page table can address. */
  | 'OUT_OF_RANGE'
  /** Mapped, but not for this access. */
  | 'PERMISSION';

/** Which stage of a nested translation. */
export type TranslationStage =
  /** Guest stage (IOVA to GPA). */
  | 'STAGE1'
  /** Host stage (GPA to HPA). */
  | 'STAGE2';

/** IOMMU_VDEVICE_ALLOC. */
export type VdeviceAllocInput = {
  /** The device. */
  boundDeviceId: string | number;
  /** The vIOMMU. */
  viommuId: string | number;
  /** The guest's ID for it (vSID, vRID, vDeviceID). */
  virtId: string;
};

/** IOMMU_VEVENTQ_ALLOC (the event type is the vIOMMU's). */
export type VeventqAllocInput = {
  /** Events it holds before it overflows (1..2^31-1). */
  depth: number;
  /** The vIOMMU. */
  viommuId: string | number;
};

/** read() on the vEVENTQ fd. */
export type VeventqReadInput = {
  /** Most events to consume. */
  max?: number | null | undefined;
  /** The vEVENTQ. */
  veventqId: string | number;
};

/** VFIO_CHECK_EXTENSION. */
export type VfioCheckExtensionInput = {
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
  /** VFIO_TYPE1_IOMMU 1, VFIO_TYPE1v2_IOMMU 3, VFIO_DMA_CC_IOMMU 4, VFIO_UNMAP_ALL 9, ... */
  extension: number;
};

/** IOMMU_VFIO_IOAS. */
export type VfioIoasInput = {
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
  /** The IOAS, for SET. */
  ioasId?: string | number | null | undefined;
  /** GET, SET or CLEAR. */
  op: VfioIoasOp;
};

/** enum iommufd_vfio_ioas_op. */
export type VfioIoasOp =
  /** IOMMU_VFIO_IOAS_CLEAR: no compat IOAS. */
  | 'CLEAR'
  /** IOMMU_VFIO_IOAS_GET: the compat IOAS (ENODEV when none is set). */
  | 'GET'
  /** IOMMU_VFIO_IOAS_SET: make ioasId the compat IOAS. */
  | 'SET';

/** VFIO_IOMMU_GET_INFO. */
export type VfioIommuGetInfoInput = {
  /** Bytes the caller provides: 16 (pre-cap ABI) at least; 24 is the bare struct; the returned argsz holds every capability. */
  argsz?: number | null | undefined;
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
};

/** VFIO_IOMMU_MAP_DMA (struct vfio_iommu_type1_dma_map). */
export type VfioIommuMapDmaInput = {
  /** sizeof the struct; below 32 is EINVAL. */
  argsz?: number | null | undefined;
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
  /** VFIO_DMA_MAP_FLAG_READ 1 | WRITE 2; VADDR (4) and any other bit are EINVAL. */
  flags?: number | null | undefined;
  /** Where to map (always fixed). */
  iova: string;
  /** Bytes. */
  size: string;
  /** The process address the pages come from. */
  vaddr: string;
};

/** VFIO_IOMMU_UNMAP_DMA (struct vfio_iommu_type1_dma_unmap). */
export type VfioIommuUnmapDmaInput = {
  /** sizeof the struct; below 24 is EINVAL. */
  argsz?: number | null | undefined;
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
  /** VFIO_DMA_UNMAP_FLAG_ALL (2, with iova and size 0); GET_DIRTY_BITMAP (1), VADDR (4) are EINVAL. */
  flags?: number | null | undefined;
  /** First IOVA. */
  iova: string;
  /** Bytes. */
  size: string;
};

/** VFIO_SET_IOMMU. */
export type VfioSetIommuInput = {
  /** The context (the /dev/iommu fd a legacy VMM uses as its container). */
  contextId: string | number;
  /** VFIO_TYPE1_IOMMU (1: unmap may split mappings, large pages off) or VFIO_TYPE1v2_IOMMU (3). */
  type: number;
};

/** IOMMU_VIOMMU_ALLOC. */
export type ViommuAllocInput = {
  /** A device behind the physical IOMMU to slice. */
  boundDeviceId: string | number;
  /** A nest-parent HWPT_PAGING. */
  hwptId: string | number;
  /** The vIOMMU type. */
  viommuType: ViommuType;
};

/** enum iommu_viommu_type. */
export type ViommuType =
  /** A virtual SMMUv3 backed by the host SMMUv3. */
  | 'ARM_SMMUV3'
  /** A virtual VT-d backed by the host VT-d (a model of the upcoming kernel support). */
  | 'INTEL_VTD'
  /** The kernel selftest's mock vIOMMU (IOMMU_VIOMMU_TYPE_SELFTEST). */
  | 'MOCK';

/** What to place, and optionally where. */
export type VirtualCapabilityPlacementInput = {
  /** Extended capability ID to place; default 0x1b (PASID). */
  capId?: number | null | undefined;
  /** An explicit offset to validate instead of choosing one. */
  offset?: number | null | undefined;
  /** Bytes it needs; default 8 (the PASID capability). */
  size?: number | null | undefined;
};

/** struct iommu_hwpt_vtd_s1: the guest first-stage table. */
export type VtdS1Input = {
  /** Input address width: 48 (4-level) or 57 (5-level). */
  addrWidth: number;
  /** IOMMU_VTD_S1_SRE (1), _EAFE (2), _WPE (4). */
  flags?: number | null | undefined;
  /** Guest physical address of the table (4 KiB aligned). */
  pgtblAddr: string;
};

/** struct iommu_hwpt_vtd_s1_invalidate. */
export type VtdS1InvalidationInput = {
  /** First address (4 KiB aligned); 0 with npages U64_MAX is all. */
  addr: string;
  /** IOMMU_VTD_INV_FLAGS_LEAF: only leaf entries changed. */
  leaf?: boolean | null | undefined;
  /** 4 KiB pages. */
  npages: string;
};

export type FleetQueryVariables = Exact<{ [key: string]: never; }>;


export type FleetQuery = { hosts: { totalCount: number, edges: Array<{ node: { name: string, profile: string, iommus: Array<{ name: string, type: IommuType, addressWidth: number, maxPasidLog2: number, supportsNesting: boolean, supportsDirtyTracking: boolean }> } }> } };

export type PasidWithDirtyTrackingQueryVariables = Exact<{ [key: string]: never; }>;


export type PasidWithDirtyTrackingQuery = { devices: { totalCount: number, edges: Array<{ node: { bdf: string, name: string | null, host: { name: string }, hwInfo: { maxPasidLog2: number, capabilities: Array<HwCapability> } | null } }> } };

export type DsaHwInfoQueryVariables = Exact<{ [key: string]: never; }>;


export type DsaHwInfoQuery = { host: { device: { name: string | null, iommu: { name: string } | null, iommuGroup: { number: number, type: string, reservedRegions: Array<{ start: string, last: string, type: ReservedRegionType }> } | null, pasid: { maxPasidWidth: number, executePermission: boolean, privilegedMode: boolean, enabled: boolean } | null, hwInfo: { type: IommuType, maxPasidLog2: number, capabilities: Array<HwCapability>, data:
          | { flags: string, capReg: string, ecapReg: string }
          | Record<PropertyKey, never>
         } | null, capabilities: Array<{ offset: number, capId: number, extended: boolean, version: number | null, name: string }> } | null } | null };

export type VirtualPasidPlacementQueryVariables = Exact<{ [key: string]: never; }>;


export type VirtualPasidPlacementQuery = { host: { device: { quirks: Array<{ description: string, hiddenRegisters: Array<{ offset: number, length: number }> }>, configSpaceGaps: Array<{ offset: number, length: number }>, auto: { offset: number | null, reason: string, warnings: Array<string> }, explicit: { offset: number | null, reason: string } } | null } | null };

export type SriovNicQueryVariables = Exact<{ [key: string]: never; }>;


export type SriovNicQuery = { host: { device: { name: string | null, virtualFunctions: Array<{ bdf: string, deviceId: number, physicalFunction: { bdf: string } | null, iommuGroup: { number: number } | null }> } | null } | null };

export type AddHostsMutationVariables = Exact<{ [key: string]: never; }>;


export type AddHostsMutation = { lab: { host: { name: string, profile: string, devices: { totalCount: number } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> }, again: { host: { name: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type SessionIdsQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionIdsQuery = { host: { id: string, device: { id: string } | null } | null };

export type SessionSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionSetupMutation = { open: { context: { id: string } | null, userErrors: Array<{ code: Errno, message: string }> }, bind: { boundDevice: { id: string, objectId: number } | null, userErrors: Array<{ code: Errno, message: string }> }, ioas: { ioas: { id: string, objectId: number } | null, userErrors: Array<{ code: Errno, message: string }> }, attach: { hwpt:
      | { objectId: number, type: ObjectType }
      | { autoDomain: boolean, objectId: number, type: ObjectType, iommu: { name: string } }
     | null, userErrors: Array<{ code: Errno, message: string }> }, map: { iova: string | null, ioas: { iovaAlignment: string, iovaRanges: Array<{ start: string, last: string }> } | null, userErrors: Array<{ code: Errno, message: string }> }, overlap: { iova: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type TranslateSessionQueryVariables = Exact<{ [key: string]: never; }>;


export type TranslateSessionQuery = { translate:
    | { __typename: 'Translation', physicalAddress: string, pageSize: string, readable: boolean, writable: boolean, hwpt:
        | { objectId: number }
        | { objectId: number }
       }
    | { __typename: 'TranslationFault' }
  , outside:
    | { __typename: 'Translation' }
    | { __typename: 'TranslationFault', reason: TranslationFaultReason, message: string }
   };

export type SessionTeardownMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionTeardownMutation = { unmap: { unmapped: string | null, userErrors: Array<{ code: Errno, message: string }> }, close: { destroyed: number | null, userErrors: Array<{ code: Errno, message: string }> } };

export type PasidAllocateExampleMutationVariables = Exact<{ [key: string]: never; }>;


export type PasidAllocateExampleMutation = { a: { pasid: number | null, userErrors: Array<{ code: Errno, message: string }> }, b: { pasid: number | null, userErrors: Array<{ code: Errno, message: string }> }, bad: { pasid: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> }, unknown: { userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type PasidAllocatorExampleQueryVariables = Exact<{ [key: string]: never; }>;


export type PasidAllocatorExampleQuery = { host: { pasidAllocator: { min: number, max: number, allocated: Array<number> } } | null };

export type NestingSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type NestingSetupMutation = { open: { context: { id: string } | null }, bind: { boundDevice: { objectId: number } | null }, ioas: { ioas: { objectId: number } | null }, guestRam: { iova: string | null }, parent: { hwpt:
      | { objectId: number, type: ObjectType }
      | { objectId: number, type: ObjectType }
     | null, userErrors: Array<{ code: Errno, message: string }> }, nested: { hwpt:
      | { dataType: HwptDataType, objectId: number, type: ObjectType, parent: { objectId: number } }
      | { objectId: number, type: ObjectType }
     | null, userErrors: Array<{ code: Errno, message: string }> }, attach: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null, userErrors: Array<{ code: Errno, message: string }> }, guestMaps: { hwpt: { stage1Mappings: Array<{ iova: string, last: string, gpa: string }> } | null }, dma: { completedBytes: string | null }, guestUnmaps: { userErrors: Array<{ code: Errno, message: string }> }, guestRemaps: { userErrors: Array<{ code: Errno, message: string }> } };

export type BeforeInvalidationQueryVariables = Exact<{ [key: string]: never; }>;


export type BeforeInvalidationQuery = { translate:
    | { intermediateAddress: string | null, physicalAddress: string, iotlbStale: boolean, iotlb: { intermediateAddress: string } | null }
    | Record<PropertyKey, never>
   };

export type GuestInvalidatesMutationVariables = Exact<{ [key: string]: never; }>;


export type GuestInvalidatesMutation = { hwptInvalidate: { entriesHandled: number, userErrors: Array<{ code: Errno, message: string }> } };

export type AfterInvalidationQueryVariables = Exact<{ [key: string]: never; }>;


export type AfterInvalidationQuery = { translate:
    | { intermediateAddress: string | null, physicalAddress: string, iotlbStale: boolean, iotlb: { intermediateAddress: string } | null }
    | Record<PropertyKey, never>
   };

export type FaultSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type FaultSetupMutation = { open: { context: { id: string } | null }, bind: { boundDevice: { objectId: number } | null }, ioas: { ioas: { objectId: number } | null }, fault: { faultQueue: { objectId: number, type: ObjectType } | null }, hwpt: { hwpt:
      | { objectId: number, faultQueue: { objectId: number } | null }
      | { objectId: number, faultQueue: { objectId: number } | null }
     | null, userErrors: Array<{ code: Errno, message: string }> }, attach: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null }, dma: { completedBytes: string | null, faults: Array<{ iova: string, reason: TranslationFaultReason }> | null }, dirty: { userErrors: Array<{ code: Errno, message: string }> } };

export type FaultHandlingMutationVariables = Exact<{ [key: string]: never; }>;


export type FaultHandlingMutation = { read: { groups: Array<{ cookie: number | null, groupId: number, device: { objectId: number }, faults: Array<{ address: string, permissions: Array<FaultPermission>, lastPage: boolean }> }> | null }, answer: { userErrors: Array<{ code: Errno, message: string }> }, again: { userErrors: Array<{ code: Errno, message: string }> } };

export type DashboardSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardSubscription = { objectEvents: { kind: ObjectEventKind, typename: string, id: string, node:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
     | null } };

export type VmmSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type VmmSubscription = { vevents: { sequence: number, virtId: string | null, data: Array<string>, veventq: { objectId: number } } };

export type ScriptMutationVariables = Exact<{ [key: string]: never; }>;


export type ScriptMutation = { open: { context: { id: string } | null }, bind: { boundDevice: { objectId: number } | null }, ioas: { ioas: { objectId: number } | null }, guestRam: { iova: string | null }, stage2: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null }, viommu: { viommu: { objectId: number } | null }, vdevice: { vdevice: { objectId: number } | null }, stage1: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null }, attach: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null }, eventq: { veventq: { objectId: number } | null }, dma: { completedBytes: string | null, faults: Array<{ iova: string, reason: TranslationFaultReason }> | null } };

export type ImportSnapshotMutationVariables = Exact<{ [key: string]: never; }>;


export type ImportSnapshotMutation = { hostCreate: { host: { name: string, source: HostSource, iommus: Array<{ name: string, type: IommuType, supportsNesting: boolean, supportsDirtyTracking: boolean }>, iommuGroups: Array<{ number: number, type: string, devices: Array<{ bdf: string, vendorId: number, deviceId: number, driver: string | null }>, reservedRegions: Array<{ start: string, last: string, type: ReservedRegionType }> }> } | null, userErrors: Array<{ code: Errno, message: string }> } };

export type FirstPageQueryVariables = Exact<{ [key: string]: never; }>;


export type FirstPageQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, bdf: string, name: string | null, vendorId: number, deviceId: number, classCode: number, host: { name: string }, iommu: { name: string, type: IommuType } | null, iommuGroup: { number: number } | null }> } };

export type NextPageQueryVariables = Exact<{ [key: string]: never; }>;


export type NextPageQuery = { devices: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean }, nodes: Array<{ bdf: string, name: string | null, host: { name: string }, iommu: { name: string, type: IommuType } | null, iommuGroup: { number: number } | null }> } };

export type SharedGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type SharedGroupsQuery = { iommuGroups: { totalCount: number, nodes: Array<{ number: number, type: string, host: { name: string }, devices: Array<{ bdf: string, name: string | null }> }> } };

export type SetUpMutationVariables = Exact<{ [key: string]: never; }>;


export type SetUpMutation = { open: { context: { id: string } | null, userErrors: Array<{ code: Errno, message: string }> }, bind: { boundDevice: { objectId: number } | null, userErrors: Array<{ code: Errno, message: string }> }, ioas: { ioas: { objectId: number } | null, userErrors: Array<{ code: Errno, message: string }> }, attach: { hwpt:
      | { objectId: number }
      | { objectId: number }
     | null, userErrors: Array<{ code: Errno, message: string }> }, guestRam: { memfd: { fd: number, size: string, sealed: boolean } | null, userErrors: Array<{ code: Errno, message: string }> } };

export type MapGuestRamMutationVariables = Exact<{ [key: string]: never; }>;


export type MapGuestRamMutation = { ram: { iova: string | null, userErrors: Array<{ code: Errno, message: string }> }, bounce: { iova: string | null, userErrors: Array<{ code: Errno, message: string }> } };

export type ChangeWhileUserMemoryMappedMutationVariables = Exact<{ [key: string]: never; }>;


export type ChangeWhileUserMemoryMappedMutation = { ioasChangeProcess: { context: { process: number } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type LiveUpdateMutationVariables = Exact<{ [key: string]: never; }>;


export type LiveUpdateMutation = { dropBounce: { unmapped: string | null, userErrors: Array<{ code: Errno, message: string }> }, newProcess: { context: { process: number, pinnedPages: string, memlockLimit: string } | null, userErrors: Array<{ code: Errno, message: string }> } };

export type AfterUpdateQueryVariables = Exact<{ [key: string]: never; }>;


export type AfterUpdateQuery = { translate:
    | { __typename: 'Translation', physicalAddress: string, pageSize: string }
    | { __typename: 'TranslationFault' }
   };

export type AccessFieldsFragment = { id: string, objectId: number, ioas: { id: string } | null, pins: Array<{ itemId: number, iova: string, length: string }> };

export type AccessCreateMutationVariables = Exact<{
  input: AccessCreateInput;
}>;


export type AccessCreateMutation = { accessCreate: { access: { id: string, objectId: number, ioas: { id: string } | null, pins: Array<{ itemId: number, iova: string, length: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type AccessReplaceIoasMutationVariables = Exact<{
  input: AccessReplaceIoasInput;
}>;


export type AccessReplaceIoasMutation = { accessReplaceIoas: { access: { id: string, objectId: number, ioas: { id: string } | null, pins: Array<{ itemId: number, iova: string, length: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type AccessPinPagesMutationVariables = Exact<{
  input: AccessPinPagesInput;
}>;


export type AccessPinPagesMutation = { accessPinPages: { itemId: number | null, access: { id: string, objectId: number, ioas: { id: string } | null, pins: Array<{ itemId: number, iova: string, length: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type AccessUnpinPagesMutationVariables = Exact<{
  input: AccessUnpinPagesInput;
}>;


export type AccessUnpinPagesMutation = { accessUnpinPages: { access: { id: string, objectId: number, ioas: { id: string } | null, pins: Array<{ itemId: number, iova: string, length: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type SetDirtyTrackingMutationVariables = Exact<{
  input: HwptSetDirtyTrackingInput;
}>;


export type SetDirtyTrackingMutation = { hwptSetDirtyTracking: { hwpt: { objectId: number, dirtyTrackingSupported: boolean, dirtyTrackingEnabled: boolean } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type GetDirtyBitmapMutationVariables = Exact<{
  input: HwptGetDirtyBitmapInput;
}>;


export type GetDirtyBitmapMutation = { hwptGetDirtyBitmap: { bitmap: Array<string> | null, dirtyRanges: Array<{ start: string, last: string }> | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type FaultQueueAllocMutationVariables = Exact<{
  input: FaultQueueAllocInput;
}>;


export type FaultQueueAllocMutation = { faultQueueAlloc: { faultQueue: { id: string, objectId: number, type: ObjectType } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type FaultQueueReadMutationVariables = Exact<{
  input: FaultQueueReadInput;
}>;


export type FaultQueueReadMutation = { faultQueueRead: { groups: Array<{ cookie: number | null, groupId: number, device: { objectId: number }, faults: Array<{ address: string, permissions: Array<FaultPermission>, pasid: number | null, lastPage: boolean }> }> | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type FaultRespondMutationVariables = Exact<{
  input: FaultRespondInput;
}>;


export type FaultRespondMutation = { faultRespond: { userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IopfInjectMutationVariables = Exact<{
  input: IopfInjectInput;
}>;


export type IopfInjectMutation = { iopfInject: { userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VeventqAllocMutationVariables = Exact<{
  input: VeventqAllocInput;
}>;


export type VeventqAllocMutation = { veventqAlloc: { veventq: { id: string, objectId: number, depth: number } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VeventqReadMutationVariables = Exact<{
  input: VeventqReadInput;
}>;


export type VeventqReadMutation = { veventqRead: { events: Array<{ sequence: number, lostEvents: boolean, virtId: string | null, data: Array<string> }> | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type FaultQueueStateQueryVariables = Exact<{
  id: string | number;
}>;


export type FaultQueueStateQuery = { node:
    | { queued: Array<{ groupId: number, cookie: number | null }>, awaitingResponse: Array<{ groupId: number, cookie: number | null }> }
    | Record<PropertyKey, never>
   | null };

export type VeventqStateQueryVariables = Exact<{
  id: string | number;
}>;


export type VeventqStateQuery = { node:
    | { depth: number, queued: Array<{ sequence: number, lostEvents: boolean, virtId: string | null }>, viommu: { eventQueues: Array<{ objectId: number }> } }
    | Record<PropertyKey, never>
   | null };

export type FleetDevicePageQueryVariables = Exact<{
  filter?: DeviceFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type FleetDevicePageQuery = { devices: { pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string }>, nodes: Array<{ id: string, bdf: string, name: string | null, vendorId: number, deviceId: number, classCode: number, driver: string | null, host: { name: string }, iommu: { name: string, type: IommuType, supportsNesting: boolean, supportsDirtyTracking: boolean } | null, iommuGroup: { number: number, devices: Array<{ bdf: string }> } | null, physicalFunction: { bdf: string } | null, hwInfo: { capabilities: Array<HwCapability> } | null }> } };

export type FleetDeviceCountQueryVariables = Exact<{
  filter?: DeviceFilter | null | undefined;
}>;


export type FleetDeviceCountQuery = { devices: { totalCount: number } };

export type FleetGroupsQueryVariables = Exact<{
  filter?: IommuGroupFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FleetGroupsQuery = { iommuGroups: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { number: number, host: { name: string } } }>, nodes: Array<{ number: number, devices: Array<{ bdf: string }>, devicesConnection: { totalCount: number, nodes: Array<{ bdf: string }> } }> } };

export type HostListsQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HostListsQuery = { host: { iommuGroups: Array<{ number: number }>, iommuGroupsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ number: number }> }, iommus: Array<{ devices: Array<{ bdf: string }>, devicesConnection: { totalCount: number, nodes: Array<{ bdf: string }> } }>, contextsConnection: { totalCount: number, nodes: Array<{ id: string, objectsConnection: { totalCount: number, nodes: Array<
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
            | { objectId: number, type: ObjectType }
          > } }> } } | null };

export type HostPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HostPageQuery = { hosts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string }> } };

export type HwQueueAllocMutationVariables = Exact<{
  input: HwQueueAllocInput;
}>;


export type HwQueueAllocMutation = { hwQueueAlloc: { hwQueue: { id: string, objectId: number, queueType: HwQueueType, index: number, nestingParentIova: string, length: string, basePhys: string, viommu: { objectId: number } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type ViommuHwQueuesQueryVariables = Exact<{
  id: string | number;
}>;


export type ViommuHwQueuesQuery = { node:
    | { hwQueues: Array<{ objectId: number, index: number }> }
    | Record<PropertyKey, never>
   | null };

export type GetHwInfoMutationVariables = Exact<{
  input: GetHwInfoInput;
}>;


export type GetHwInfoMutation = { getHwInfo: { outDataType: HwInfoType | null, dataLen: number | null, data: string | null, zeroFilled: number | null, maxPasidLog2: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

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


export type DeviceDetailQuery = { host: { device: { id: string, bdf: string, vendorId: number, deviceId: number, classCode: number, name: string | null, driver: string | null, numaNode: number | null, link: { maxSpeed: string, maxWidth: number, speed: string | null, width: number | null } | null, ats: { invalidateQueueDepth: number, pageAlignedRequest: boolean, enabled: boolean, smallestTranslationUnit: number } | null, pri: { enabled: boolean, outstandingPageRequestCapacity: number, outstandingPageRequestAllocation: number, pasidRequired: boolean } | null, acs: { capabilities: Array<AcsFlag>, enabled: Array<AcsFlag> } | null, sriov: { totalVfs: number, initialVfs: number, numVfs: number, vfOffset: number, vfStride: number, vfDeviceId: number } | null, iommu: { name: string, type: IommuType } | null, iommuGroup: { number: number, devices: Array<{ bdf: string }> } | null, physicalFunction: { bdf: string } | null, virtualFunctions: Array<{ bdf: string }>, capabilities: Array<{ capId: number, extended: boolean, offset: number, version: number | null, size: number | null, name: string }>, pasid: { maxPasidWidth: number, executePermission: boolean, privilegedMode: boolean, enabled: boolean, source: { bdf: string } } | null, hwInfo: { type: IommuType, capabilities: Array<HwCapability>, maxPasidLog2: number, data:
          | { __typename: 'AmdHwInfo' }
          | { __typename: 'ArmSmmuv3HwInfo' }
          | { __typename: 'IntelVtdHwInfo' }
          | { __typename: 'MockHwInfo' }
         } | null, quirks: Array<{ description: string, hiddenRegisters: Array<{ offset: number, length: number }> }>, configSpaceGaps: Array<{ offset: number, length: number }> } | null } | null };

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


export type DevicesQuery = { devices: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, bdf: string, host: { name: string }, hwInfo: { capabilities: Array<HwCapability>, maxPasidLog2: number } | null } }> } };

export type HostsQueryVariables = Exact<{
  filter?: HostFilter | null | undefined;
}>;


export type HostsQuery = { hosts: { totalCount: number, edges: Array<{ node: { name: string, profile: string } }> } };

export type NodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesQuery = { nodes: Array<
    | { __typename: 'Access', id: string }
    | { __typename: 'BoundDevice', id: string }
    | { __typename: 'Context', id: string }
    | { __typename: 'Device', bdf: string, id: string }
    | { __typename: 'FaultQueue', id: string }
    | { __typename: 'Host', name: string, id: string }
    | { __typename: 'HwQueue', id: string }
    | { __typename: 'HwptNested', id: string }
    | { __typename: 'HwptPaging', id: string }
    | { __typename: 'Ioas', id: string }
    | { __typename: 'Iommu', name: string, id: string }
    | { __typename: 'IommuGroup', number: number, id: string }
    | { __typename: 'Vdevice', id: string }
    | { __typename: 'Veventq', id: string }
    | { __typename: 'Viommu', id: string }
   | null> };

export type HostCreateMutationVariables = Exact<{
  input: HostCreateInput;
}>;


export type HostCreateMutation = { hostCreate: { host: { id: string, name: string, profile: string, source: HostSource, iommuGroups: Array<{ number: number, devices: Array<{ bdf: string }> }>, pasidAllocator: { min: number, max: number }, devices: { totalCount: number, edges: Array<{ node: { id: string, bdf: string, name: string | null, driver: string | null, numaNode: number | null, vendorId: number, deviceId: number, iommu: { name: string } | null, iommuGroup: { number: number } | null, hwInfo: { type: IommuType, maxPasidLog2: number, capabilities: Array<HwCapability> } | null, capabilities: Array<{ capId: number, extended: boolean, offset: number }> } }> }, iommus: Array<{ name: string, type: IommuType }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceAddMutationVariables = Exact<{
  input: DeviceAddInput;
}>;


export type DeviceAddMutation = { deviceAdd: { device: { id: string, bdf: string, vendorId: number, deviceId: number, iommu: { name: string } | null, iommuGroup: { number: number } | null, pasid: { maxPasidWidth: number } | null, hwInfo: { capabilities: Array<HwCapability>, maxPasidLog2: number } | null } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type MemfdCreateMutationVariables = Exact<{
  input: MemfdCreateInput;
}>;


export type MemfdCreateMutation = { memfdCreate: { memfd: { fd: number, size: string, sealed: boolean } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasMapFileMutationVariables = Exact<{
  input: IoasMapFileInput;
}>;


export type IoasMapFileMutation = { ioasMapFile: { iova: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasChangeProcessMutationVariables = Exact<{
  input: IoasChangeProcessInput;
}>;


export type IoasChangeProcessMutation = { ioasChangeProcess: { context: { process: number, pinnedPages: string, memlockLimit: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type ContextProcessQueryVariables = Exact<{
  id: string | number;
}>;


export type ContextProcessQuery = { node:
    | { process: number, pinnedPages: string, memlockLimit: string, memfds: Array<{ fd: number, size: string, sealed: boolean }> }
    | Record<PropertyKey, never>
   | null };

export type DmabufGetMutationVariables = Exact<{
  input: DmabufGetInput;
}>;


export type DmabufGetMutation = { dmabufGet: { fd: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DmabufRevokeMutationVariables = Exact<{
  input: DmabufRevokeInput;
}>;


export type DmabufRevokeMutation = { dmabufRevoke: { fd: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceIdsQueryVariables = Exact<{
  host: string;
}>;


export type DeviceIdsQuery = { host: { id: string, devices: { edges: Array<{ node: { id: string, bdf: string } }> } } | null };

export type ContextOpenMutationVariables = Exact<{
  input: ContextOpenInput;
}>;


export type ContextOpenMutation = { contextOpen: { context: { id: string, objects: Array<
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
      > } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type ContextCloseMutationVariables = Exact<{
  input: ContextCloseInput;
}>;


export type ContextCloseMutation = { contextClose: { destroyed: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceBindMutationVariables = Exact<{
  input: DeviceBindInput;
}>;


export type DeviceBindMutation = { deviceBind: { boundDevice: { id: string, objectId: number, type: ObjectType, device: { bdf: string, binding: { objectId: number } | null } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceUnbindMutationVariables = Exact<{
  input: DeviceUnbindInput;
}>;


export type DeviceUnbindMutation = { deviceUnbind: { device: { bdf: string, binding: { id: string } | null } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceAttachMutationVariables = Exact<{
  input: DeviceAttachInput;
}>;


export type DeviceAttachMutation = { deviceAttach: { hwpt:
      | { id: string, objectId: number, type: ObjectType }
      | { autoDomain: boolean, id: string, objectId: number, type: ObjectType, ioas: { objectId: number } }
     | null, boundDevice: { attachedHwpt:
        | { objectId: number }
        | { objectId: number }
       | null } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceReplaceMutationVariables = Exact<{
  input: DeviceAttachInput;
}>;


export type DeviceReplaceMutation = { deviceReplace: { hwpt:
      | { id: string, objectId: number, type: ObjectType }
      | { id: string, objectId: number, type: ObjectType }
     | null, boundDevice: { attachedHwpt:
        | { objectId: number }
        | { objectId: number }
       | null } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DeviceDetachMutationVariables = Exact<{
  input: DeviceDetachInput;
}>;


export type DeviceDetachMutation = { deviceDetach: { boundDevice: { attachedHwpt:
        | { objectId: number }
        | { objectId: number }
       | null } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type ObjectDestroyMutationVariables = Exact<{
  input: ObjectDestroyInput;
}>;


export type ObjectDestroyMutation = { objectDestroy: { destroyedId: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasAllocMutationVariables = Exact<{
  input: IoasAllocInput;
}>;


export type IoasAllocMutation = { ioasAlloc: { ioas: { id: string, objectId: number, iovaAlignment: string, hugePages: boolean } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasMapMutationVariables = Exact<{
  input: IoasMapInput;
}>;


export type IoasMapMutation = { ioasMap: { iova: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasCopyMutationVariables = Exact<{
  input: IoasCopyInput;
}>;


export type IoasCopyMutation = { ioasCopy: { dstIova: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasUnmapMutationVariables = Exact<{
  input: IoasUnmapInput;
}>;


export type IoasUnmapMutation = { ioasUnmap: { unmapped: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasAllowIovasMutationVariables = Exact<{
  input: IoasAllowIovasInput;
}>;


export type IoasAllowIovasMutation = { ioasAllowIovas: { ioas: { allowedIovas: Array<{ start: string, last: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasSetHugePagesMutationVariables = Exact<{
  input: IoasSetHugePagesInput;
}>;


export type IoasSetHugePagesMutation = { ioasSetHugePages: { ioas: { hugePages: boolean, iovaAlignment: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasAddReservedMutationVariables = Exact<{
  input: IoasAddReservedInput;
}>;


export type IoasAddReservedMutation = { ioasAddReserved: { ioas: { reservedRanges: Array<{ start: string, last: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type HwptAllocMutationVariables = Exact<{
  input: HwptAllocInput;
}>;


export type HwptAllocMutation = { hwptAlloc: { hwpt:
      | { id: string, objectId: number, type: ObjectType, pasidCompatible: boolean }
      | { autoDomain: boolean, nestParent: boolean, dirtyTrackingSupported: boolean, id: string, objectId: number, type: ObjectType, pasidCompatible: boolean }
     | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type IoasStateQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IoasStateQuery = { node:
    | { objectId: number, iovaAlignment: string, hugePages: boolean, iovaRanges: Array<{ start: string, last: string }>, allowedIovas: Array<{ start: string, last: string }>, reservedRanges: Array<{ start: string, last: string }>, hwpts: Array<{ objectId: number, autoDomain: boolean }>, mappings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { iova: string, length: string, readable: boolean, writable: boolean, userVa: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type ContextStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ContextStateQuery = { node:
    | { pinnedPages: string, host: { name: string }, objects: Array<
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
      > }
    | Record<PropertyKey, never>
   | null };

export type TranslateQueryVariables = Exact<{
  input: TranslateInput;
}>;


export type TranslateQuery = { translate:
    | { __typename: 'Translation', iova: string, physicalAddress: string, pageSize: string, readable: boolean, writable: boolean, hwpt:
        | { objectId: number }
        | { objectId: number }
       }
    | { __typename: 'TranslationFault', iova: string, reason: TranslationFaultReason, stage: TranslationStage | null, message: string }
   };

export type TranslateBatchQueryVariables = Exact<{
  input: TranslateBatchInput;
}>;


export type TranslateBatchQuery = { translateBatch: Array<
    | { __typename: 'Translation', iova: string, physicalAddress: string, pageSize: string }
    | { __typename: 'TranslationFault', iova: string, reason: TranslationFaultReason }
  > };

export type HostContextsQueryVariables = Exact<{
  name: string;
}>;


export type HostContextsQuery = { host: { contexts: Array<{ id: string, objects: Array<
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
      > }> } | null };

export type IommuOptionMutationVariables = Exact<{
  input: IommuOptionInput;
}>;


export type IommuOptionMutation = { iommuOption: { val64: string | null, context: { id: string, accountMode: AccountMode } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type NestedHwptAllocMutationVariables = Exact<{
  input: HwptAllocInput;
}>;


export type NestedHwptAllocMutation = { hwptAlloc: { hwpt:
      | { dataType: HwptDataType, id: string, objectId: number, type: ObjectType, parent: { objectId: number }, viommu: { objectId: number } | null }
      | { nestParent: boolean, id: string, objectId: number, type: ObjectType }
     | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type Stage1MapMutationVariables = Exact<{
  input: Stage1MapInput;
}>;


export type Stage1MapMutation = { stage1Map: { hwpt: { stage1Mappings: Array<{ pasid: number | null, iova: string, last: string, gpa: string }> } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type Stage1UnmapMutationVariables = Exact<{
  input: Stage1UnmapInput;
}>;


export type Stage1UnmapMutation = { stage1Unmap: { hwpt: { objectId: number } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type HwptInvalidateMutationVariables = Exact<{
  input: HwptInvalidateInput;
}>;


export type HwptInvalidateMutation = { hwptInvalidate: { entriesHandled: number, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type ViommuAllocMutationVariables = Exact<{
  input: ViommuAllocInput;
}>;


export type ViommuAllocMutation = { viommuAlloc: { viommu: { id: string, objectId: number, viommuType: ViommuType, iommu: { name: string }, parent: { objectId: number } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VdeviceAllocMutationVariables = Exact<{
  input: VdeviceAllocInput;
}>;


export type VdeviceAllocMutation = { vdeviceAlloc: { vdevice: { id: string, objectId: number, virtId: string, device: { device: { bdf: string } } } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type DmaSimulateMutationVariables = Exact<{
  input: DmaSimulateInput;
}>;


export type DmaSimulateMutation = { dmaSimulate: { completedBytes: string | null, faults: Array<{ iova: string, reason: TranslationFaultReason, stage: TranslationStage | null }> | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type NestedTranslateQueryVariables = Exact<{
  input: TranslateInput;
}>;


export type NestedTranslateQuery = { translate:
    | { __typename: 'Translation', physicalAddress: string, intermediateAddress: string | null, iotlbStale: boolean, iotlb: { intermediateAddress: string } | null, hwpt:
        | { objectId: number, type: ObjectType }
        | { objectId: number, type: ObjectType }
       }
    | { __typename: 'TranslationFault', reason: TranslationFaultReason, stage: TranslationStage | null, iotlbStale: boolean }
   };

export type ViommuStateQueryVariables = Exact<{
  id: string | number;
}>;


export type ViommuStateQuery = { node:
    | { vdevices: Array<{ virtId: string, device: { device: { bdf: string } } }> }
    | Record<PropertyKey, never>
   | null };

export type PasidAllocatorStateQueryVariables = Exact<{
  name: string;
}>;


export type PasidAllocatorStateQuery = { host: { id: string, pasidAllocator: { min: number, max: number, allocated: Array<number>, quotaPerContext: number } } | null };

export type PasidAllocMutationVariables = Exact<{
  input: PasidAllocInput;
}>;


export type PasidAllocMutation = { pasidAlloc: { pasid: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type PasidFreeMutationVariables = Exact<{
  input: PasidFreeInput;
}>;


export type PasidFreeMutation = { pasidFree: { userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type BoundDeviceStateQueryVariables = Exact<{
  id: string | number;
}>;


export type BoundDeviceStateQuery = { node:
    | { attachedHwpt:
        | { objectId: number }
        | { objectId: number }
       | null, pasidAttachments: Array<{ pasid: number, hwpt:
          | { objectId: number, pasidCompatible: boolean }
          | { objectId: number, pasidCompatible: boolean }
         }> }
    | Record<PropertyKey, never>
   | null };

export type VfioErrorsFragment = { code: Errno, message: string, field: Array<string> | null };

export type VfioContextStateQueryVariables = Exact<{
  id: string | number;
}>;


export type VfioContextStateQuery = { node:
    | { vfioApiVersion: number, vfioIoas: { id: string, hugePages: boolean, mappings: { totalCount: number, edges: Array<{ node: { iova: string, length: string, readable: boolean, writable: boolean } }> } } | null }
    | Record<PropertyKey, never>
   | null };

export type VfioIoasMutationVariables = Exact<{
  input: VfioIoasInput;
}>;


export type VfioIoasMutation = { vfioIoas: { ioas: { id: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VfioCheckExtensionMutationVariables = Exact<{
  input: VfioCheckExtensionInput;
}>;


export type VfioCheckExtensionMutation = { vfioCheckExtension: { result: number | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VfioSetIommuMutationVariables = Exact<{
  input: VfioSetIommuInput;
}>;


export type VfioSetIommuMutation = { vfioSetIommu: { ioas: { id: string, hugePages: boolean } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VfioIommuGetInfoMutationVariables = Exact<{
  input: VfioIommuGetInfoInput;
}>;


export type VfioIommuGetInfoMutation = { vfioIommuGetInfo: { argsz: number | null, flags: number | null, iovaPgsizes: string | null, capOffset: number | null, caps: Array<{ id: number, version: number, offset: number, next: number | null, avail: string | null, iovaRanges: Array<{ start: string, last: string }> | null }> | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VfioIommuMapDmaMutationVariables = Exact<{
  input: VfioIommuMapDmaInput;
}>;


export type VfioIommuMapDmaMutation = { vfioIommuMapDma: { ioas: { id: string } | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export type VfioIommuUnmapDmaMutationVariables = Exact<{
  input: VfioIommuUnmapDmaInput;
}>;


export type VfioIommuUnmapDmaMutation = { vfioIommuUnmapDma: { size: string | null, userErrors: Array<{ code: Errno, message: string, field: Array<string> | null }> } };

export const AccessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Access"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<AccessFieldsFragment, unknown>;
export const VfioErrorsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioErrorsFragment, unknown>;
export const FleetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Fleet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"addressWidth"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetQuery, FleetQueryVariables>;
export const PasidWithDirtyTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasidWithDirtyTracking"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hasCapabilities"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DIRTY_TRACKING"}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"minPasidLog2"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PasidWithDirtyTrackingQuery, PasidWithDirtyTrackingQueryVariables>;
export const DsaHwInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DsaHwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:6a:01.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}},{"kind":"Field","name":{"kind":"Name","value":"executePermission"}},{"kind":"Field","name":{"kind":"Name","value":"privilegedMode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DsaHwInfoQuery, DsaHwInfoQueryVariables>;
export const VirtualPasidPlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VirtualPasidPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:6a:01.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quirks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenRegisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configSpaceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"auto"},"name":{"kind":"Name","value":"virtualCapabilityPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"explicit"},"name":{"kind":"Name","value":"virtualCapabilityPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"352"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VirtualPasidPlacementQuery, VirtualPasidPlacementQueryVariables>;
export const SriovNicDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SriovNic"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:31:00.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"virtualFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SriovNicQuery, SriovNicQueryVariables>;
export const AddHostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddHosts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"lab"},"name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"lab-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"profile"},"value":{"kind":"StringValue","value":"selftest-mock","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"lab-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"profile"},"value":{"kind":"StringValue","value":"amd-genoa","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddHostsMutation, AddHostsMutationVariables>;
export const SessionIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"mock-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"StringValue","value":"0000:00:02.0","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SessionIdsQuery, SessionIdsQueryVariables>;
export const SessionSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDptb2NrLTAx","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bind"},"name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMi4w","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ioas"},"name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6bW9jay0wMS8wLzEvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptPaging"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoDomain"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"map"},"name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x200000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"userVa"},"value":{"kind":"StringValue","value":"0x7f0000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iovaAlignment"}},{"kind":"Field","name":{"kind":"Name","value":"iovaRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"overlap"},"name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x1000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"userVa"},"value":{"kind":"StringValue","value":"0x7f0000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SessionSetupMutation, SessionSetupMutationVariables>;
export const TranslateSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TranslateSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMi4w","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x1000800","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}},{"kind":"Field","name":{"kind":"Name","value":"writable"}},{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"outside"},"name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMi4w","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x80000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranslationFault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TranslateSessionQuery, TranslateSessionQueryVariables>;
export const SessionTeardownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionTeardown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"unmap"},"name":{"kind":"Name","value":"ioasUnmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0xffffffffffffffff","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmapped"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"close"},"name":{"kind":"Name","value":"contextClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SessionTeardownMutation, SessionTeardownMutationVariables>;
export const PasidAllocateExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasidAllocateExample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"pasidAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpzcHItMDE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"min"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"max"},"value":{"kind":"IntValue","value":"1048575"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"pasidAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpzcHItMDE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"min"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"max"},"value":{"kind":"IntValue","value":"1048575"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bad"},"name":{"kind":"Name","value":"pasidAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpzcHItMDE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"min"},"value":{"kind":"IntValue","value":"0"}},{"kind":"ObjectField","name":{"kind":"Name","value":"max"},"value":{"kind":"IntValue","value":"1048576"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"unknown"},"name":{"kind":"Name","value":"pasidFree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpzcHItMDE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"pasid"},"value":{"kind":"IntValue","value":"4096"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PasidAllocateExampleMutation, PasidAllocateExampleMutationVariables>;
export const PasidAllocatorExampleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasidAllocatorExample"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"spr-01","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasidAllocator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}}]}}]}}]}}]} as unknown as DocumentNode<PasidAllocatorExampleQuery, PasidAllocatorExampleQueryVariables>;
export const NestingSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NestingSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpzcHItMDE=","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bind"},"name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDpzcHItMDEvMC8x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOnNwci0wMS8wMDAwOjZhOjAxLjA=","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ioas"},"name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDpzcHItMDEvMC8x","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestRam"},"name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczpzcHItMDEvMC8xLzI=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x0","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x40000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"userVa"},"value":{"kind":"StringValue","value":"0x7f4000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"parent"},"name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6c3ByLTAxLzAvMS8x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SW9hczpzcHItMDEvMC8xLzI=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"nestParent"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"nested"},"name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6c3ByLTAxLzAvMS8x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SHdwdFBhZ2luZzpzcHItMDEvMC8xLzM=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vtdS1"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pgtblAddr"},"value":{"kind":"StringValue","value":"0x1000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"addrWidth"},"value":{"kind":"IntValue","value":"48"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptNested"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6c3ByLTAxLzAvMS8x","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpzcHItMDEvMC8xLzQ=","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestMaps"},"name":{"kind":"Name","value":"stage1Map"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpzcHItMDEvMC8xLzQ=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"gpa"},"value":{"kind":"StringValue","value":"0x200000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage1Mappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"gpa"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dma"},"name":{"kind":"Name","value":"dmaSimulate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOnNwci0wMS8wMDAwOjZhOjAxLjA=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"access"},"value":{"kind":"EnumValue","value":"READ"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedBytes"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestUnmaps"},"name":{"kind":"Name","value":"stage1Unmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpzcHItMDEvMC8xLzQ=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestRemaps"},"name":{"kind":"Name","value":"stage1Map"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpzcHItMDEvMC8xLzQ=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"gpa"},"value":{"kind":"StringValue","value":"0x300000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<NestingSetupMutation, NestingSetupMutationVariables>;
export const BeforeInvalidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BeforeInvalidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOnNwci0wMS8wMDAwOjZhOjAxLjA=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100010","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"iotlbStale"}},{"kind":"Field","name":{"kind":"Name","value":"iotlb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BeforeInvalidationQuery, BeforeInvalidationQueryVariables>;
export const GuestInvalidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GuestInvalidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptInvalidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpzcHItMDEvMC8xLzQ=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"requests"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vtdS1"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"addr"},"value":{"kind":"StringValue","value":"0x100000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"npages"},"value":{"kind":"StringValue","value":"1","block":false}}]}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entriesHandled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<GuestInvalidatesMutation, GuestInvalidatesMutationVariables>;
export const AfterInvalidationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterInvalidation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOnNwci0wMS8wMDAwOjZhOjAxLjA=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x100010","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"iotlbStale"}},{"kind":"Field","name":{"kind":"Name","value":"iotlb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AfterInvalidationQuery, AfterInvalidationQueryVariables>;
export const FaultSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDptb2NrLTAx","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bind"},"name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMS4w","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ioas"},"name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"fault"},"name":{"kind":"Name","value":"faultQueueAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"hwpt"},"name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6bW9jay0wMS8wLzEvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"faultQueueId"},"value":{"kind":"StringValue","value":"RmF1bHRRdWV1ZTptb2NrLTAxLzAvMS8z","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"faultQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6bW9jay0wMS8wLzEvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SHdwdFBhZ2luZzptb2NrLTAxLzAvMS80","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dma"},"name":{"kind":"Name","value":"dmaSimulate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMS4w","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x1000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x800","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"access"},"value":{"kind":"EnumValue","value":"WRITE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"timeoutMs"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dirty"},"name":{"kind":"Name","value":"hwptSetDirtyTracking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdFBhZ2luZzptb2NrLTAxLzAvMS80","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"enabled"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaultSetupMutation, FaultSetupMutationVariables>;
export const FaultHandlingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultHandling"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"read"},"name":{"kind":"Name","value":"faultQueueRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"faultQueueId"},"value":{"kind":"StringValue","value":"RmF1bHRRdWV1ZTptb2NrLTAxLzAvMS8z","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cookie"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"lastPage"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answer"},"name":{"kind":"Name","value":"faultRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"faultQueueId"},"value":{"kind":"StringValue","value":"RmF1bHRRdWV1ZTptb2NrLTAxLzAvMS8z","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"cookie"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"INVALID"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"again"},"name":{"kind":"Name","value":"faultRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"faultQueueId"},"value":{"kind":"StringValue","value":"RmF1bHRRdWV1ZTptb2NrLTAxLzAvMS8z","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"cookie"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"EnumValue","value":"INVALID"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FaultHandlingMutation, FaultHandlingMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Dashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostName"},"value":{"kind":"StringValue","value":"grace-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSubscription, DashboardSubscriptionVariables>;
export const VmmDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"Vmm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vevents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostName"},"value":{"kind":"StringValue","value":"grace-01","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"veventq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]} as unknown as DocumentNode<VmmSubscription, VmmSubscriptionVariables>;
export const ScriptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Script"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDpncmFjZS0wMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bind"},"name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDpncmFjZS0wMS8wLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOmdyYWNlLTAxLzAwMDA6MDE6MDAuMA==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ioas"},"name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDpncmFjZS0wMS8wLzE=","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestRam"},"name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczpncmFjZS0wMS8wLzEvMg==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x40000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x40000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"userVa"},"value":{"kind":"StringValue","value":"0x7f4000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stage2"},"name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6Z3JhY2UtMDEvMC8xLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SW9hczpncmFjZS0wMS8wLzEvMg==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"nestParent"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"viommu"},"name":{"kind":"Name","value":"viommuAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6Z3JhY2UtMDEvMC8xLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"hwptId"},"value":{"kind":"StringValue","value":"SHdwdFBhZ2luZzpncmFjZS0wMS8wLzEvMw==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"viommuType"},"value":{"kind":"EnumValue","value":"ARM_SMMUV3"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"vdevice"},"name":{"kind":"Name","value":"vdeviceAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"viommuId"},"value":{"kind":"StringValue","value":"VmlvbW11OmdyYWNlLTAxLzAvMS80","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6Z3JhY2UtMDEvMC8xLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"virtId"},"value":{"kind":"StringValue","value":"0x42","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vdevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"stage1"},"name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6Z3JhY2UtMDEvMC8xLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"VmlvbW11OmdyYWNlLTAxLzAvMS80","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"data"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"armSmmuv3"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ste"},"value":{"kind":"ListValue","values":[{"kind":"StringValue","value":"0xb","block":false},{"kind":"StringValue","value":"0x0","block":false}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6Z3JhY2UtMDEvMC8xLzE=","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SHdwdE5lc3RlZDpncmFjZS0wMS8wLzEvNg==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"eventq"},"name":{"kind":"Name","value":"veventqAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"viommuId"},"value":{"kind":"StringValue","value":"VmlvbW11OmdyYWNlLTAxLzAvMS80","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"depth"},"value":{"kind":"IntValue","value":"16"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veventq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"dma"},"name":{"kind":"Name","value":"dmaSimulate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOmdyYWNlLTAxLzAwMDA6MDE6MDAuMA==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x9000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x10","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"access"},"value":{"kind":"EnumValue","value":"READ"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<ScriptMutation, ScriptMutationVariables>;
export const ImportSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSnapshot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"p8010","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"snapshot"},"value":{"kind":"StringValue","value":"iommufd-graph-snapshot 1\nhostname p8010\niommu dmar0\niommu-reg dmar0 intel-iommu/cap 9ed008c40780466\niommu-reg dmar0 intel-iommu/ecap 3ee9e86f050df\ndevice 0000:00:00.0\ndevice-attr 0000:00:00.0 vendor 0x8086\ndevice-attr 0000:00:00.0 device 0x2a00\ndevice-attr 0000:00:00.0 class 0x060000\ndevice-attr 0000:00:00.0 numa_node 0\ndevice-attr 0000:00:00.0 iommu dmar0\ndevice-attr 0000:00:00.0 iommu_group 0\nconfig 0000:00:00.0 8680002a06019020030000060000000000000000000000000000000000000000000000000000000000000000cf10f21300000000e00000000000000000000000\ndevice 0000:00:02.0\ndevice-attr 0000:00:02.0 vendor 0x8086\ndevice-attr 0000:00:02.0 device 0x2a02\ndevice-attr 0000:00:02.0 class 0x030000\ndevice-attr 0000:00:02.0 numa_node 0\ndevice-attr 0000:00:02.0 driver i915\ndevice-attr 0000:00:02.0 iommu dmar0\ndevice-attr 0000:00:02.0 iommu_group 1\nconfig 0000:00:02.0 8680022a070490000300000300008000040000fc000000000c0000e000000000011800000000000000000000cf10fe130000000090000000000000000b010000\ndevice 0000:1c:03.0\ndevice-attr 0000:1c:03.0 vendor 0x1217\ndevice-attr 0000:1c:03.0 device 0x7136\ndevice-attr 0000:1c:03.0 class 0x060700\ndevice-attr 0000:1c:03.0 numa_node 0\ndevice-attr 0000:1c:03.0 iommu dmar0\ndevice-attr 0000:1c:03.0 iommu_group 2\nconfig 0000:1c:03.0 17123671870010040100070600a88200002040fca00000021c1d20b0000000c000f0ffc3000000c800f0ffcb01300000fd30000001340000fd3400000b010005\ndevice 0000:1d:00.0\ndevice-attr 0000:1d:00.0 vendor 0x10b7\ndevice-attr 0000:1d:00.0 device 0x6001\ndevice-attr 0000:1d:00.0 class 0x028000\ndevice-attr 0000:1d:00.0 numa_node 0\ndevice-attr 0000:1d:00.0 iommu dmar0\ndevice-attr 0000:1d:00.0 iommu_group 2\nconfig 0000:1d:00.0 b7100160120098020100800210400000000000c800000000000000000000000000000000000000000108000027a7016000000000dc0000000000000010010a1c\ngroup 0\ngroup-attr 0 type DMA-FQ\ngroup-device 0 0000:00:00.0\ngroup-reserved 0 0x00000000fee00000 0x00000000feefffff msi\ngroup 1\ngroup-attr 1 type DMA-FQ\ngroup-device 1 0000:00:02.0\ngroup-reserved 1 0x00000000fee00000 0x00000000feefffff msi\ngroup 2\ngroup-attr 2 type DMA-FQ\ngroup-device 2 0000:1c:03.0\ngroup-device 2 0000:1d:00.0\ngroup-reserved 2 0x00000000fee00000 0x00000000feefffff msi\nend","block":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSnapshotMutation, ImportSnapshotMutationVariables>;
export const FirstPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirstPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"minPasidLog2"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"iommuSupportsNesting"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirstPageQuery, FirstPageQueryVariables>;
export const NextPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NextPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"minPasidLog2"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"iommuSupportsNesting"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"StringValue","value":"ZGV2aWNlOjE6MDAwOTowMTowMC4w","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NextPageQuery, NextPageQueryVariables>;
export const SharedGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharedGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"minDevices"},"value":{"kind":"IntValue","value":"2"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharedGroupsQuery, SharedGroupsQueryVariables>;
export const SetUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hostId"},"value":{"kind":"StringValue","value":"SG9zdDptb2NrLTAx","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bind"},"name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMi4w","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ioas"},"name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"attach"},"name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"boundDeviceId"},"value":{"kind":"StringValue","value":"Qm91bmREZXZpY2U6bW9jay0wMS8wLzEvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"ptId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"guestRam"},"name":{"kind":"Name","value":"memfdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"size"},"value":{"kind":"StringValue","value":"0x200000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"sealed"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memfd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fd"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetUpMutation, SetUpMutationVariables>;
export const MapGuestRamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MapGuestRam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"ram"},"name":{"kind":"Name","value":"ioasMapFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"fd"},"value":{"kind":"IntValue","value":"3"}},{"kind":"ObjectField","name":{"kind":"Name","value":"start"},"value":{"kind":"StringValue","value":"0","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x200000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x1000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"bounce"},"name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x2000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"userVa"},"value":{"kind":"StringValue","value":"0x7f0000000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MapGuestRamMutation, MapGuestRamMutationVariables>;
export const ChangeWhileUserMemoryMappedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeWhileUserMemoryMapped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasChangeProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ChangeWhileUserMemoryMappedMutation, ChangeWhileUserMemoryMappedMutationVariables>;
export const LiveUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"dropBounce"},"name":{"kind":"Name","value":"ioasUnmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"ioasId"},"value":{"kind":"StringValue","value":"SW9hczptb2NrLTAxLzAvMS8y","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x2000000","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"length"},"value":{"kind":"StringValue","value":"0x1000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmapped"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"newProcess"},"name":{"kind":"Name","value":"ioasChangeProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contextId"},"value":{"kind":"StringValue","value":"Q29udGV4dDptb2NrLTAxLzAvMQ==","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"memlockLimit"},"value":{"kind":"StringValue","value":"0x40000000","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPages"}},{"kind":"Field","name":{"kind":"Name","value":"memlockLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<LiveUpdateMutation, LiveUpdateMutationVariables>;
export const AfterUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AfterUpdate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"deviceId"},"value":{"kind":"StringValue","value":"RGV2aWNlOm1vY2stMDEvMDAwMDowMDowMi4w","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"iova"},"value":{"kind":"StringValue","value":"0x1000800","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}}]}}]}}]} as unknown as DocumentNode<AfterUpdateQuery, AfterUpdateQueryVariables>;
export const AccessCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Access"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<AccessCreateMutation, AccessCreateMutationVariables>;
export const AccessReplaceIoasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessReplaceIoas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessReplaceIoasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessReplaceIoas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Access"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<AccessReplaceIoasMutation, AccessReplaceIoasMutationVariables>;
export const AccessPinPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessPinPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessPinPagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessPinPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Access"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<AccessPinPagesMutation, AccessPinPagesMutationVariables>;
export const AccessUnpinPagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessUnpinPages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AccessUnpinPagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessUnpinPages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Access"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]} as unknown as DocumentNode<AccessUnpinPagesMutation, AccessUnpinPagesMutationVariables>;
export const SetDirtyTrackingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDirtyTracking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwptSetDirtyTrackingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptSetDirtyTracking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"dirtyTrackingSupported"}},{"kind":"Field","name":{"kind":"Name","value":"dirtyTrackingEnabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SetDirtyTrackingMutation, SetDirtyTrackingMutationVariables>;
export const GetDirtyBitmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetDirtyBitmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwptGetDirtyBitmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptGetDirtyBitmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bitmap"}},{"kind":"Field","name":{"kind":"Name","value":"dirtyRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GetDirtyBitmapMutation, GetDirtyBitmapMutationVariables>;
export const FaultQueueAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultQueueAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultQueueAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultQueueAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FaultQueueAllocMutation, FaultQueueAllocMutationVariables>;
export const FaultQueueReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultQueueRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultQueueReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultQueueRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cookie"}},{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"permissions"}},{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"lastPage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FaultQueueReadMutation, FaultQueueReadMutationVariables>;
export const FaultRespondDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FaultRespond"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FaultRespondInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"faultRespond"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<FaultRespondMutation, FaultRespondMutationVariables>;
export const IopfInjectDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IopfInject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IopfInjectInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iopfInject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IopfInjectMutation, IopfInjectMutationVariables>;
export const VeventqAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VeventqAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VeventqAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veventqAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veventq"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VeventqAllocMutation, VeventqAllocMutationVariables>;
export const VeventqReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VeventqRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VeventqReadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"veventqRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lostEvents"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VeventqReadMutation, VeventqReadMutationVariables>;
export const FaultQueueStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FaultQueueState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FaultQueue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"cookie"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groupId"}},{"kind":"Field","name":{"kind":"Name","value":"cookie"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FaultQueueStateQuery, FaultQueueStateQueryVariables>;
export const VeventqStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VeventqState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Veventq"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"queued"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"lostEvents"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VeventqStateQuery, VeventqStateQueryVariables>;
export const FleetDevicePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDevicePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetDevicePageQuery, FleetDevicePageQueryVariables>;
export const FleetDeviceCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetDeviceCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<FleetDeviceCountQuery, FleetDeviceCountQueryVariables>;
export const FleetGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FleetGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IommuGroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devicesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FleetGroupsQuery, FleetGroupsQueryVariables>;
export const HostListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostLists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroupsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devicesConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contextsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectsConnection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostListsQuery, HostListsQueryVariables>;
export const HostPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<HostPageQuery, HostPageQueryVariables>;
export const HwQueueAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HwQueueAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwQueueAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwQueueAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"queueType"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"nestingParentIova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"basePhys"}},{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HwQueueAllocMutation, HwQueueAllocMutationVariables>;
export const ViommuHwQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViommuHwQueues"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viommu"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViommuHwQueuesQuery, ViommuHwQueuesQueryVariables>;
export const GetHwInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GetHwInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GetHwInfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"getHwInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outDataType"}},{"kind":"Field","name":{"kind":"Name","value":"dataLen"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"zeroFilled"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<GetHwInfoMutation, GetHwInfoMutationVariables>;
export const HostOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"addressWidth"}},{"kind":"Field","name":{"kind":"Name","value":"pageSizes"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"supportsDirtyTracking"}},{"kind":"Field","name":{"kind":"Name","value":"supportsNesting"}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IntelVtdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vtdFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"capReg"}},{"kind":"Field","name":{"kind":"Name","value":"ecapReg"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ArmSmmuv3HwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"smmuFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"idr"}},{"kind":"Field","name":{"kind":"Name","value":"iidr"}},{"kind":"Field","name":{"kind":"Name","value":"aidr"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AmdHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"efr"}},{"kind":"Field","name":{"kind":"Name","value":"efr2"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MockHwInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"mockFlags"},"name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"testReg"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostOverviewQuery, HostOverviewQueryVariables>;
export const DeviceDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bdf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bdf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"classCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"numaNode"}},{"kind":"Field","name":{"kind":"Name","value":"link"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"maxWidth"}},{"kind":"Field","name":{"kind":"Name","value":"speed"}},{"kind":"Field","name":{"kind":"Name","value":"width"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invalidateQueueDepth"}},{"kind":"Field","name":{"kind":"Name","value":"pageAlignedRequest"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"smallestTranslationUnit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pri"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPageRequestCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"outstandingPageRequestAllocation"}},{"kind":"Field","name":{"kind":"Name","value":"pasidRequired"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sriov"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalVfs"}},{"kind":"Field","name":{"kind":"Name","value":"initialVfs"}},{"kind":"Field","name":{"kind":"Name","value":"numVfs"}},{"kind":"Field","name":{"kind":"Name","value":"vfOffset"}},{"kind":"Field","name":{"kind":"Name","value":"vfStride"}},{"kind":"Field","name":{"kind":"Name","value":"vfDeviceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"physicalFunction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"virtualFunctions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}},{"kind":"Field","name":{"kind":"Name","value":"executePermission"}},{"kind":"Field","name":{"kind":"Name","value":"privilegedMode"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"data"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"quirks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"hiddenRegisters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"configSpaceGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"length"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviceDetailQuery, DeviceDetailQueryVariables>;
export const ConfigSpaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConfigSpace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"length"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"view"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ConfigSpaceView"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"configSpace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"length"},"value":{"kind":"Variable","name":{"kind":"Name","value":"length"}}},{"kind":"Argument","name":{"kind":"Name","value":"view"},"value":{"kind":"Variable","name":{"kind":"Name","value":"view"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ConfigSpaceQuery, ConfigSpaceQueryVariables>;
export const PlacementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Placement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VirtualCapabilityPlacementInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtualCapabilityPlacement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"guestConfigSpace"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlacementQuery, PlacementQueryVariables>;
export const DevicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Devices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevicesQuery, DevicesQueryVariables>;
export const HostsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Hosts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HostFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hosts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostsQuery, HostsQueryVariables>;
export const NodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Nodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Host"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Device"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Iommu"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IommuGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]} as unknown as DocumentNode<NodesQuery, NodesQueryVariables>;
export const HostCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HostCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HostCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hostCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"profile"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasidAllocator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}}]}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"driver"}},{"kind":"Field","name":{"kind":"Name","value":"numaNode"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capId"}},{"kind":"Field","name":{"kind":"Name","value":"extended"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HostCreateMutation, HostCreateMutationVariables>;
export const DeviceAddDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceAdd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAddInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAdd"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"vendorId"}},{"kind":"Field","name":{"kind":"Name","value":"deviceId"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iommuGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maxPasidWidth"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"capabilities"}},{"kind":"Field","name":{"kind":"Name","value":"maxPasidLog2"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceAddMutation, DeviceAddMutationVariables>;
export const MemfdCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemfdCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemfdCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memfdCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memfd"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fd"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<MemfdCreateMutation, MemfdCreateMutationVariables>;
export const IoasMapFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasMapFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasMapFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasMapFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasMapFileMutation, IoasMapFileMutationVariables>;
export const IoasChangeProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasChangeProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasChangeProcessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasChangeProcess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPages"}},{"kind":"Field","name":{"kind":"Name","value":"memlockLimit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasChangeProcessMutation, IoasChangeProcessMutationVariables>;
export const ContextProcessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContextProcess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Context"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"process"}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPages"}},{"kind":"Field","name":{"kind":"Name","value":"memlockLimit"}},{"kind":"Field","name":{"kind":"Name","value":"memfds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fd"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContextProcessQuery, ContextProcessQueryVariables>;
export const DmabufGetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmabufGet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DmabufGetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dmabufGet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fd"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DmabufGetMutation, DmabufGetMutationVariables>;
export const DmabufRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmabufRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DmabufRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dmabufRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fd"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DmabufRevokeMutation, DmabufRevokeMutationVariables>;
export const DeviceIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeviceIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"host"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"host"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"devices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeviceIdsQuery, DeviceIdsQueryVariables>;
export const ContextOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContextOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ContextOpenMutation, ContextOpenMutationVariables>;
export const ContextCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ContextClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContextCloseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contextClose"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyed"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ContextCloseMutation, ContextCloseMutationVariables>;
export const DeviceBindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceBind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceBindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceBind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"binding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceBindMutation, DeviceBindMutationVariables>;
export const DeviceUnbindDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceUnbind"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceUnbindInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceUnbind"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}},{"kind":"Field","name":{"kind":"Name","value":"binding"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceUnbindMutation, DeviceUnbindMutationVariables>;
export const DeviceAttachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceAttach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAttachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceAttach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptPaging"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoDomain"}},{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedHwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceAttachMutation, DeviceAttachMutationVariables>;
export const DeviceReplaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceReplace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceAttachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceReplace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedHwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceReplaceMutation, DeviceReplaceMutationVariables>;
export const DeviceDetachDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeviceDetach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeviceDetachInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deviceDetach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"boundDevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedHwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeviceDetachMutation, DeviceDetachMutationVariables>;
export const ObjectDestroyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ObjectDestroy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectDestroyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectDestroy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"destroyedId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectDestroyMutation, ObjectDestroyMutationVariables>;
export const IoasAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"iovaAlignment"}},{"kind":"Field","name":{"kind":"Name","value":"hugePages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasAllocMutation, IoasAllocMutationVariables>;
export const IoasMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasMapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasMap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasMapMutation, IoasMapMutationVariables>;
export const IoasCopyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasCopy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasCopyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasCopy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dstIova"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasCopyMutation, IoasCopyMutationVariables>;
export const IoasUnmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasUnmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasUnmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasUnmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unmapped"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasUnmapMutation, IoasUnmapMutationVariables>;
export const IoasAllowIovasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasAllowIovas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasAllowIovasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasAllowIovas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allowedIovas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasAllowIovasMutation, IoasAllowIovasMutationVariables>;
export const IoasSetHugePagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasSetHugePages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasSetHugePagesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasSetHugePages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hugePages"}},{"kind":"Field","name":{"kind":"Name","value":"iovaAlignment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasSetHugePagesMutation, IoasSetHugePagesMutationVariables>;
export const IoasAddReservedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IoasAddReserved"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IoasAddReservedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioasAddReserved"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservedRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IoasAddReservedMutation, IoasAddReservedMutationVariables>;
export const HwptAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HwptAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwptAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"pasidCompatible"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptPaging"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"autoDomain"}},{"kind":"Field","name":{"kind":"Name","value":"nestParent"}},{"kind":"Field","name":{"kind":"Name","value":"dirtyTrackingSupported"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HwptAllocMutation, HwptAllocMutationVariables>;
export const IoasStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IoasState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ioas"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"iovaRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iovaAlignment"}},{"kind":"Field","name":{"kind":"Name","value":"allowedIovas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reservedRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hugePages"}},{"kind":"Field","name":{"kind":"Name","value":"hwpts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"autoDomain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}},{"kind":"Field","name":{"kind":"Name","value":"writable"}},{"kind":"Field","name":{"kind":"Name","value":"userVa"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IoasStateQuery, IoasStateQueryVariables>;
export const ContextStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContextState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Context"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pinnedPages"}},{"kind":"Field","name":{"kind":"Name","value":"objects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContextStateQuery, ContextStateQueryVariables>;
export const TranslateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Translate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranslateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}},{"kind":"Field","name":{"kind":"Name","value":"writable"}},{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranslationFault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<TranslateQuery, TranslateQueryVariables>;
export const TranslateBatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TranslateBatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranslateBatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translateBatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"pageSize"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranslationFault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TranslateBatchQuery, TranslateBatchQueryVariables>;
export const HostContextsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HostContexts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contexts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objects"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HostContextsQuery, HostContextsQueryVariables>;
export const IommuOptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IommuOption"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IommuOptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iommuOption"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"val64"}},{"kind":"Field","name":{"kind":"Name","value":"context"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"accountMode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<IommuOptionMutation, IommuOptionMutationVariables>;
export const NestedHwptAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NestedHwptAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwptAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptNested"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataType"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HwptPaging"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nestParent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<NestedHwptAllocMutation, NestedHwptAllocMutationVariables>;
export const Stage1MapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Stage1Map"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage1MapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage1Map"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage1Mappings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"last"}},{"kind":"Field","name":{"kind":"Name","value":"gpa"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<Stage1MapMutation, Stage1MapMutationVariables>;
export const Stage1UnmapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Stage1Unmap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Stage1UnmapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage1Unmap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<Stage1UnmapMutation, Stage1UnmapMutationVariables>;
export const HwptInvalidateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HwptInvalidate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"HwptInvalidateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hwptInvalidate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entriesHandled"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<HwptInvalidateMutation, HwptInvalidateMutationVariables>;
export const ViommuAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ViommuAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ViommuAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viommuAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"viommuType"}},{"kind":"Field","name":{"kind":"Name","value":"iommu"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ViommuAllocMutation, ViommuAllocMutationVariables>;
export const VdeviceAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VdeviceAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VdeviceAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vdeviceAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vdevice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<VdeviceAllocMutation, VdeviceAllocMutationVariables>;
export const DmaSimulateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DmaSimulate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DmaSimulateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dmaSimulate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completedBytes"}},{"kind":"Field","name":{"kind":"Name","value":"faults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DmaSimulateMutation, DmaSimulateMutationVariables>;
export const NestedTranslateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NestedTranslate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TranslateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"translate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Translation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"physicalAddress"}},{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}},{"kind":"Field","name":{"kind":"Name","value":"iotlbStale"}},{"kind":"Field","name":{"kind":"Name","value":"iotlb"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intermediateAddress"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TranslationFault"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"iotlbStale"}}]}}]}}]}}]} as unknown as DocumentNode<NestedTranslateQuery, NestedTranslateQueryVariables>;
export const ViommuStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ViommuState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Viommu"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vdevices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"virtId"}},{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"device"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bdf"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ViommuStateQuery, ViommuStateQueryVariables>;
export const PasidAllocatorStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PasidAllocatorState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"host"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pasidAllocator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerContext"}}]}}]}}]}}]} as unknown as DocumentNode<PasidAllocatorStateQuery, PasidAllocatorStateQueryVariables>;
export const PasidAllocDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasidAlloc"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasidAllocInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasidAlloc"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PasidAllocMutation, PasidAllocMutationVariables>;
export const PasidFreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PasidFree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PasidFreeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasidFree"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PasidFreeMutation, PasidFreeMutationVariables>;
export const BoundDeviceStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoundDeviceState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BoundDevice"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachedHwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pasidAttachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pasid"}},{"kind":"Field","name":{"kind":"Name","value":"hwpt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectId"}},{"kind":"Field","name":{"kind":"Name","value":"pasidCompatible"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoundDeviceStateQuery, BoundDeviceStateQueryVariables>;
export const VfioContextStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VfioContextState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Context"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioApiVersion"}},{"kind":"Field","name":{"kind":"Name","value":"vfioIoas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hugePages"}},{"kind":"Field","name":{"kind":"Name","value":"mappings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iova"}},{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"readable"}},{"kind":"Field","name":{"kind":"Name","value":"writable"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VfioContextStateQuery, VfioContextStateQueryVariables>;
export const VfioIoasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioIoas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioIoasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioIoas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioIoasMutation, VfioIoasMutationVariables>;
export const VfioCheckExtensionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioCheckExtension"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioCheckExtensionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioCheckExtension"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioCheckExtensionMutation, VfioCheckExtensionMutationVariables>;
export const VfioSetIommuDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioSetIommu"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioSetIommuInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioSetIommu"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hugePages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioSetIommuMutation, VfioSetIommuMutationVariables>;
export const VfioIommuGetInfoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioIommuGetInfo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioIommuGetInfoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioIommuGetInfo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"argsz"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"iovaPgsizes"}},{"kind":"Field","name":{"kind":"Name","value":"capOffset"}},{"kind":"Field","name":{"kind":"Name","value":"caps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"next"}},{"kind":"Field","name":{"kind":"Name","value":"avail"}},{"kind":"Field","name":{"kind":"Name","value":"iovaRanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"last"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioIommuGetInfoMutation, VfioIommuGetInfoMutationVariables>;
export const VfioIommuMapDmaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioIommuMapDma"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioIommuMapDmaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioIommuMapDma"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ioas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioIommuMapDmaMutation, VfioIommuMapDmaMutationVariables>;
export const VfioIommuUnmapDmaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VfioIommuUnmapDma"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VfioIommuUnmapDmaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vfioIommuUnmapDma"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VfioErrors"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VfioErrors"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]} as unknown as DocumentNode<VfioIommuUnmapDmaMutation, VfioIommuUnmapDmaMutationVariables>;