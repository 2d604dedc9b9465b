import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ProtonEmulator } from '../emulator/proton-emulator.js';

/** One emulator for the test file, started before its tests and forgetting faults and requests between them. */
export function useEmulator({ resetBetweenTests = true } = {}): ProtonEmulator {
  const emulator = new ProtonEmulator();
  beforeAll(async () => {
    await emulator.start();
  });
  afterAll(async () => {
    await emulator.stop();
  });
  if (resetBetweenTests) beforeEach(() => emulator.reset());
  return emulator;
}
