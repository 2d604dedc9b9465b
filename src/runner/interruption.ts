// When a run is cancelled (or a step times out) the runner sends SIGINT, then SIGTERM 7.5 s later,
// then kills the process. Turning the first signal into an AbortSignal lets every sleep and request
// stop at once, so the step can still write its outputs and summary before it is killed.

export interface Interruption {
  signal: AbortSignal;
  /** The name of the signal that interrupted the step, once one has. */
  reason(): NodeJS.Signals | undefined;
  dispose(): void;
}

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export function listenForInterruption(target: NodeJS.Process = process): Interruption {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const onSignal = (name: NodeJS.Signals): void => {
    received ??= name;
    controller.abort(new Error(`interrupted by ${name}`));
  };
  for (const name of STOP_SIGNALS) target.on(name, onSignal);
  return {
    signal: controller.signal,
    reason: () => received,
    dispose: () => {
      for (const name of STOP_SIGNALS) target.off(name, onSignal);
    },
  };
}
