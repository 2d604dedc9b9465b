// `*`: every resource of a type whose deployment is IN_PROGRESS when the step runs, from the type's
// list call, every page. A deployment already CANCELLING is not matched. In the guard's post step,
// one that started before the guard armed is left out, and said so.
import type { ProtonApi } from '../proton/api.js';
import type { Stop } from '../lib/stop.js';
import { listAll } from '../proton/list-all.js';
import { isProtonName, type Target } from '../domain/resources.js';
import { startedBeforeGuard, type Scope } from '../domain/scope.js';
import type { Wildcard } from '../domain/wildcard.js';
import type { Discovery, LeftAlone } from '../domain/target-result.js';

/** Finds the targets; throws RequestFailed when a list request fails. */
export async function findInProgress(api: ProtonApi, wildcard: Wildcard, scope: Scope, stop: Stop): Promise<Discovery> {
  // What "*" finds is what gets cancelled: its listing goes as a cancellation does.
  const { items: listed } = await listAll(api, wildcard.type, { serviceName: wildcard.serviceName, inProgressOnly: true }, stop, 'cancel');

  const matched: Target[] = [];
  const leftAlone: LeftAlone[] = [];
  const seen = new Set<string>();
  for (const { target, resource } of listed) {
    // Only what a later request can name, once, of the service asked for.
    if (resource.deploymentStatus !== 'IN_PROGRESS' || !isProtonName(target.name)) continue;
    if (wildcard.serviceName !== undefined && target.serviceName !== wildcard.serviceName) continue;
    const key = `${target.serviceName ?? ''}/${target.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const attemptedAt = resource.lastDeploymentAttemptedAt;
    if (startedBeforeGuard(attemptedAt, scope)) {
      leftAlone.push({
        target,
        ...(resource.lastAttemptedDeploymentId ? { deploymentId: resource.lastAttemptedDeploymentId } : {}),
        ...(attemptedAt ? { attemptedAt } : {}),
      });
    } else {
      matched.push(target);
    }
  }
  return { wildcard, matched, leftAlone };
}
