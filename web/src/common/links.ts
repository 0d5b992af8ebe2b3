// Hash-route paths, in one place so every view links the same way.
export const hostPath = (name: string) => `/host/${encodeURIComponent(name)}`;
export const devicePath = (host: string, bdf: string) =>
  `/device/${encodeURIComponent(host)}/${encodeURIComponent(bdf)}`;
