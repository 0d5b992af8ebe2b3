// The capability registers the API decodes (PASID, ATS, PRI, ACS, SR-IOV, the PCIe link) as key/value tables.
import type { DeviceViewQuery } from '../gql/graphql.ts';

type Device = NonNullable<NonNullable<DeviceViewQuery['host']>['device']>;
type Row = [string, string | number | boolean | null | undefined];

const yesNo = (b: boolean) => (b ? 'yes' : 'no');

function Table({ title, rows, testId }: { title: string; rows: Row[]; testId: string }) {
  return (
    <table class="kv" data-testid={testId}>
      <caption>{title}</caption>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td>{v == null ? '—' : String(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DecodedFields({ device }: { device: Device }) {
  const { pasid, ats, pri, acs, sriov, link } = device;
  return (
    <div class="cards decoded">
      {pasid && (
        <Table
          testId="decoded-pasid"
          title={`PASID${pasid.source.bdf !== device.bdf ? ` (from PF ${pasid.source.bdf})` : ''}`}
          rows={[
            ['max PASID width', pasid.maxPasidWidth],
            ['execute permission', yesNo(pasid.executePermission)],
            ['privileged mode', yesNo(pasid.privilegedMode)],
            ['enabled', yesNo(pasid.enabled)],
          ]}
        />
      )}
      {ats && (
        <Table
          testId="decoded-ats"
          title="ATS"
          rows={[
            ['invalidate queue depth', ats.invalidateQueueDepth],
            ['page aligned request', yesNo(ats.pageAlignedRequest)],
            ['smallest translation unit', ats.smallestTranslationUnit],
            ['enabled', yesNo(ats.enabled)],
          ]}
        />
      )}
      {pri && (
        <Table
          testId="decoded-pri"
          title="PRI"
          rows={[
            ['outstanding page request capacity', pri.outstandingPageRequestCapacity],
            ['allocation', pri.outstandingPageRequestAllocation],
            ['PASID required', yesNo(pri.pasidRequired)],
            ['enabled', yesNo(pri.enabled)],
          ]}
        />
      )}
      {acs && (
        <Table
          testId="decoded-acs"
          title="ACS"
          rows={[
            ['capabilities', acs.capabilities.join(', ')],
            ['enabled', acs.enabled.join(', ') || 'none'],
          ]}
        />
      )}
      {sriov && (
        <Table
          testId="decoded-sriov"
          title="SR-IOV"
          rows={[
            ['VFs', `${sriov.numVfs} of ${sriov.totalVfs} (initial ${sriov.initialVfs})`],
            ['VF device ID', `0x${sriov.vfDeviceId.toString(16).padStart(4, '0')}`],
            ['first VF offset / stride', `${sriov.vfOffset} / ${sriov.vfStride}`],
          ]}
        />
      )}
      {link && (
        <Table
          testId="decoded-link"
          title="PCIe link"
          rows={[
            ['capable', `${link.maxSpeed} x${link.maxWidth}`],
            ['status', link.speed ? `${link.speed} x${link.width}` : null],
          ]}
        />
      )}
    </div>
  );
}
