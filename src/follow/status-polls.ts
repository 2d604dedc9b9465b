// Where the followed targets' statuses come from, poll after poll, at the fewest requests that tell
// them all. A target of a type with a list call belongs to a group (its list call, and for service
// instances, the service); each poll round the group either reads each open target with its Get, or
// lists once, a page telling up to 100 statuses, whichever costs fewer requests (what the last
// listing cost in pages, against the targets still open). A group lists on a schedule of its own, once
// per poll interval, and each of its targets takes the first listing after its last read, so ends are
// seen within one interval and a fleet costs one listing per round. Service pipelines (no list tells
// their status) are read with GetService. A list that is denied puts its group back on Gets, said once.
import { apiErrorTypeOf } from '../domain/failure.js';
import type { Clock } from '../lib/clock.js';
import { assertRequestFailed, RequestFailed, type ProtonApi } from '../proton/api.js';
import { stopSignal, whatStopped, type Stop } from '../lib/stop.js';
import { listAll } from '../proton/list-all.js';
import { readResource } from '../proton/resource-requests.js';
import { resourceType, type ProtonResource, type Target } from '../domain/resources.js';

export type Poll =
  | { kind: 'read'; resource: ProtonResource | undefined; fromList: boolean }
  | { kind: 'failed'; failure: RequestFailed }
  | { kind: 'stopped' };

export interface StatusPolls {
  /**
   * The target's state at its next poll: the first read after `lastReadAt` (clock time) and a poll
   * interval later. `spread`: the share of an interval to add to this poll (a fleet's first polls are
   * spread so they do not come in lockstep).
   */
  next(target: Target, lastReadAt: number, spread: number): Promise<Poll>;
  /** The target's state now, read on its own (its Get). */
  now(target: Target): Promise<Poll>;
  /** The target is no longer followed. */
  leave(target: Target): void;
}

export interface PollsContext {
  api: ProtonApi;
  clock: Clock;
  stop: Stop;
  pollIntervalMs: number;
  /** Told once per list call that was denied, when its group goes back to Gets. */
  onListDenied?: (operation: string, type: Target['type']) => void;
}

/** With no listing yet, a group lists once it has at least this many targets open. */
const LIST_FROM_TARGETS = 3;

interface Group {
  operation: string;
  type: Target['type'];
  list: (stop: Stop) => Promise<Map<string, ProtonResource>>;
  members: Set<string>;
  /** Pages the last listing took; undefined before the first. */
  pages?: number;
  denied: boolean;
  /** When listings start: the first one's time, then every poll interval after it. */
  phase?: number;
  scheduled: Map<number, Promise<Listing>>;
}

type Listing = { kind: 'listed'; at: number; byKey: Map<string, ProtonResource> } | { kind: 'failed'; failure: RequestFailed } | { kind: 'denied' };

const keyOf = (target: Target): string => `${target.type}:${target.serviceName ?? ''}/${target.name}`;

export class FleetPolls implements StatusPolls {
  private readonly groups = new Map<string, Group>();
  private readonly groupOf = new Map<string, Group>();

  constructor(
    targets: readonly Target[],
    private readonly ctx: PollsContext,
  ) {
    const services = new Set(targets.filter((t) => t.type === 'service-instance').map((t) => t.serviceName));
    for (const target of targets) {
      const operation = resourceType(target.type).listOperation;
      if (!operation) continue;
      // One service: list its instances only; several: every instance in the region, in one listing.
      const serviceName = target.type === 'service-instance' && services.size === 1 ? target.serviceName : undefined;
      const id = `${operation}:${serviceName ?? ''}`;
      let group = this.groups.get(id);
      if (!group) {
        group = {
          operation,
          type: target.type,
          members: new Set(),
          denied: false,
          scheduled: new Map(),
          list: async (stop) => {
            const { items, pages } = await listAll(ctx.api, target.type, { serviceName }, stop);
            group!.pages = pages;
            return new Map(items.map((item) => [keyOf(item.target), item.resource]));
          },
        };
        this.groups.set(id, group);
      }
      group.members.add(keyOf(target));
      this.groupOf.set(keyOf(target), group);
    }
  }

  async next(target: Target, lastReadAt: number, spread: number): Promise<Poll> {
    const group = this.groupOf.get(keyOf(target));
    if (group && this.listIsCheaper(group)) {
      const listing = await this.listingAfter(group, lastReadAt);
      if (listing.kind === 'listed') {
        const resource = listing.byKey.get(keyOf(target));
        // What the list does not show (a resource just deleted, say) is read on its own.
        if (resource) return { kind: 'read', resource, fromList: true };
        return this.now(target);
      }
      if (listing.kind === 'failed') return whatStopped(this.ctx.stop) ? { kind: 'stopped' } : { kind: 'failed', failure: listing.failure };
      if (whatStopped(this.ctx.stop)) return { kind: 'stopped' };
      // Denied: this group reads with Gets from now on; this poll too, at its time.
    }
    const due = lastReadAt + this.ctx.pollIntervalMs * (1 + spread);
    await this.ctx.clock.sleep(Math.max(0, due - this.ctx.clock.now()), this.signal());
    if (whatStopped(this.ctx.stop)) return { kind: 'stopped' };
    return this.now(target);
  }

  async now(target: Target): Promise<Poll> {
    try {
      return { kind: 'read', resource: await readResource(this.ctx.api, target, this.ctx.stop), fromList: false };
    } catch (error) {
      assertRequestFailed(error);
      return whatStopped(this.ctx.stop) ? { kind: 'stopped' } : { kind: 'failed', failure: error };
    }
  }

  leave(target: Target): void {
    this.groupOf.get(keyOf(target))?.members.delete(keyOf(target));
  }

  /** One listing against a Get per open target: the fewer requests wins. */
  private listIsCheaper(group: Group): boolean {
    if (group.denied) return false;
    const open = group.members.size;
    return group.pages === undefined ? open >= LIST_FROM_TARGETS : group.pages < open;
  }

  /**
   * The group's first scheduled listing after `after` (and not in the past): every member due then
   * shares it. The schedule starts one interval after the first member's last read.
   */
  private listingAfter(group: Group, after: number): Promise<Listing> {
    const interval = this.ctx.pollIntervalMs;
    const now = this.ctx.clock.now();
    group.phase ??= Math.max(now, after + interval);
    let at = group.phase + Math.max(0, Math.ceil((Math.max(after, now) - group.phase) / interval)) * interval;
    if (at <= after) at += interval;
    let listing = group.scheduled.get(at);
    if (!listing) {
      listing = this.listAt(group, at);
      group.scheduled.set(at, listing);
      // Keep only listings still to come or just made.
      for (const time of group.scheduled.keys()) if (time < at - interval) group.scheduled.delete(time);
    }
    return listing;
  }

  private async listAt(group: Group, at: number): Promise<Listing> {
    await this.ctx.clock.sleep(Math.max(0, at - this.ctx.clock.now()), this.signal());
    if (whatStopped(this.ctx.stop)) return { kind: 'failed', failure: new RequestFailed(group.operation, [], whatStopped(this.ctx.stop)) };
    try {
      return { kind: 'listed', at, byKey: await group.list(this.ctx.stop) };
    } catch (error) {
      assertRequestFailed(error);
      if (apiErrorTypeOf(error) === 'AccessDeniedException') {
        if (!group.denied) this.ctx.onListDenied?.(group.operation, group.type);
        group.denied = true;
        return { kind: 'denied' };
      }
      return { kind: 'failed', failure: error };
    }
  }

  private signal(): AbortSignal {
    return stopSignal(this.ctx.stop);
  }
}
