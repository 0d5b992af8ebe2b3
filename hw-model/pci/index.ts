// hw-model/pci: config space, capability walks, decoders, lspci import, vfio's view, gaps,
// quirks and virtual-capability placement.
export * from './cap-names.ts';
export * from './capabilities.ts';
export * from './config-space.ts';
export * from './decoders.ts';
export * from './extents.ts';
export * from './gaps.ts';
export * from './hidden-registers.ts';
export * from './insert-capability.ts';
export * from './lspci-parser.ts';
export * from './placement.ts';
export * from './placement-request.ts';
export * from './quirks.ts';
export * from './ranges.ts';
export * from './vfio-view.ts';
