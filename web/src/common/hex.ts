// Number formatting as lspci and the kernel print it.
export const hex = (n: number, digits = 4) => `0x${n.toString(16).padStart(digits, '0')}`;
export const pciId = (vendorId: number, deviceId: number) =>
  `${vendorId.toString(16).padStart(4, '0')}:${deviceId.toString(16).padStart(4, '0')}`;
