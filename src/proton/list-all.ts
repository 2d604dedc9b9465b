// Every page of a type's list call, through the API's retries and pacing, as one read; and how many
// pages it took (what a listing costs, for FleetPolls to weigh against a Get per target).
import { resourceType, type ResourceTypeId } from '../domain/resources.js';
import type { RequestKind } from './adaptive-rate.js';
import type { ProtonApi } from './api.js';
import type { Stop } from '../lib/stop.js';
import type { ListedResource, ListQuery } from './proton-calls.js';

export async function listAll(
  api: ProtonApi,
  type: ResourceTypeId,
  query: ListQuery,
  stop: Stop,
  kind: RequestKind = 'read',
): Promise<{ items: ListedResource[]; pages: number }> {
  const operation = resourceType(type).listOperation;
  if (!operation) throw new Error(`resource type ${type} has no list call`);
  const items: ListedResource[] = [];
  let pages = 0;
  let nextToken: string | undefined;
  do {
    const page = await api.call(operation, (proton, options) => proton.listPage(type, query, nextToken, options), stop, kind);
    items.push(...page.items);
    pages += 1;
    nextToken = page.nextToken;
  } while (nextToken);
  return { items, pages };
}
