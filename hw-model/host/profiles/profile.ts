// What a profile is: a named, deterministic recipe for one emulated machine.
import type { Host } from '../host.ts';

export interface HostProfile {
  /** As HostCreateInput.profile names it. */
  name: string;
  description: string;
  build(hostName: string): Host;
}
