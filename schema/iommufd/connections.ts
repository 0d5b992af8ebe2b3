// Connection siblings of the iommufd lists that can grow: a host's open contexts, a context's objects.

import { contextCursor, objectCursor } from '../../adapters/cursors.ts';
import { contextsOf } from '../../hw-model/iommufd/index.ts';
import { sortedKeys } from '../../hw-model/query/key-streams.ts';
import { builder } from '../builder.ts';
import { totalCountField } from '../connections.ts';
import { keysetPage, nodesField } from '../keyset.ts';
import { ContextRef, HostRef, IommufdObjectRef } from '../refs.ts';

builder.objectField(HostRef, 'contextsConnection', (t) =>
  t.connection(
    {
      type: ContextRef,
      description:
        'Open iommufd contexts in open order, as a connection (contexts is the same as a plain list).',
      resolve: (h, args) => {
        const bySerial = new Map(contextsOf(h).map((c) => [c.serial, c]));
        return keysetPage(
          sortedKeys([...bySerial.keys()]),
          args,
          contextCursor,
          (serial) => bySerial.get(serial)!,
        );
      },
    },
    {
      name: 'ContextConnection',
      fields: (t) => ({ ...totalCountField(t), ...nodesField(ContextRef)(t) }),
    },
    { name: 'ContextEdge' },
  ),
);

builder.objectField(ContextRef, 'objectsConnection', (t) =>
  t.connection(
    {
      type: IommufdObjectRef,
      description:
        'Every live object in object-ID order, as a connection (objects is the same as a plain list).',
      resolve: (c, args) => {
        const byId = new Map(c.objects().map((o) => [o.id, o]));
        return keysetPage(sortedKeys([...byId.keys()]), args, objectCursor, (id) => byId.get(id)!);
      },
    },
    {
      name: 'IommufdObjectConnection',
      fields: (t) => ({ ...totalCountField(t), ...nodesField(IommufdObjectRef)(t) }),
    },
    { name: 'IommufdObjectEdge' },
  ),
);
