// Imports every domain file (each registers its types on the builder) and builds the schema.
import { builder } from './builder.ts';
import './common.ts';
import './inventory/iommu.ts';
import './inventory/group.ts';
import './inventory/device.ts';
import './inventory/host.ts';
import './inventory/queries.ts';
import './iommufd/objects.ts';
import './iommufd/links.ts';
import './iommufd/device-mutations.ts';
import './iommufd/ioas-mutations.ts';
import './iommufd/hwpt-mutations.ts';
import './iommufd/nested.ts';
import './iommufd/nested-mutations.ts';
import './iommufd/dirty.ts';
import './iommufd/eventq.ts';
import './iommufd/eventq-mutations.ts';
import './iommufd/eventq-subscriptions.ts';
import './translation.ts';
import './pasid.ts';
import './events.ts';
import './object-events.ts';

export const schema = builder.toSchema();
