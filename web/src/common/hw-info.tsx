// GET_HW_INFO's vendor data (struct iommu_hw_info_vtd / _arm_smmuv3 / _amd / the selftest's) as a small table.

import type { HwInfoFieldsFragment } from '../gql/graphql.ts';
import { graphql } from '../gql/index.ts';

export const HwInfoFields = graphql(`
  fragment HwInfoFields on IommuHwInfo {
    __typename
    ... on IntelVtdHwInfo { capReg ecapReg vtdFlags: flags }
    ... on ArmSmmuv3HwInfo { flags idr iidr aidr }
    ... on AmdHwInfo { efr efr2 }
    ... on MockHwInfo { flags testReg }
  }
`);

const u32 = (n: number) => `0x${(n >>> 0).toString(16).padStart(8, '0')}`;

function rows(info: HwInfoFieldsFragment): [string, string][] {
  switch (info.__typename) {
    case 'IntelVtdHwInfo':
      return [
        ['cap_reg', info.capReg],
        ['ecap_reg', info.ecapReg],
        ['flags', info.vtdFlags],
      ];
    case 'ArmSmmuv3HwInfo':
      return [
        ...info.idr.map((v, i): [string, string] => [`IDR${i}`, u32(v)]),
        ['IIDR', u32(info.iidr)],
        ['AIDR', u32(info.aidr)],
        ['flags', u32(info.flags)],
      ];
    case 'AmdHwInfo':
      return [
        ['EFR', info.efr],
        ['EFR2', info.efr2],
      ];
    case 'MockHwInfo':
      return [
        ['test_reg', u32(info.testReg)],
        ['flags', u32(info.flags)],
      ];
    default:
      return [];
  }
}

export function HwInfoTable({ info }: { info: HwInfoFieldsFragment }) {
  return (
    <table class="kv" data-testid="hw-info">
      <caption>GET_HW_INFO ({info.__typename?.replace('HwInfo', '')})</caption>
      <tbody>
        {rows(info).map(([k, v]) => (
          <tr key={k}>
            <th>{k}</th>
            <td class="mono">{v}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
