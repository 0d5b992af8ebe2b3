// The config space as an SVG: 4096 bytes in rows of 128, capabilities as labelled blocks at their offsets, gaps,
// quirk registers and the proposed vPASID placement drawn over them.
import { hex } from '../common/hex.ts';
import { fitLabel, type Region, segments } from './map-layout.ts';

const BYTES_PER_ROW = 128;
const PX_PER_BYTE = 6;
const ROW_HEIGHT = 22;
const GUTTER = 44;
const ROWS = 4096 / BYTES_PER_ROW;

const ORDER: Record<Region['kind'], number> = { gap: 0, header: 1, capability: 2, hidden: 3, placement: 4 };

function Block({ region }: { region: Region }) {
  const parts = segments(region.start, region.length, BYTES_PER_ROW);
  const title = `${region.name} @ ${hex(region.start, 3)}, ${region.length} bytes${region.sizeKnown ? '' : ' (size not known: drawn to the next known item)'}`;
  return (
    <g
      class={`region region-${region.kind}${region.extended ? ' extended' : ''}${region.sizeKnown ? '' : ' size-unknown'}`}
      data-kind={region.kind}
      data-name={region.name}
      data-offset={hex(region.start, 3)}
      aria-label={title}
    >
      <title>{title}</title>
      {parts.map((s, i) => {
        const x = GUTTER + s.column * PX_PER_BYTE;
        const y = s.row * ROW_HEIGHT + 2;
        const width = s.length * PX_PER_BYTE;
        const label = i === 0 && region.kind !== 'gap' ? fitLabel(region.shortName, width) : '';
        return (
          <g key={s.row}>
            <rect x={x} y={y} width={width} height={ROW_HEIGHT - 4} rx={2} />
            {label && (
              <text x={x + 3} y={y + ROW_HEIGHT / 2 + 2}>
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}

export function ConfigSpaceMap({ regions }: { regions: readonly Region[] }) {
  const width = GUTTER + BYTES_PER_ROW * PX_PER_BYTE + 4;
  const sorted = [...regions].sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  return (
    <svg
      class="config-map"
      data-testid="config-map"
      viewBox={`0 0 ${width} ${ROWS * ROW_HEIGHT}`}
      width={width}
      height={ROWS * ROW_HEIGHT}
      role="img"
      aria-label="PCI config space map"
    >
      <defs>
        <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="6" class="hatch-line" />
        </pattern>
      </defs>
      {Array.from({ length: ROWS }, (_, row) => (
        <g key={row} class={row === 2 ? 'row extended-start' : 'row'}>
          <text class="offset" x={2} y={row * ROW_HEIGHT + ROW_HEIGHT / 2 + 3}>
            {hex(row * BYTES_PER_ROW, 3)}
          </text>
          <rect
            class="row-bg"
            x={GUTTER}
            y={row * ROW_HEIGHT + 2}
            width={BYTES_PER_ROW * PX_PER_BYTE}
            height={ROW_HEIGHT - 4}
          />
        </g>
      ))}
      {sorted.map((r) => (
        <Block key={`${r.kind}-${r.start}`} region={r} />
      ))}
    </svg>
  );
}
