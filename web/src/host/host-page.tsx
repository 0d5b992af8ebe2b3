// A host: its IOMMU units with GET_HW_INFO, its groups with members and reserved regions, its open contexts.
import { useQuery } from '@urql/preact';
import { Link } from 'wouter-preact';
import { HwInfoTable } from '../common/hw-info.tsx';
import { devicePath } from '../common/links.ts';
import { IommuBadges } from '../fleet/host-list.tsx';
import { graphql } from '../gql/index.ts';

const HostView = graphql(`
  query HostView($name: String!) {
    host(name: $name) {
      id
      name
      source
      profile
      iommus {
        id
        name
        type
        addressWidth
        pageSizes
        supportsNesting
        supportsDirtyTracking
        maxPasidLog2
        devices { bdf }
        hwInfo { ...HwInfoFields }
      }
      iommuGroups {
        id
        number
        type
        devices { bdf name }
        reservedRegions { start last type }
      }
      contexts {
        id
        pinnedPages
        memlockLimit
        objects { __typename id objectId type }
      }
    }
  }
`);

export function HostPage({ name }: { name: string }) {
  const [result] = useQuery({ query: HostView, variables: { name }, requestPolicy: 'cache-and-network' });
  if (result.error) return <p class="error">{result.error.message}</p>;
  const host = result.data?.host;
  if (result.fetching && !host) return <p class="muted">Loading…</p>;
  if (!host) return <p>No host named {name}.</p>;
  return (
    <div class="host-view">
      <h1>
        {host.name} <span class={`badge source source-${host.source.toLowerCase()}`}>{host.source}</span>
      </h1>
      <p class="muted">profile {host.profile}</p>
      <section class="panel">
        <h2>IOMMU units</h2>
        <div class="cards">
          {host.iommus.map((iommu) => (
            <article key={iommu.id} class="card" data-iommu={iommu.name}>
              <h3 class="mono">{iommu.name}</h3>
              <IommuBadges iommu={iommu} />
              <p>
                {iommu.addressWidth}-bit IOVA · pages {iommu.pageSizes.join(', ')} · {iommu.devices.length}{' '}
                devices
              </p>
              <HwInfoTable info={iommu.hwInfo} />
            </article>
          ))}
        </div>
      </section>
      <section class="panel">
        <h2>IOMMU groups</h2>
        <table data-testid="groups">
          <thead>
            <tr>
              <th>Group</th>
              <th>Type</th>
              <th>Members</th>
              <th>Reserved regions</th>
            </tr>
          </thead>
          <tbody>
            {host.iommuGroups.map((group) => (
              <tr key={group.id}>
                <td>{group.number}</td>
                <td>{group.type}</td>
                <td>
                  {group.devices.map((d) => (
                    <div key={d.bdf}>
                      <Link href={devicePath(host.name, d.bdf)}>{d.bdf}</Link> {d.name}
                    </div>
                  ))}
                </td>
                <td class="mono">
                  {group.reservedRegions.map((r) => (
                    <div key={`${r.start}-${r.type}`}>
                      {r.start}-{r.last} {r.type.toLowerCase()}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section class="panel">
        <h2>Open iommufd contexts</h2>
        {host.contexts.length === 0 && <p class="muted">None open.</p>}
        {host.contexts.map((ctx) => (
          <article key={ctx.id} class="card">
            <p>
              {ctx.objects.length} objects · {ctx.pinnedPages} pages pinned of memlock {ctx.memlockLimit}
            </p>
            <ul>
              {ctx.objects.map((o) => (
                <li key={o.id}>
                  #{o.objectId} {o.type} <span class="muted">({o.__typename})</span>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </section>
    </div>
  );
}
