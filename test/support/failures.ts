// Failures for tests of the reporting that need only some words: connection-settings problems are
// said as given (report/failure-words.ts), so the test controls the text exactly.
import type { Failure } from '../../src/domain/failure.js';

export function failureSaying(text: string): Failure {
  return { kind: 'connection-settings', problems: [text] };
}
