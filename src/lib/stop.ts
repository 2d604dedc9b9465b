// What may end the step's work early: wait-timeout-seconds (the deadline), and the runner's SIGINT or
// SIGTERM (the interrupt). Every wait and request takes both.

export interface Stop {
  deadline: AbortSignal;
  interrupt: AbortSignal;
}

export type StoppedBy = 'deadline' | 'interrupt';

/** Which of the two has fired, the interrupt first; undefined while the work may go on. */
export function whatStopped(stop: Stop): StoppedBy | undefined {
  return stop.interrupt.aborted ? 'interrupt' : stop.deadline.aborted ? 'deadline' : undefined;
}

/** One signal that fires with either, for a sleep or a request. */
export function stopSignal(stop: Stop): AbortSignal {
  return AbortSignal.any([stop.deadline, stop.interrupt]);
}
