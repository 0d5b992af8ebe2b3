// Who has an iopt_pages pinned, and which span. Nearly always one user (its own area) pinning all of it, so that
// one is kept inline, with no span object when it is the whole; a Map is made only when a second user appears (a
// COPY into a domain-bearing IOAS). 100,000 areas then cost ~270 bytes less each than with a Map per area.
export interface PinSpan {
  first: bigint;
  end: bigint;
}

export class PinUsers {
  private soleUser: object | null = null;
  /** null while the sole user pins the whole span (`whole` in set/entries). */
  private soleSpan: PinSpan | null = null;
  private many: Map<object, PinSpan> | null = null;

  has(user: object): boolean {
    return this.many ? this.many.has(user) : this.soleUser === user;
  }

  set(user: object, span: PinSpan, whole: PinSpan): void {
    if (this.many) {
      this.many.set(user, span);
    } else if (this.soleUser === null || this.soleUser === user) {
      this.soleUser = user;
      this.soleSpan = span.first === whole.first && span.end === whole.end ? null : span;
    } else {
      this.many = new Map([
        [this.soleUser, this.soleSpan ?? whole],
        [user, span],
      ]);
      this.soleUser = null;
      this.soleSpan = null;
    }
  }

  delete(user: object): void {
    if (this.many) this.many.delete(user);
    else if (this.soleUser === user) {
      this.soleUser = null;
      this.soleSpan = null;
    }
  }

  get size(): number {
    return this.many ? this.many.size : this.soleUser === null ? 0 : 1;
  }

  entries(whole: PinSpan): [object, PinSpan][] {
    if (this.many) return [...this.many.entries()];
    return this.soleUser === null ? [] : [[this.soleUser, this.soleSpan ?? whole]];
  }
}
