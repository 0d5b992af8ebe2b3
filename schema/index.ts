// Imports every domain file (each registers its types on the builder) and builds the schema.
import { builder } from './builder.ts';
import './common.ts';
import './inventory/iommu.ts';
import './inventory/group.ts';
import './inventory/device.ts';
import './inventory/host.ts';
import './inventory/queries.ts';
import './iommufd/context.ts';
import './iommufd/connections.ts';
import './iommufd/device.ts';
import './iommufd/ioas.ts';
import './iommufd/hwpt.ts';
import './iommufd/hwpt-nested.ts';
import './iommufd/viommu.ts';
import './iommufd/dma.ts';
import './inventory/fleet-groups.ts';
import './iommufd/dirty.ts';
import './iommufd/fault-queue.ts';
import './iommufd/veventq.ts';
import './iommufd/hw-queue.ts';
import './iommufd/hw-info.ts';
import './iommufd/vfio-compat.ts';
import './translation.ts';
import './pasid.ts';
import './events.ts';
import './object-events.ts';

export const schema = builder.toSchema();
