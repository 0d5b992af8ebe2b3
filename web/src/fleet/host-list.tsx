// Every host with its source and its IOMMUs' capability badges.
import { Link } from 'wouter-preact';
import { hostPath } from '../common/links.ts';
import type { FleetHostsQuery } from '../gql/graphql.ts';

type Host = FleetHostsQuery['hosts']['edges'][number]['node'];

export function IommuBadges({ iommu }: { iommu: Host['iommus'][number] }) {
  return (
    <span class="badges">
      <span class="badge type">{iommu.type}</span>
      {iommu.supportsNesting && <span class="badge yes">nesting</span>}
      {iommu.supportsDirtyTracking && <span class="badge yes">dirty tracking</span>}
      {iommu.maxPasidLog2 > 0 ? (
        <span class="badge yes">PASID {iommu.maxPasidLog2} bits</span>
      ) : (
        <span class="badge no">no PASID</span>
      )}
    </span>
  );
}

export function HostList({ hosts }: { hosts: readonly Host[] }) {
  return (
    <section class="panel">
      <h2>Hosts</h2>
      <ul class="hosts" data-testid="host-list">
        {hosts.map((host) => (
          <li key={host.id} class="host-card" data-host={host.name}>
            <h3>
              <Link href={hostPath(host.name)}>{host.name}</Link>{' '}
              <span class={`badge source source-${host.source.toLowerCase()}`}>{host.source}</span>
            </h3>
            <p class="muted">
              {host.profile} · {host.devices.totalCount} devices
            </p>
            <ul>
              {host.iommus.map((iommu) => (
                <li key={iommu.id}>
                  <span class="mono">{iommu.name}</span> <IommuBadges iommu={iommu} />
                </li>
              ))}
              {host.iommus.length === 0 && <li class="muted">no IOMMU</li>}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
