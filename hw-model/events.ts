// Typed events the model emits. The model knows nothing of who listens: the adapters subscribe and publish.
import type { PciDevice } from './host/device.ts';
import type { Host } from './host/host.ts';
import type { Context } from './iommufd/context.ts';
import type { PageFaultGroup } from './iommufd/fault-queue.ts';
import type { IommufdObject } from './iommufd/object.ts';
import type { Vevent, Veventq } from './iommufd/veventq.ts';

/** A synchronous fan-out of one kind of value; listeners must not throw (a throwing one is dropped). */
export class EventBus<E> {
  private readonly listeners = new Set<(event: E) => void>();

  /** Returns the function that unsubscribes. */
  subscribe(listener: (event: E) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: E): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch {
        this.listeners.delete(listener);
      }
    }
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

export type InvalidationScope = 'ALL' | 'DOMAIN' | 'PASID' | 'ADDRESS_RANGE' | 'DEVICE_TLB';

/** A cache invalidation the emulated hardware carried out (IOMMU_HWPT_INVALIDATE, one entry). */
export interface InvalidationEvent {
  kind: 'invalidation';
  host: Host;
  /** The HWPT or vIOMMU object the request went to (an IommufdObject). */
  target: { id: number; type: string; context: { serial: number } };
  scope: InvalidationScope;
  range: { start: bigint; last: bigint } | null;
  pasid: number | null;
  /** For vIOMMU requests: the guest's device ID as given, and the physical device it resolved to. */
  virtId: bigint | null;
  device: PciDevice | null;
}

/** A group of I/O page faults was queued on a FAULT object (IOPF from DMA or TRIGGER_IOPF). */
export interface PageFaultEvent {
  kind: 'pageFault';
  host: Host;
  group: PageFaultGroup;
}

/** An entry entered a vEVENTQ: a real event or the LOST_EVENTS marker after an overflow. */
export interface VeventEvent {
  kind: 'vevent';
  host: Host;
  queue: Veventq;
  event: Vevent;
}

export type ObjectChange = 'CREATED' | 'CHANGED' | 'DESTROYED';

/** What an object event is about: a host, a device, an open /dev/iommu, or an object in one. */
export type ObjectSubject = Host | PciDevice | Context | IommufdObject;

/** Something in the fleet appeared, changed (attach, replace, detach, dirty tracking, IOVA rules) or went. */
export interface ObjectEvent {
  kind: 'object';
  host: Host;
  change: ObjectChange;
  subject: ObjectSubject;
}

/** Every event kind the model emits. */
export type ModelEvent = InvalidationEvent | PageFaultEvent | VeventEvent | ObjectEvent;

/** Tells the host's listeners that `subject` was created, changed or destroyed. */
export function emitObjectEvent(host: Host, change: ObjectChange, subject: ObjectSubject): void {
  host.events.emit({ kind: 'object', host, change, subject });
}
