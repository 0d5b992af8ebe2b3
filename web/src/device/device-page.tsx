// A device: its config space map with the proposed vPASID placement, decoded registers, GET_HW_INFO, its group and
// its binding.
import { useQuery } from '@urql/preact';
import { Link } from 'wouter-preact';
import { hex, pciId } from '../common/hex.ts';
import { HwInfoTable } from '../common/hw-info.tsx';
import { devicePath, hostPath } from '../common/links.ts';
import { graphql } from '../gql/index.ts';
import { ConfigSpaceMap } from './config-space-map.tsx';
import { DecodedFields } from './decoded-fields.tsx';
import { layoutConfigSpace } from './map-layout.ts';

const DeviceView = graphql(`
  query DeviceView($host: String!, $bdf: String!) {
    host(name: $host) {
      name
      device(bdf: $bdf) {
        id
        bdf
        name
        vendorId
        deviceId
        classCode
        driver
        numaNode
        iommu { name type }
        physicalFunction { bdf }
        virtualFunctions { bdf }
        capabilities { name capId offset size extended version }
        configSpaceGaps { offset length }
        quirks { description hiddenRegisters { offset length } }
        virtualCapabilityPlacement { offset reason warnings }
        pasid { maxPasidWidth executePermission privilegedMode enabled source { bdf } }
        ats { invalidateQueueDepth pageAlignedRequest smallestTranslationUnit enabled }
        pri { outstandingPageRequestCapacity outstandingPageRequestAllocation pasidRequired enabled }
        acs { capabilities enabled }
        sriov { totalVfs numVfs initialVfs vfDeviceId vfOffset vfStride }
        link { maxSpeed maxWidth speed width }
        hwInfo { type maxPasidLog2 capabilities data { ...HwInfoFields } }
        iommuGroup { number type devices { bdf name } }
        binding {
          objectId
          context { id }
          attachedHwpt { __typename objectId }
          pasidAttachments { pasid }
          vdevice { virtId }
        }
      }
    }
  }
`);

export function DevicePage({ host, bdf }: { host: string; bdf: string }) {
  const [result] = useQuery({
    query: DeviceView,
    variables: { host, bdf },
    requestPolicy: 'cache-and-network',
  });
  if (result.error) return <p class="error">{result.error.message}</p>;
  const device = result.data?.host?.device;
  if (result.fetching && !device) return <p class="muted">Loading…</p>;
  if (!device)
    return (
      <p>
        No device {bdf} on {host}.
      </p>
    );
  const placement = device.virtualCapabilityPlacement;
  const regions = layoutConfigSpace({
    capabilities: device.capabilities,
    gaps: device.configSpaceGaps,
    hidden: device.quirks.flatMap((q) =>
      q.hiddenRegisters.map((r) => ({ ...r, description: q.description })),
    ),
    placement: { offset: placement.offset },
  });
  const others = device.iommuGroup?.devices.filter((d) => d.bdf !== device.bdf) ?? [];
  return (
    <div class="device-view">
      <h1>
        <span class="mono">{device.bdf}</span> {device.name}
      </h1>
      <p class="muted">
        <Link href={hostPath(host)}>{host}</Link> · {pciId(device.vendorId, device.deviceId)} · class{' '}
        {hex(device.classCode, 6)} · driver {device.driver ?? 'none'}
        {device.numaNode != null && ` · NUMA node ${device.numaNode}`}
        {device.physicalFunction && (
          <>
            {' '}
            · VF of{' '}
            <Link href={devicePath(host, device.physicalFunction.bdf)}>{device.physicalFunction.bdf}</Link>
          </>
        )}
      </p>
      <div class="device-layout">
        <section class="panel">
          <h2>Config space</h2>
          <ConfigSpaceMap regions={regions} />
          <ul class="legend">
            <li class="legend-capability">capability</li>
            <li class="legend-gap">free (configSpaceGaps)</li>
            <li class="legend-hidden">quirk / hidden register</li>
            <li class="legend-placement">proposed vPASID</li>
          </ul>
          <div class="placement" data-testid="placement">
            <h3>Proposed vPASID placement: {placement.offset == null ? 'none' : hex(placement.offset, 3)}</h3>
            <p>{placement.reason}</p>
            {placement.warnings.length > 0 && (
              <ul class="warnings">
                {placement.warnings.map((w) => (
                  <li key={w}>⚠ {w}</li>
                ))}
              </ul>
            )}
          </div>
          <table data-testid="capabilities">
            <thead>
              <tr>
                <th>Offset</th>
                <th>Capability</th>
                <th>ID</th>
                <th>Size</th>
              </tr>
            </thead>
            <tbody>
              {device.capabilities.map((c) => (
                <tr key={c.offset}>
                  <td class="mono">{hex(c.offset, 3)}</td>
                  <td>
                    {c.extended ? '[ext] ' : ''}
                    {c.name}
                    {c.version != null && ` v${c.version}`}
                  </td>
                  <td class="mono">{hex(c.capId, 2)}</td>
                  <td>{c.size ?? '?'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <div>
          <section class="panel">
            <h2>Decoded registers</h2>
            <DecodedFields device={device} />
          </section>
          <section class="panel">
            <h2>IOMMU</h2>
            {device.hwInfo ? (
              <>
                <p>
                  {device.iommu?.name} ({device.hwInfo.type}) · PASID {device.hwInfo.maxPasidLog2} bits ·{' '}
                  {device.hwInfo.capabilities.join(', ') || 'no capability flags'}
                </p>
                <HwInfoTable info={device.hwInfo.data} />
              </>
            ) : (
              <p class="muted">No IOMMU.</p>
            )}
          </section>
          <section class="panel">
            <h2>Group {device.iommuGroup?.number ?? '—'}</h2>
            {others.length === 0 ? (
              <p class="muted">Alone in its group.</p>
            ) : (
              <ul data-testid="group-members">
                {others.map((d) => (
                  <li key={d.bdf}>
                    <Link href={devicePath(host, d.bdf)}>{d.bdf}</Link> {d.name}
                  </li>
                ))}
              </ul>
            )}
            {device.virtualFunctions.length > 0 && (
              <p>
                VFs:{' '}
                {device.virtualFunctions.map((vf) => (
                  <Link key={vf.bdf} href={devicePath(host, vf.bdf)}>
                    {vf.bdf}{' '}
                  </Link>
                ))}
              </p>
            )}
          </section>
          <section class="panel">
            <h2>Binding</h2>
            {device.binding ? (
              <p data-testid="binding">
                bound as object #{device.binding.objectId}
                {device.binding.attachedHwpt
                  ? `, attached to ${device.binding.attachedHwpt.__typename} #${device.binding.attachedHwpt.objectId}`
                  : ', not attached'}
                {device.binding.pasidAttachments.length > 0 &&
                  `, PASIDs ${device.binding.pasidAttachments.map((p) => p.pasid).join(', ')}`}
                {device.binding.vdevice && `, vDEVICE virtId ${device.binding.vdevice.virtId}`}
              </p>
            ) : (
              <p class="muted" data-testid="binding">
                Not bound to any iommufd context.
              </p>
            )}
          </section>
        </div>
      </div>
    </div>
  );
}
