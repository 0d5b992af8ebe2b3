// Devices that DMA with a requester ID other than their own, as drivers/pci/quirks.c records them
// in pdev->dma_alias_mask (pci_add_dma_alias). Grouping must put a device with every function its
// requests alias (pci_devs_are_dma_aliases, get_pci_alias_group). A small table of the kernel's
// entries, each named after the fixup that sets it.
export interface DmaAliasQuirk {
  vendorId: number;
  deviceId: number;
  /** Match only this subsystem vendor:device (PCI_DEVICE_SUB entries). */
  subsystem?: { vendorId: number; deviceId: number };
  /** The function the device aliases on its own slot, or a fixed devfn on its bus. */
  alias: { function: number } | { devfn: number };
  source: string;
}

const RICOH = 0x1180;
const MARVELL_EXT = 0x1b4b;
const ADAPTEC2 = 0x9005;

const func0 = (vendorId: number, deviceId: number): DmaAliasQuirk => ({
  vendorId,
  deviceId,
  alias: { function: 0 },
  source: 'quirk_dma_func0_alias: the function DMAs as function 0 of its slot',
});
const func1 = (vendorId: number, deviceId: number): DmaAliasQuirk => ({
  vendorId,
  deviceId,
  alias: { function: 1 },
  source: 'quirk_dma_func1_alias: Marvell SATA controllers DMA as function 1 of their slot',
});

export const DMA_ALIAS_QUIRKS: readonly DmaAliasQuirk[] = [
  // Ricoh R5CE822/R5CE832 card readers.
  func0(RICOH, 0xe832),
  func0(RICOH, 0xe476),
  // Marvell 88SE91xx/92xx SATA.
  ...[0x9123, 0x9125, 0x9128, 0x9130, 0x9172, 0x917a, 0x9182, 0x9230].map((d) => func1(MARVELL_EXT, d)),
  // Adaptec 3405/3805: the hidden DMA engine of the Intel 80333 sits at devfn 01.0 (fixed_dma_alias_tbl).
  ...[0x02bb, 0x02bc].map(
    (sub): DmaAliasQuirk => ({
      vendorId: ADAPTEC2,
      deviceId: 0x0285,
      subsystem: { vendorId: ADAPTEC2, deviceId: sub },
      alias: { devfn: 1 << 3 },
      source: 'quirk_fixed_dma_alias: DMA engine at devfn 01.0 behind the ATU',
    }),
  ),
];

/** The devfns (on the device's own bus) a device's DMA also uses; never its own. */
export function dmaAliasDevfns(
  id: { vendorId: number; deviceId: number; subsystemVendorId: number; subsystemId: number },
  devfn: number,
): number[] {
  const aliases = new Set<number>();
  for (const q of DMA_ALIAS_QUIRKS) {
    if (q.vendorId !== id.vendorId || q.deviceId !== id.deviceId) continue;
    if (
      q.subsystem &&
      (q.subsystem.vendorId !== id.subsystemVendorId || q.subsystem.deviceId !== id.subsystemId)
    )
      continue;
    const alias = 'devfn' in q.alias ? q.alias.devfn : (devfn & ~7) | q.alias.function;
    if (alias !== devfn) aliases.add(alias);
  }
  return [...aliases];
}
