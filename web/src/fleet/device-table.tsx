// Devices across the fleet, filtered and paged with the connection's cursors.
import { useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { pciId } from '../common/hex.ts';
import { devicePath, hostPath } from '../common/links.ts';
import type { DeviceFilter } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

export const PAGE_SIZE = 10;

const FleetDevices = graphql(`
  query FleetDevices($filter: DeviceFilter, $first: Int, $after: String, $last: Int, $before: String) {
    devices(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges {
        cursor
        node {
          id
          bdf
          name
          vendorId
          deviceId
          driver
          host { name }
          iommu { name type }
          iommuGroup { number }
          physicalFunction { bdf }
          hwInfo { maxPasidLog2 capabilities }
        }
      }
    }
  }
`);

type Page = { first: number; after?: string } | { last: number; before?: string };

export function DeviceTable({ filter, fleetVersion }: { filter: DeviceFilter; fleetVersion: number }) {
  const [page, setPage] = useState<Page>({ first: PAGE_SIZE });
  useEffect(() => setPage({ first: PAGE_SIZE }), [filter]);
  const [result, reexecute] = useQuery({ query: FleetDevices, variables: { filter, ...page } });
  useEffect(() => {
    if (fleetVersion > 0) reexecute({ requestPolicy: 'network-only' });
  }, [fleetVersion, reexecute]);

  const devices = result.data?.devices;
  return (
    <section class="panel">
      <h2>
        Devices{' '}
        {devices && (
          <span class="muted" data-testid="device-count">
            {devices.totalCount} matching
          </span>
        )}
      </h2>
      {result.error && <p class="error">{result.error.message}</p>}
      <table class="devices" data-testid="device-table">
        <thead>
          <tr>
            <th>BDF</th>
            <th>Host</th>
            <th>Device</th>
            <th>ID</th>
            <th>IOMMU</th>
            <th>Group</th>
            <th>PASID</th>
            <th>GET_HW_INFO capabilities</th>
            <th>Driver</th>
          </tr>
        </thead>
        <tbody>
          {devices?.edges.map(({ node }) => (
            <tr key={node.id}>
              <td>
                <Link href={devicePath(node.host.name, node.bdf)}>{node.bdf}</Link>
                {node.physicalFunction && <span class="badge">VF</span>}
              </td>
              <td>
                <Link href={hostPath(node.host.name)}>{node.host.name}</Link>
              </td>
              <td>{node.name ?? ''}</td>
              <td class="mono">{pciId(node.vendorId, node.deviceId)}</td>
              <td>{node.iommu ? `${node.iommu.name} (${node.iommu.type})` : '—'}</td>
              <td>{node.iommuGroup?.number ?? '—'}</td>
              <td>{node.hwInfo?.maxPasidLog2 ? `${node.hwInfo.maxPasidLog2} bits` : '—'}</td>
              <td>{node.hwInfo?.capabilities.join(', ')}</td>
              <td>{node.driver ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager">
        <button
          type="button"
          disabled={!devices?.pageInfo.hasPreviousPage}
          onClick={() => setPage({ last: PAGE_SIZE, before: devices?.pageInfo.startCursor ?? undefined })}
        >
          ← Previous
        </button>
        <button
          type="button"
          disabled={!devices?.pageInfo.hasNextPage}
          onClick={() => setPage({ first: PAGE_SIZE, after: devices?.pageInfo.endCursor ?? undefined })}
        >
          Next →
        </button>
      </nav>
    </section>
  );
}
