/**
 * Integral maximum flow (Dinic's algorithm) on a small directed network with integer capacities.
 * Used only for the upper bound, where networks have one node per meeting and per slot.
 */
export class FlowNetwork {
  private readonly head: number[];
  private readonly next: number[] = [];
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];

  constructor(readonly nodeCount: number) {
    this.head = new Array<number>(nodeCount).fill(-1);
  }

  /** Adds u → v with the given capacity (and its residual twin v → u with 0). */
  addEdge(u: number, v: number, capacity: number): void {
    for (const [from, target, cap] of [
      [u, v, capacity],
      [v, u, 0],
    ] as const) {
      this.to.push(target);
      this.capacity.push(cap);
      this.next.push(this.head[from] ?? -1);
      this.head[from] = this.to.length - 1;
    }
  }

  maxFlow(source: number, sink: number): number {
    let flow = 0;
    const level = new Int32Array(this.nodeCount);
    const cursor = new Int32Array(this.nodeCount);
    while (this.buildLevels(source, sink, level)) {
      for (let v = 0; v < this.nodeCount; v++) cursor[v] = this.head[v] ?? -1;
      for (;;) {
        const pushed = this.push(source, sink, Number.MAX_SAFE_INTEGER, level, cursor);
        if (pushed === 0) break;
        flow += pushed;
      }
    }
    return flow;
  }

  private buildLevels(source: number, sink: number, level: Int32Array): boolean {
    level.fill(-1);
    level[source] = 0;
    const queue = [source];
    for (let i = 0; i < queue.length; i++) {
      const u = queue[i] ?? source;
      for (let e = this.head[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        const v = this.to[e] ?? 0;
        if ((this.capacity[e] ?? 0) > 0 && level[v] === -1) {
          level[v] = (level[u] ?? 0) + 1;
          queue.push(v);
        }
      }
    }
    return level[sink] !== -1;
  }

  /** One blocking-flow augmentation along level-increasing edges; iterative to spare the stack. */
  private push(source: number, sink: number, limit: number, level: Int32Array, cursor: Int32Array): number {
    const pathEdges: number[] = [];
    let u = source;
    for (;;) {
      if (u === sink) {
        let bottleneck = limit;
        for (const e of pathEdges) bottleneck = Math.min(bottleneck, this.capacity[e] ?? 0);
        for (const e of pathEdges) {
          this.capacity[e] = (this.capacity[e] ?? 0) - bottleneck;
          this.capacity[e ^ 1] = (this.capacity[e ^ 1] ?? 0) + bottleneck;
        }
        return bottleneck;
      }
      let advanced = false;
      for (let e = cursor[u] ?? -1; e !== -1; e = this.next[e] ?? -1) {
        const v = this.to[e] ?? 0;
        if ((this.capacity[e] ?? 0) > 0 && level[v] === (level[u] ?? 0) + 1) {
          cursor[u] = e;
          pathEdges.push(e);
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      // Dead end: no augmenting path continues through u in this phase.
      cursor[u] = -1;
      level[u] = -1;
      const back = pathEdges.pop();
      if (back === undefined) return 0;
      u = this.to[back ^ 1] ?? source;
      cursor[u] = this.next[cursor[u] ?? -1] ?? -1;
    }
  }
}
