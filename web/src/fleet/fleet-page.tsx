// `/`: hosts, the filtered device table and the live feed; host and device events refresh the first two.
import { useQuery } from '@urql/preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { EventFeed } from '../events/event-feed.tsx';
import { useLiveEvents } from '../events/use-live-events.ts';
import type { DeviceFilter } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';
import { deviceFilterFields } from './device-filter-fields.ts';
import { DeviceFilterForm } from './device-filter-form.tsx';
import { DeviceTable } from './device-table.tsx';
import { HostList } from './host-list.tsx';

const FleetHosts = graphql(`
  query FleetHosts {
    hosts(first: 100) {
      edges {
        node {
          id
          name
          source
          profile
          devices { totalCount }
          iommus { id name type supportsNesting supportsDirtyTracking maxPasidLog2 }
        }
      }
    }
  }
`);

export function FleetPage() {
  const events = useLiveEvents();
  const [hosts, reexecuteHosts] = useQuery({ query: FleetHosts });
  const [filter, setFilter] = useState<DeviceFilter>({});
  useEffect(() => {
    if (events.fleetVersion > 0) reexecuteHosts({ requestPolicy: 'network-only' });
  }, [events.fleetVersion, reexecuteHosts]);
  const hostList = hosts.data?.hosts.edges.map((e) => e.node) ?? [];
  const hostNames = hostList.map((h) => h.name).join('\n');
  const fields = useMemo(() => deviceFilterFields(hostNames ? hostNames.split('\n') : []), [hostNames]);

  return (
    <div class="fleet">
      <div class="fleet-main">
        {hosts.error && <p class="error">{hosts.error.message}</p>}
        <HostList hosts={hostList} />
        <section class="panel">
          <h2>Filter devices</h2>
          <DeviceFilterForm fields={fields} onApply={setFilter} />
        </section>
        <DeviceTable filter={filter} fleetVersion={events.fleetVersion} />
      </div>
      <EventFeed events={events} />
    </div>
  );
}
