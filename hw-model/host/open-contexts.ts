// The /dev/iommu files open on one host, in open order, and the serial the next one gets (1, 2, 3...
// per host, part of stable global IDs). Generic so the host knows nothing of what a context holds.
export class OpenContexts<C> {
  private readonly open: C[] = [];
  private nextSerial = 1;

  /** Registers the context `create` builds with the next serial. */
  add(create: (serial: number) => C): C {
    const context = create(this.nextSerial++);
    this.open.push(context);
    return context;
  }

  /** A closed context leaves the list; its serial is never reused. */
  forget(context: C): void {
    const index = this.open.indexOf(context);
    if (index !== -1) this.open.splice(index, 1);
  }

  list(): C[] {
    return [...this.open];
  }
}
