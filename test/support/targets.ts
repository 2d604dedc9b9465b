import { resourceType, type Target } from '../../src/domain/resources.js';

let counter = 0;

/** A fresh target per test, so tests sharing one emulator never see each other's resources. */
export function freshTarget(type: Target['type'], prefix = 't'): Target {
  counter += 1;
  const name = `${prefix}${process.pid}x${counter}`;
  return type === 'service-instance' ? { type, name, serviceName: `svc${process.pid}x${counter}` } : { type, name };
}

/** The inputs that name these targets (all of one type), as a user would write them. */
export function nameInputs(targets: readonly Target[]): Record<string, string> {
  const type = resourceType(targets[0]!.type);
  return {
    'resource-type': type.id,
    [type.namesInput]: targets.map((t) => t.name).join('\n'),
    ...(type.serviceInput ? { [type.serviceInput]: targets[0]!.serviceName! } : {}),
  };
}
