import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5517);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();
// Everything the step has to say is written by now. Exit rather than wait for work the step
// abandoned at the deadline or on a signal and cannot cancel (a credential_process that hangs, a
// token refresh): the runner reads outputs and summary from their files once the process is gone.
await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((flushed) => stream.write('', flushed))));
process.exit();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5517:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

;// CONCATENATED MODULE: ./src/domain/resources.ts
/** A target of a type: a service instance is named within its service; the other types stand alone. */
function targetOf(type, name, serviceName) {
    // Inputs are checked before any target is made, and Proton names an instance's service: '' is never used.
    return type === 'service-instance' ? { type, name, serviceName: serviceName ?? '' } : { type, name };
}
// Names are validated before any request, so the service name is always present where it is read.
const serviceOf = (target) => target.serviceName ?? '';
/** The name pattern and length every Proton name must have (API reference). */
const PROTON_NAME = /^[0-9A-Za-z]+[0-9A-Za-z_-]*$/;
const MAX_NAME_LENGTH = 100;
function isProtonName(name) {
    return name.length <= MAX_NAME_LENGTH && PROTON_NAME.test(name);
}
const RESOURCE_TYPES = [
    {
        id: 'environment',
        namesInput: 'environment-name',
        cancelOperation: 'CancelEnvironmentDeployment',
        readOperation: 'GetEnvironment',
        deploymentScope: (t) => ({ environmentName: t.name }),
        listOperation: 'ListEnvironments',
        iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:environment/${t.name}`,
        consolePath: (t) => `/environments/detail/${t.name}`,
    },
    {
        id: 'service-instance',
        namesInput: 'service-instance-name',
        serviceInput: 'service-name',
        cancelOperation: 'CancelServiceInstanceDeployment',
        readOperation: 'GetServiceInstance',
        deploymentScope: (t) => ({ serviceName: serviceOf(t), serviceInstanceName: t.name }),
        listOperation: 'ListServiceInstances',
        iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:service/${serviceOf(t)}/service-instance/${t.name}`,
        consolePath: (t) => `/services/detail/${serviceOf(t)}`,
    },
    {
        id: 'service-pipeline',
        namesInput: 'service-name',
        cancelOperation: 'CancelServicePipelineDeployment',
        // There is no GetServicePipeline: the pipeline is read through its service.
        readOperation: 'GetService',
        deploymentScope: (t) => ({ serviceName: t.name }),
        iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:service/${t.name}`,
        consolePath: (t) => `/services/detail/${t.name}`,
    },
    {
        id: 'component',
        namesInput: 'component-name',
        cancelOperation: 'CancelComponentDeployment',
        readOperation: 'GetComponent',
        deploymentScope: (t) => ({ componentName: t.name }),
        listOperation: 'ListComponents',
        iamResource: (t, region, account = '*') => `arn:aws:proton:${region}:${account}:component/${t.name}`,
        consolePath: (t) => `/components/detail/${t.name}`,
    },
];
function resourceType(id) {
    const found = RESOURCE_TYPES.find((type) => type.id === id);
    if (!found)
        throw new Error(`unknown resource type ${id}`);
    return found;
}
/** Every input that names resources, whichever type uses it. */
const NAME_INPUTS = [
    ...new Set(RESOURCE_TYPES.flatMap((type) => [type.namesInput, ...(type.serviceInput ? [type.serviceInput] : [])])),
];
/** A type as a noun in a sentence: "service instance". */
function typeNoun(type) {
    return type.replace(/-/g, ' ');
}
/** How a target reads in logs and errors: `service-instance api/prod`. */
function describeTarget(target) {
    const path = target.serviceName ? `${target.serviceName}/${target.name}` : target.name;
    return `${target.type} ${path}`;
}
function consoleUrl(target, region) {
    return `https://${region}.console.aws.amazon.com/proton/home?region=${region}#${resourceType(target.type).consolePath(target)}`;
}
function iamActions(type) {
    return [`proton:${type.cancelOperation}`, `proton:${type.readOperation}`];
}
/** The IAM actions `*` needs for a type, on any resource ("*"): the list call (plus the type's own). */
function listIamActions(type) {
    return type.listOperation ? [`proton:${type.listOperation}`] : [];
}
/** Proton's deployment history; needed only when a newer deployment starts while the step waits. */
const DEPLOYMENT_HISTORY_OPERATION = 'GetDeployment';
/** IAM resource ARN GetDeployment is authorised against (the Service Authorization Reference's `deployment`). */
function deploymentIamResource(region, account = '*') {
    return `arn:aws:proton:${region}:${account}:deployment/*`;
}

;// CONCATENATED MODULE: ./src/proton/list-all.ts
// Every page of a type's list call, through the API's retries and pacing, as one read; and how many
// pages it took (what a listing costs, for FleetPolls to weigh against a Get per target).

async function listAll(api, type, query, stop, kind = 'read') {
    const operation = resourceType(type).listOperation;
    if (!operation)
        throw new Error(`resource type ${type} has no list call`);
    const items = [];
    let pages = 0;
    let nextToken;
    do {
        const page = await api.call(operation, (proton, options) => proton.listPage(type, query, nextToken, options), stop, kind);
        items.push(...page.items);
        pages += 1;
        nextToken = page.nextToken;
    } while (nextToken);
    return { items, pages };
}

;// CONCATENATED MODULE: ./src/domain/scope.ts
/** Allowance for clock skew between the runner and AWS, and for a deploy started in the same breath as the guard. */
const GUARD_ALLOWANCE_MS = 60_000;
/** The guard's scope for a post step armed at `armedAt`. */
function guardScope(armedAt) {
    return { attemptedSince: armedAt - GUARD_ALLOWANCE_MS };
}
/** Whether the step must read a target before cancelling, to know the deployment in progress is in scope. */
function isScoped(scope) {
    return scope.deploymentId !== undefined || scope.attemptedSince !== undefined;
}
function exclusion(latest, attemptedAt, scope) {
    if (scope.deploymentId !== undefined && latest.id !== scope.deploymentId)
        return { why: 'other-deployment' };
    if (startedBeforeGuard(attemptedAt, scope))
        return { why: 'started-before-guard', ...(attemptedAt ? { attemptedAt } : {}) };
    return undefined;
}
/** The guard's rule: a deployment that did not start since it armed (or does not say when) is not the job's. */
function startedBeforeGuard(attemptedAt, scope) {
    return scope.attemptedSince !== undefined && !(attemptedAt && attemptedAt.getTime() >= scope.attemptedSince);
}

;// CONCATENATED MODULE: ./src/discover/find-in-progress.ts



/** Finds the targets; throws RequestFailed when a list request fails. */
async function findInProgress(api, wildcard, scope, stop) {
    // What "*" finds is what gets cancelled: its listing goes as a cancellation does.
    const { items: listed } = await listAll(api, wildcard.type, { serviceName: wildcard.serviceName, inProgressOnly: true }, stop, 'cancel');
    const matched = [];
    const leftAlone = [];
    const seen = new Set();
    for (const { target, resource } of listed) {
        // Only what a later request can name, once, of the service asked for.
        if (resource.deploymentStatus !== 'IN_PROGRESS' || !isProtonName(target.name))
            continue;
        if (wildcard.serviceName !== undefined && target.serviceName !== wildcard.serviceName)
            continue;
        const key = `${target.serviceName ?? ''}/${target.name}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const attemptedAt = resource.lastDeploymentAttemptedAt;
        if (startedBeforeGuard(attemptedAt, scope)) {
            leftAlone.push({
                target,
                ...(resource.lastAttemptedDeploymentId ? { deploymentId: resource.lastAttemptedDeploymentId } : {}),
                ...(attemptedAt ? { attemptedAt } : {}),
            });
        }
        else {
            matched.push(target);
        }
    }
    return { wildcard, matched, leftAlone };
}

;// CONCATENATED MODULE: ./src/domain/failure.ts
/** The last attempt's failure; undefined when the request was stopped before it was sent. */
function lastAttempt(failure) {
    return failure.attempts.at(-1);
}
/** The API's typed answer, such as ConflictException, when that is how the request ended. */
function apiErrorTypeOf(failure) {
    const last = lastAttempt(failure);
    return !failure.stoppedBy && last?.kind === 'api-error' ? last.type : undefined;
}

;// CONCATENATED MODULE: ./src/lib/abortable.ts
/**
 * Settles with `work`, or rejects as soon as `signal` aborts, whichever comes first. The SDK does not
 * pass an abort on to everything it awaits (a credential helper, a token refresh), so the step stops
 * waiting for it rather than hoping it notices. What `work` does later is ignored.
 */
function untilAborted(work, signal) {
    // Abandoned work may still fail later; that must not surface as an unhandled rejection.
    work.catch(() => undefined);
    if (signal.aborted)
        return Promise.reject(abortError(signal));
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
        work.then((value) => {
            signal.removeEventListener('abort', onAbort);
            resolve(value);
        }, (error) => {
            signal.removeEventListener('abort', onAbort);
            reject(error instanceof Error ? error : new Error(String(error)));
        });
    });
}
function abortError(signal) {
    const error = new Error('aborted', { cause: signal.reason });
    error.name = 'AbortError';
    return error;
}

;// CONCATENATED MODULE: ./src/lib/stop.ts
// What may end the step's work early: wait-timeout-seconds (the deadline), and the runner's SIGINT or
// SIGTERM (the interrupt). Every wait and request takes both.
/** Which of the two has fired, the interrupt first; undefined while the work may go on. */
function whatStopped(stop) {
    return stop.interrupt.aborted ? 'interrupt' : stop.deadline.aborted ? 'deadline' : undefined;
}
/** One signal that fires with either, for a sleep or a request. */
function stopSignal(stop) {
    return AbortSignal.any([stop.deadline, stop.interrupt]);
}

// EXTERNAL MODULE: ./src/network/proxy-error-shape.ts
var proxy_error_shape = __nccwpck_require__(7133);
;// CONCATENATED MODULE: ./src/lib/text.ts
// Text from the API is untrusted. These helpers make any string safe to put on one line of the log,
// clip it to a size, and format durations; HTML escaping for the summary lives in report/html.ts.
const MAX_TEXT = 1000;
// Everything a terminal or the runner may treat as the end of a line, or that has no business in a log
// line: C0 and C1 controls (CR, LF, NEL, ESC ...), DEL, and the Unicode line and paragraph separators.
const LINE_BREAKS = /\s*[\r\n\u0085\u2028\u2029]+\s*/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** One line, at most `max` characters: nothing in it can start a new line of the log. */
function oneLine(text, max = MAX_TEXT) {
    return clip(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, ' ').trim(), max);
}
/** At most `max` characters kept (never half of a surrogate pair), then `mark` when cut. */
function clip(text, max, mark = '…') {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max);
    const last = text.charCodeAt(end - 1);
    if (last >= 0xd800 && last <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end)}${mark}`;
}
function formatDuration(ms) {
    const seconds = Math.max(0, Math.round(ms / 1000));
    if (seconds < 60)
        return `${seconds} s`;
    const minutes = Math.floor(seconds / 60);
    return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}
/** "1 target", "3 targets". */
function count(n, noun, plural = `${noun}s`) {
    return `${n} ${n === 1 ? noun : plural}`;
}

;// CONCATENATED MODULE: ./src/proton/attempts.ts
// What one failed attempt of a request was, in terms a person can act on, and whether trying again
// may help. The SDK's own retries are off (see client.ts for why), so the action retries, and
// therefore classifies, by itself.


// The throttling error codes the AWS SDKs agree on.
const THROTTLING_TYPES = new Set([
    'ThrottlingException',
    'Throttling',
    'ThrottledException',
    'RequestThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'ProvisionedThroughputExceededException',
    'BandwidthLimitExceeded',
    'SlowDown',
    'PriorRequestNotComplete',
]);
const CONNECTION_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ECONNABORTED',
    'EPIPE',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ENETDOWN',
    'EAI_AGAIN',
]);
// Node's codes for a certificate chain or name that TLS verification refused (OpenSSL's, and Node's own).
const CERTIFICATE_CODES = new Set([
    'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    'UNABLE_TO_GET_ISSUER_CERT',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN',
    'DEPTH_ZERO_SELF_SIGNED_CERT',
    'CERT_HAS_EXPIRED',
    'CERT_NOT_YET_VALID',
    'CERT_UNTRUSTED',
    'CERT_REJECTED',
    'CERT_SIGNATURE_FAILURE',
    'HOSTNAME_MISMATCH',
    'ERR_TLS_CERT_ALTNAME_INVALID',
]);
/** Failures worth another attempt: they say nothing about the request itself. */
const PASSING = new Set(['throttled', 'server-error', 'no-answer', 'connection']);
function mayPass(failure) {
    if (failure.kind === 'proxy' && failure.proxy)
        return failure.proxy.mayPass;
    return PASSING.has(failure.kind);
}
/** What went wrong with one attempt. `timedOutAfterMs`: set when the attempt's own time limit aborted it. */
function classifyAttempt(error, timedOutAfterMs, now) {
    if (timedOutAfterMs !== undefined)
        return { kind: 'no-answer', limitMs: timedOutAfterMs };
    if ((0,proxy_error_shape/* isProxyError */.d)(error))
        return { kind: 'proxy', proxy: { problem: error.problem, mayPass: error.mayPass } };
    const e = (error ?? {});
    const name = typeof e.name === 'string' ? oneLine(e.name, 100) : 'Error';
    const status = e.$metadata?.httpStatusCode;
    const code = typeof e.code === 'string' ? e.code : undefined;
    if (status !== undefined) {
        // A typed answer from the API carries $fault; SyntaxError (a body that is not JSON) and the SDK's
        // "Unknown" (an error reply with an empty body) do not come from the API's model.
        const typed = e.$fault !== undefined && name !== 'Unknown';
        const retryAfterMs = retryAfter(e.$response?.headers, now);
        const reply = {
            status,
            ...(typed ? { type: name, message: apiMessage(e) } : {}),
            ...(name === 'Unknown' ? { emptyBody: true } : {}),
            ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
        if (THROTTLING_TYPES.has(name) || status === 429)
            return { kind: 'throttled', ...reply };
        if (status >= 500)
            return { kind: 'server-error', ...reply };
        return { kind: typed ? 'api-error' : 'unreadable-reply', ...reply };
    }
    if (code === 'ENOTFOUND')
        return { kind: 'no-such-host', code };
    if (code === 'ETIMEDOUT' || (name === 'TimeoutError' && code === undefined))
        return { kind: 'no-answer', code: 'ETIMEDOUT' };
    if (code && CONNECTION_CODES.has(code))
        return { kind: 'connection', code };
    if (code && CERTIFICATE_CODES.has(code))
        return { kind: 'untrusted-certificate', code };
    return { kind: 'client-error', type: name, message: apiMessage(e) };
}
/** The server's message, without what the SDK adds for programmers ("inspect the hidden field $response"). */
function apiMessage(e) {
    const raw = typeof e.message === 'string' ? e.message : '';
    const own = raw.split(/\n\s*Deserialization error/)[0] ?? '';
    return oneLine(own, 600);
}
// Retry-After is seconds or an HTTP date. Honour it up to a minute: a longer ask is better met by
// the next poll than by a silent pause.
const MAX_RETRY_AFTER_MS = 60_000;
function retryAfter(headers, now) {
    const value = headers?.['retry-after']?.trim();
    if (!value)
        return undefined;
    const ms = /^\d+(\.\d+)?$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
    return Number.isFinite(ms) ? Math.min(Math.max(0, ms), MAX_RETRY_AFTER_MS) : undefined;
}
// Backoff as the AWS SDKs' standard mode computes it: exponential with full jitter, from a larger
// base after throttling, capped at 20 s; never shorter than a Retry-After the server sent.
const BASE_DELAY_MS = 100;
const THROTTLING_BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 20_000;
/** How long to wait before attempt `attempt + 1`, after `failure` ended attempt `attempt` (1-based). */
function backoffMs(failure, attempt, random) {
    const base = failure.kind === 'throttled' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
    const jittered = random() * Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
    return Math.max(jittered, failure.retryAfterMs ?? 0);
}

;// CONCATENATED MODULE: ./src/proton/api.ts
// Every request to Proton goes through here: paced (adaptive rate), bounded in flight (request
// slots), cancellations before reads, attempted up to max-attempts with backoff, each attempt
// limited in time, and every wait cut short at once by the deadline or a signal. For a cancellation
// (and the listing that finds what `*` cancels), throttling does not use up attempts: it means "not
// now", and only the deadline ends it, so a fleet's cancellation is never given up for having been
// throttled. A status read keeps max-attempts: the next poll asks again anyway. A request that fails
// keeps the story of its attempts, so the step can say what really happened ("throttled on every
// attempt until ...").



/** A request that did not get a usable answer: every attempt's failure, and what stopped it if anything did. */
class RequestFailed extends Error {
    operation;
    attempts;
    stoppedBy;
    via;
    elapsedMs;
    constructor(operation, attempts, stoppedBy, 
    /** The proxy the request went through, as messages name it; undefined when it went directly. */
    via, 
    /** How long into the step it failed. */
    elapsedMs = 0) {
        super(`${operation} failed`);
        this.operation = operation;
        this.attempts = attempts;
        this.stoppedBy = stoppedBy;
        this.via = via;
        this.elapsedMs = elapsedMs;
        this.name = 'RequestFailed';
    }
}
/** Lets the error through unless it is a RequestFailed: anything else is a bug, not a failure to describe. */
function assertRequestFailed(error) {
    if (!(error instanceof RequestFailed))
        throw error;
}
class ProtonApi {
    options;
    constructor(options) {
        this.options = options;
    }
    /** Waits for a slot and the pace; false when the step stopped first (then no slot is held). */
    async takeTurn(signal, kind) {
        const { slots, rate } = this.options;
        if (kind === 'read') {
            await rate.pace(signal, kind);
            return slots.acquire(signal, kind);
        }
        if (!(await slots.acquire(signal, kind)))
            return false;
        await rate.pace(signal, kind);
        if (!signal.aborted)
            return true;
        slots.release(kind);
        return false;
    }
    /** `kind`: a cancel request goes before reads waiting for the same pace or slot. */
    async call(operation, send, stop, kind = 'read') {
        const { proton, clock, maxAttempts, slots, rate, attemptTimeoutMs, random } = this.options;
        const signal = stopSignal(stop);
        const attempts = [];
        const failed = () => new RequestFailed(operation, attempts, whatStopped(stop), this.options.via, clock.now() - (this.options.startedAt ?? clock.now()));
        // Attempts that count toward max-attempts: all but those answered with throttling.
        let counted = 0;
        for (let attempt = 1;; attempt++) {
            if (!(await this.takeTurn(signal, kind)))
                throw failed();
            const timeLimit = clock.timeout(attemptTimeoutMs);
            const attemptSignal = AbortSignal.any([signal, timeLimit]);
            try {
                const answer = await untilAborted(send(proton, { abortSignal: attemptSignal }), attemptSignal);
                rate.accepted();
                return answer;
            }
            catch (error) {
                if (signal.aborted) {
                    attempts.push({ kind: 'cut-short' });
                    throw failed();
                }
                const failure = classifyAttempt(error, timeLimit.aborted ? attemptTimeoutMs : undefined, clock.now());
                attempts.push(failure);
                if (failure.kind === 'throttled')
                    rate.throttled();
                else if (failure.status !== undefined)
                    rate.accepted();
                if (failure.kind !== 'throttled' || kind === 'read')
                    counted += 1;
                if (!mayPass(failure) || counted >= maxAttempts)
                    throw failed();
            }
            finally {
                slots.release(kind);
            }
            await clock.sleep(backoffMs(attempts.at(-1), attempt, random), signal);
            if (signal.aborted)
                throw failed();
        }
    }
}

;// CONCATENATED MODULE: ./src/proton/resource-requests.ts
// The two requests every target makes, through the API's retries and pacing; the resource table
// says which operation each type uses.

function sendCancelRequest(api, target, stop) {
    return api.call(resourceType(target.type).cancelOperation, (proton, options) => proton.cancel(target, options), stop, 'cancel');
}
function readResource(api, target, stop) {
    return api.call(resourceType(target.type).readOperation, (proton, options) => proton.read(target, options), stop);
}

;// CONCATENATED MODULE: ./src/follow/status-polls.ts
// Where the followed targets' statuses come from, poll after poll, at the fewest requests that tell
// them all. A target of a type with a list call belongs to a group (its list call, and for service
// instances, the service); each poll round the group either reads each open target with its Get, or
// lists once, a page telling up to 100 statuses, whichever costs fewer requests (what the last
// listing cost in pages, against the targets still open). A group lists on a schedule of its own, once
// per poll interval, and each of its targets takes the first listing after its last read, so ends are
// seen within one interval and a fleet costs one listing per round. Service pipelines (no list tells
// their status) are read with GetService. A list that is denied puts its group back on Gets, said once.






/** With no listing yet, a group lists once it has at least this many targets open. */
const LIST_FROM_TARGETS = 3;
const keyOf = (target) => `${target.type}:${target.serviceName ?? ''}/${target.name}`;
class FleetPolls {
    ctx;
    groups = new Map();
    groupOf = new Map();
    constructor(targets, ctx) {
        this.ctx = ctx;
        const services = new Set(targets.filter((t) => t.type === 'service-instance').map((t) => t.serviceName));
        for (const target of targets) {
            const operation = resourceType(target.type).listOperation;
            if (!operation)
                continue;
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
                        group.pages = pages;
                        return new Map(items.map((item) => [keyOf(item.target), item.resource]));
                    },
                };
                this.groups.set(id, group);
            }
            group.members.add(keyOf(target));
            this.groupOf.set(keyOf(target), group);
        }
    }
    async next(target, lastReadAt, spread) {
        const group = this.groupOf.get(keyOf(target));
        if (group && this.listIsCheaper(group)) {
            const listing = await this.listingAfter(group, lastReadAt);
            if (listing.kind === 'listed') {
                const resource = listing.byKey.get(keyOf(target));
                // What the list does not show (a resource just deleted, say) is read on its own.
                if (resource)
                    return { kind: 'read', resource, fromList: true };
                return this.now(target);
            }
            if (listing.kind === 'failed')
                return whatStopped(this.ctx.stop) ? { kind: 'stopped' } : { kind: 'failed', failure: listing.failure };
            if (whatStopped(this.ctx.stop))
                return { kind: 'stopped' };
            // Denied: this group reads with Gets from now on; this poll too, at its time.
        }
        const due = lastReadAt + this.ctx.pollIntervalMs * (1 + spread);
        await this.ctx.clock.sleep(Math.max(0, due - this.ctx.clock.now()), this.signal());
        if (whatStopped(this.ctx.stop))
            return { kind: 'stopped' };
        return this.now(target);
    }
    async now(target) {
        try {
            return { kind: 'read', resource: await readResource(this.ctx.api, target, this.ctx.stop), fromList: false };
        }
        catch (error) {
            assertRequestFailed(error);
            return whatStopped(this.ctx.stop) ? { kind: 'stopped' } : { kind: 'failed', failure: error };
        }
    }
    leave(target) {
        this.groupOf.get(keyOf(target))?.members.delete(keyOf(target));
    }
    /** One listing against a Get per open target: the fewer requests wins. */
    listIsCheaper(group) {
        if (group.denied)
            return false;
        const open = group.members.size;
        return group.pages === undefined ? open >= LIST_FROM_TARGETS : group.pages < open;
    }
    /**
     * The group's first scheduled listing after `after` (and not in the past): every member due then
     * shares it. The schedule starts one interval after the first member's last read.
     */
    listingAfter(group, after) {
        const interval = this.ctx.pollIntervalMs;
        const now = this.ctx.clock.now();
        group.phase ??= Math.max(now, after + interval);
        let at = group.phase + Math.max(0, Math.ceil((Math.max(after, now) - group.phase) / interval)) * interval;
        if (at <= after)
            at += interval;
        let listing = group.scheduled.get(at);
        if (!listing) {
            listing = this.listAt(group, at);
            group.scheduled.set(at, listing);
            // Keep only listings still to come or just made.
            for (const time of group.scheduled.keys())
                if (time < at - interval)
                    group.scheduled.delete(time);
        }
        return listing;
    }
    async listAt(group, at) {
        await this.ctx.clock.sleep(Math.max(0, at - this.ctx.clock.now()), this.signal());
        if (whatStopped(this.ctx.stop))
            return { kind: 'failed', failure: new RequestFailed(group.operation, [], whatStopped(this.ctx.stop)) };
        try {
            return { kind: 'listed', at, byKey: await group.list(this.ctx.stop) };
        }
        catch (error) {
            assertRequestFailed(error);
            if (apiErrorTypeOf(error) === 'AccessDeniedException') {
                if (!group.denied)
                    this.ctx.onListDenied?.(group.operation, group.type);
                group.denied = true;
                return { kind: 'denied' };
            }
            return { kind: 'failed', failure: error };
        }
    }
    signal() {
        return stopSignal(this.ctx.stop);
    }
}

;// CONCATENATED MODULE: ./src/proton/adaptive-rate.ts
// A fleet's cancellations must still go out: a request a second is a floor Proton accepts.
const MIN_RATE = 1; // requests per second
// CUBIC's constants, the AWS SDKs' (@smithy/util-retry 4, DefaultRateLimiter): the cut, and the growth.
const BETA = 0.7;
const SCALE = 0.4;
/** Throttling answers arrive in bursts (every request in flight at the time): one cut per this long. */
const CUT_COOLDOWN_MS = 500;
/** A cut this recent tells, by what Proton accepted since, the rate it allows. */
const ACCEPTED_SPAN_MS = 5000;
/** The window the sending rate is measured over. */
const SEND_WINDOW_MS = 1000;
/** While cancellations wait, reads get at most this share of the requests. */
const READ_SHARE_WHILE_CANCELS_WAIT = 0.25;
const SHARE_WINDOW = 20;
/** How long a request giving way to another kind waits before it looks again. */
const RECHECK_MS = 20;
class AdaptiveRate {
    clock;
    limitState;
    tokens = 0;
    refilledAt = 0;
    recentSends = [];
    recentGrants = [];
    waiting = { cancel: 0, read: 0 };
    constructor(clock) {
        this.clock = clock;
    }
    /** Waits until the rate (and, for a read, the cancellations' priority) allows one more request, or `signal` aborts. */
    async pace(signal, kind = 'read') {
        this.waiting[kind] += 1;
        try {
            for (;;) {
                if (signal.aborted)
                    return;
                const now = this.clock.now();
                // A read over its share gives way to cancellations; within it, a cancellation gives way to it, so
                // that a listing's pages are not held back behind every queued cancel (the share caps what that costs).
                const yielding = kind === 'read' ? !this.readMayGo() : this.waiting.read > 0 && this.readMayGo();
                const rate = this.rateAt(now);
                if (rate !== undefined) {
                    this.tokens = Math.min(Math.max(1, rate), this.tokens + ((now - this.refilledAt) * rate) / 1000);
                    this.refilledAt = now;
                }
                if (!yielding && (rate === undefined || this.tokens >= 1)) {
                    if (rate !== undefined)
                        this.tokens -= 1;
                    this.grant(kind, now);
                    return;
                }
                const wait = yielding ? RECHECK_MS : ((1 - this.tokens) * 1000) / rate;
                await this.clock.sleep(Math.max(1, wait), signal);
            }
        }
        finally {
            this.waiting[kind] -= 1;
        }
    }
    throttled() {
        const now = this.clock.now();
        if (this.limitState && now - this.limitState.cutAt < CUT_COOLDOWN_MS)
            return;
        trim(this.recentSends, now - SEND_WINDOW_MS);
        const sending = (this.recentSends.length * 1000) / SEND_WINDOW_MS;
        const current = this.rateAt(now);
        // The rate that drew the throttling: what was really sent, not more than the limit then, and not
        // more than Proton accepted since the last cut (what its bucket refills at, once the burst is spent).
        // (Only under sustained throttling: after a quiet spell, what was taken says nothing of what is allowed.)
        const sinceCut = this.limitState ? now - this.limitState.cutAt : Infinity;
        const accepted = sinceCut <= ACCEPTED_SPAN_MS ? (this.limitState.accepted * 1000) / sinceCut : Infinity;
        const maxRate = Math.max(MIN_RATE, Math.min(current ?? Infinity, Math.max(sending, MIN_RATE), accepted));
        if (!this.limitState) {
            this.tokens = 0;
            this.refilledAt = now;
        }
        this.limitState = { maxRate, cutAt: now, accepted: 0, k: Math.cbrt((maxRate * (1 - BETA)) / SCALE) };
    }
    /** An answer that was not throttling: Proton took the request (a token of its bucket). */
    accepted() {
        if (this.limitState)
            this.limitState.accepted += 1;
    }
    /** The current limit in requests per second, or undefined when there is none. */
    get limit() {
        return this.rateAt(this.clock.now());
    }
    rateAt(now) {
        if (!this.limitState)
            return undefined;
        const { maxRate, cutAt, k } = this.limitState;
        const t = (now - cutAt) / 1000;
        return Math.max(MIN_RATE, SCALE * (t - k) ** 3 + maxRate);
    }
    /** A read may go when no cancellation waits, or while reads have had less than their share. */
    readMayGo() {
        if (this.waiting.cancel === 0)
            return true;
        const reads = this.recentGrants.filter((k) => k === 'read').length;
        return reads < Math.max(1, this.recentGrants.length) * READ_SHARE_WHILE_CANCELS_WAIT;
    }
    grant(kind, now) {
        this.recentGrants.push(kind);
        if (this.recentGrants.length > SHARE_WINDOW)
            this.recentGrants.shift();
        this.recentSends.push(now);
        trim(this.recentSends, now - SEND_WINDOW_MS);
    }
}
function trim(times, before) {
    while (times.length > 0 && times[0] <= before)
        times.shift();
}

;// CONCATENATED MODULE: ./src/proton/resource-calls.ts
// The SDK commands behind each type's operations (resources.ts names them): what a cancel, a read
// and a page of the list call send, and the fields of the answer the action keeps. sdkCalls() makes
// the SDK's client the action's ProtonCalls.

// Names are validated before any request, so the service name is always present where it is read.
const resource_calls_serviceOf = (target) => target.serviceName ?? '';
/** Only what the action relies on, field by field: a summary carries no spec, but nothing else is kept either. */
function kept(answer) {
    const resource = {};
    if (answer.arn)
        resource.arn = answer.arn;
    if (answer.deploymentStatus)
        resource.deploymentStatus = answer.deploymentStatus;
    if (answer.deploymentStatusMessage)
        resource.deploymentStatusMessage = answer.deploymentStatusMessage;
    if (answer.lastAttemptedDeploymentId)
        resource.lastAttemptedDeploymentId = answer.lastAttemptedDeploymentId;
    if (answer.lastSucceededDeploymentId)
        resource.lastSucceededDeploymentId = answer.lastSucceededDeploymentId;
    if (answer.lastDeploymentAttemptedAt)
        resource.lastDeploymentAttemptedAt = answer.lastDeploymentAttemptedAt;
    return resource;
}
function listed(target, summary) {
    return {
        target: targetOf(target.type, target.name ?? '', target.serviceName),
        resource: kept(summary),
    };
}
const next = (out) => (out.nextToken ? { nextToken: out.nextToken } : {});
/** The most a list page holds: fewer pages, fewer requests. */
const PAGE = 100;
const RESOURCE_CALLS = {
    environment: {
        cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelEnvironmentDeploymentCommand({ environmentName: t.name }), o)).environment,
        read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetEnvironmentCommand({ name: t.name }), o)).environment,
        // ListEnvironments filters only by template: every page is read, and filtered by the caller.
        listPage: async ({ client, sdk }, _query, nextToken, o) => {
            const out = await client.send(new sdk.ListEnvironmentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
            return { items: (out.environments ?? []).map((e) => listed({ type: 'environment', name: e.name }, e)), ...next(out) };
        },
    },
    'service-instance': {
        cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelServiceInstanceDeploymentCommand({ serviceInstanceName: t.name, serviceName: resource_calls_serviceOf(t) }), o)).serviceInstance,
        read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetServiceInstanceCommand({ name: t.name, serviceName: resource_calls_serviceOf(t) }), o)).serviceInstance,
        listPage: async ({ client, sdk }, { serviceName, inProgressOnly }, nextToken, o) => {
            const out = await client.send(new sdk.ListServiceInstancesCommand({
                ...(serviceName ? { serviceName } : {}),
                ...(inProgressOnly ? { filters: [{ key: 'deploymentStatus', value: 'IN_PROGRESS' }] } : {}),
                maxResults: PAGE,
                ...(nextToken ? { nextToken } : {}),
            }), o);
            const items = (out.serviceInstances ?? []).map((i) => listed({ type: 'service-instance', name: i.name, serviceName: i.serviceName }, i));
            return { items, ...next(out) };
        },
    },
    'service-pipeline': {
        cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelServicePipelineDeploymentCommand({ serviceName: t.name }), o)).pipeline,
        // There is no GetServicePipeline: the pipeline is read through its service.
        read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetServiceCommand({ name: t.name }), o)).service?.pipeline,
    },
    component: {
        cancel: async ({ client, sdk }, t, o) => (await client.send(new sdk.CancelComponentDeploymentCommand({ componentName: t.name }), o)).component,
        read: async ({ client, sdk }, t, o) => (await client.send(new sdk.GetComponentCommand({ name: t.name }), o)).component,
        // ListComponents filters only by environment or service: every page is read, and filtered by the caller.
        listPage: async ({ client, sdk }, _query, nextToken, o) => {
            const out = await client.send(new sdk.ListComponentsCommand({ maxResults: PAGE, ...(nextToken ? { nextToken } : {}) }), o);
            return { items: (out.components ?? []).map((c) => listed({ type: 'component', name: c.name }, c)), ...next(out) };
        },
    },
};
/** The SDK's client as the action's ProtonCalls. */
function sdkCalls(proton) {
    const { client, sdk } = proton;
    return {
        cancel: (target, options) => RESOURCE_CALLS[target.type].cancel(proton, target, options),
        read: (target, options) => RESOURCE_CALLS[target.type].read(proton, target, options),
        listPage: (type, query, nextToken, options) => {
            const { listPage } = RESOURCE_CALLS[type];
            if (!listPage)
                throw new Error(`resource type ${type} has no list call`);
            return listPage(proton, query, nextToken, options);
        },
        getDeployment: async (target, id, options) => (await client.send(new sdk.GetDeploymentCommand({ id, ...resourceType(target.type).deploymentScope(target) }), options)).deployment,
        credentials: () => client.config.credentials(),
        destroy: () => client.destroy(),
    };
}

;// CONCATENATED MODULE: ./src/proton/sdk.ts
let loading;
function loadSdk() {
    return (loading ??= Promise.all(/* import() */[__nccwpck_require__.e(760), __nccwpck_require__.e(424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8424)));
}

;// CONCATENATED MODULE: ./src/proton/client.ts


// One attempt may take this long in all: credentials, connection, request and reply. A server that
// accepts a connection and never answers (or trickles) would otherwise hold the step.
const ATTEMPT_TIMEOUT_MS = 30_000;
const CONNECTION_TIMEOUT_MS = 10_000;
/** Where Proton requests go: endpoint-url, else what the SDK reads from the environment, else AWS's endpoint. */
function protonEndpoint(options, env = process.env) {
    const configured = options.endpointUrl ?? (env.AWS_ENDPOINT_URL_PROTON?.trim() || env.AWS_ENDPOINT_URL?.trim());
    try {
        if (configured)
            return new URL(configured);
    }
    catch {
        // The SDK reports an endpoint it cannot use; here it only decides the route.
    }
    return new URL(`https://proton.${options.region}.amazonaws.com`);
}
async function createProtonClient(options, env = process.env) {
    const sdk = await loadSdk();
    const planned = await sdk.planConnection({ endpoint: protonEndpoint(options, env), connectionTimeoutMs: CONNECTION_TIMEOUT_MS, env, sdk });
    if ('problems' in planned)
        return planned;
    const { requestHandler, credentialDefaultProvider } = planned.plan;
    const client = new sdk.ProtonClient({
        region: options.region,
        // Without endpoint-url the SDK resolves AWS_ENDPOINT_URL_PROTON, then AWS_ENDPOINT_URL, then AWS.
        ...(options.endpointUrl ? { endpoint: options.endpointUrl } : {}),
        // The action retries by itself (proton/api.ts). The SDK's retries (@smithy/core 3.41.1) do end
        // their pause on abort, but count throttled cancellations against maxAttempts and draw every
        // retry from one quota per client (100 throttled retries, then none): a fleet would be given up
        // early. test/integration/sdk-retries.test.ts pins both, and that this makes one attempt per send.
        maxAttempts: 1,
        requestHandler: requestHandler ?? { connectionTimeout: CONNECTION_TIMEOUT_MS },
        ...(credentialDefaultProvider ? { credentialDefaultProvider } : {}),
    });
    return { proton: sdkCalls({ client, sdk }), connection: planned.plan };
}

;// CONCATENATED MODULE: ./src/proton/credentials.ts
// Credentials are resolved once, before any request, so that missing or broken credentials give one
// clear error instead of one per target. The SDK's providers cannot be cancelled (a credential_process
// that hangs, a slow web-identity or instance-metadata lookup), so the step stops waiting for them.




const CREDENTIALS_TIMEOUT_MS = 10_000;
const NONE_FOUND = /could not load credentials from any providers/i;
/** Loads the credentials once: their facts, or the one problem to report for every target. */
async function loadCredentials(proton, clock, stop) {
    const timeLimit = clock.timeout(CREDENTIALS_TIMEOUT_MS);
    try {
        const identity = await untilAborted(proton.credentials(), AbortSignal.any([stopSignal(stop), timeLimit]));
        const source = identity.$source ?? {};
        return { facts: { ...(identity.expiration ? { expiresAt: identity.expiration } : {}), refreshes: !('CREDENTIALS_ENV_VARS' in source) } };
    }
    catch (error) {
        const stopped = whatStopped(stop);
        if (stopped)
            return { problem: { why: stopped === 'interrupt' ? 'interrupted' : 'deadline' } };
        if (timeLimit.aborted)
            return { problem: { why: 'timed-out', limitMs: CREDENTIALS_TIMEOUT_MS } };
        return { problem: credentialsProblem(error) };
    }
}
function credentialsProblem(error) {
    if ((0,proxy_error_shape/* isProxyError */.d)(error))
        return { why: 'proxy', problem: error.problem };
    const said = error instanceof Error && error.message ? oneLine(error.message, 500) : oneLine(String(error), 500);
    const profile = process.env.AWS_PROFILE ? oneLine(process.env.AWS_PROFILE, 100) : undefined;
    return { why: NONE_FOUND.test(said) ? 'none-found' : 'failed', said, profile };
}

;// CONCATENATED MODULE: ./src/proton/request-slots.ts
class RequestSlots {
    size;
    active = { cancel: 0, read: 0 };
    queues = { cancel: [], read: [] };
    constructor(size) {
        this.size = size;
    }
    /** Resolves true once a slot is held; false if `signal` aborts first (then no slot is held). */
    acquire(signal, kind = 'read') {
        if (signal.aborted)
            return Promise.resolve(false);
        if (this.queues[kind].length === 0 && this.free(kind)) {
            this.active[kind] += 1;
            return Promise.resolve(true);
        }
        const queue = this.queues[kind];
        return new Promise((resolve) => {
            const grant = () => {
                signal.removeEventListener('abort', giveUp);
                resolve(true);
            };
            const giveUp = () => {
                const at = queue.indexOf(grant);
                if (at >= 0)
                    queue.splice(at, 1);
                resolve(false);
            };
            queue.push(grant);
            signal.addEventListener('abort', giveUp, { once: true });
        });
    }
    release(kind = 'read') {
        this.active[kind] -= 1;
        // Cancellations first, within their share of the slots; then reads.
        for (const next of ['cancel', 'read']) {
            const waiting = this.queues[next];
            if (waiting.length > 0 && this.free(next)) {
                this.active[next] += 1;
                waiting.shift()();
                return;
            }
        }
    }
    get inUse() {
        return this.active.cancel + this.active.read;
    }
    /** Whether a request of this kind may take a slot now. */
    free(kind) {
        if (this.inUse >= this.size)
            return false;
        return kind === 'read' || this.active.cancel < this.size - 1;
    }
}

;// CONCATENATED MODULE: ./src/domain/wildcard.ts
const WILDCARD = '*';
// Keeps outputs and the summary within GitHub's limits whatever Proton returns (see report/outputs.ts).
const MAX_TARGETS = 1000;

;// CONCATENATED MODULE: ./src/domain/deployment-status.ts
// A deployment's status, as Proton's API reference lists it (DeploymentStatus).
const DEPLOYMENT_STATUSES = (/* unused pure expression or super */ null && ([
    'IN_PROGRESS',
    'FAILED',
    'SUCCEEDED',
    'DELETE_IN_PROGRESS',
    'DELETE_FAILED',
    'DELETE_COMPLETE',
    'CANCELLING',
    'CANCELLED',
]));
function isMoving(status) {
    return status === 'IN_PROGRESS' || status === 'CANCELLING';
}

;// CONCATENATED MODULE: ./src/domain/outcome.ts
// How a deployment's status maps to the outcome a workflow branches on.

/** Most severe first: with several targets, the step's `outcome` is the first one any target has. */
const OUTCOMES = [
    'error',
    'failed',
    'timed-out',
    // A signal (the run was cancelled, the step timed out) stopped the wait before the end: the
    // cancellation already requested stands; where it ended is not known.
    'interrupted',
    'succeeded',
    // The guard left a deployment in progress running: it started before the job armed the guard.
    'left-running',
    // dry-run: the deployment is IN_PROGRESS and would be cancelled.
    'would-cancel',
    'not-in-progress',
    // wait: false: the cancellation is under way; the step did not wait for its end.
    'submitted',
    'cancelled',
];
/** Outcomes that fail the step whatever fail-on says. */
const ALWAYS_FAILING = ['error', 'interrupted'];
function isOutcome(word) {
    return OUTCOMES.includes(word);
}
/** Proton is still working on the deployment (or on cancelling it). */
function isStillDeploying(status) {
    // A resource without a status has not told us where it ended, so keep waiting for one.
    return status === undefined || isMoving(status);
}
/** The outcome of a deployment that has stopped moving. */
function outcomeOfEndStatus(status) {
    if (status === 'CANCELLED')
        return 'cancelled';
    if (status === 'SUCCEEDED')
        return 'succeeded';
    return 'failed';
}
function mostSevere(outcomes) {
    return OUTCOMES.find((outcome) => outcomes.includes(outcome));
}

;// CONCATENATED MODULE: ./src/proton/deployment-history.ts
// Proton's deployment history: where one deployment ended, found by its id. A resource only shows
// its latest deployment, so once a newer one has started, this is the only way to learn how the
// deployment the step acted on ended.

async function readDeployment(api, target, id, stop) {
    const deployment = await api.call(DEPLOYMENT_HISTORY_OPERATION, (proton, options) => proton.getDeployment(target, id, options), stop);
    // Only the status: the deployment's initialState and targetState carry specs, which never leave the step.
    return {
        id,
        ...(deployment?.deploymentStatus ? { status: deployment.deploymentStatus } : {}),
        ...(deployment?.deploymentStatusMessage ? { statusMessage: deployment.deploymentStatusMessage } : {}),
    };
}

;// CONCATENATED MODULE: ./src/proton/failure-kinds.ts
// What a failed request means for the step, as facts: whether it is worth asking again, whether it
// may have taken effect, and the kind of error it ends a target with. The words are the reporting's
// (report/failure-words.ts).

const CREDENTIAL_ERRORS = new Set([
    'UnrecognizedClientException',
    'InvalidSignatureException',
    'ExpiredTokenException',
    'ExpiredToken',
    'InvalidClientTokenId',
    'MissingAuthenticationTokenException',
    'IncompleteSignature',
    'SignatureDoesNotMatch',
]);
/** The credentials were good, and their session ran out. */
const EXPIRED_ERRORS = new Set(['ExpiredTokenException', 'ExpiredToken']);
/** Answers that will not change by asking again: a wait ends on them rather than polling on. */
const DEFINITIVE_ERRORS = new Set(['ResourceNotFoundException', 'AccessDeniedException', 'ValidationException', ...CREDENTIAL_ERRORS]);
/** How long into the step AWS answered that the credentials had expired; undefined for any other failure. */
function credentialsExpiredAfter(failure) {
    return EXPIRED_ERRORS.has(apiErrorTypeOf(failure) ?? '') ? failure.elapsedMs : undefined;
}
/**
 * A target's failure as an expired session: when, and whether its cancellation had been made. Only
 * the cancel request (not made) and the reads that follow a cancellation (it stands) say so; a read
 * before any cancel is just rejected credentials.
 */
function expiredSessionOf(failure) {
    if (failure.kind !== 'request' || failure.during === 'read')
        return undefined;
    const afterMs = credentialsExpiredAfter(failure.request);
    return afterMs === undefined ? undefined : { afterMs, cancellationStands: failure.during === 'follow' };
}
function isConflict(failure) {
    return apiErrorTypeOf(failure) === 'ConflictException';
}
/** Not found, access denied, invalid, or credentials rejected: asking again cannot help. */
function isDefinitive(failure) {
    const last = lastAttempt(failure);
    if (failure.stoppedBy || !last)
        return false;
    if (last.kind === 'client-error' || last.kind === 'untrusted-certificate')
        return true;
    if (last.kind === 'proxy' && last.proxy?.mayPass === false)
        return true;
    return last.kind === 'api-error' && DEFINITIVE_ERRORS.has(last.type ?? '');
}
const NEVER_REACHED_PROTON = new Set(['proxy', 'untrusted-certificate', 'no-such-host', 'connection']);
/** The kind of a failed request, for the target it ends: `cancel` for a cancel request, `read` for any read. */
function errorKindOf(failure, request) {
    const type = apiErrorTypeOf(failure);
    if (type === 'ResourceNotFoundException')
        return 'not-found';
    if (type === 'AccessDeniedException')
        return 'access-denied';
    if (type !== undefined && CREDENTIAL_ERRORS.has(type))
        return 'credentials';
    const answered = failure.attempts.filter((a) => a.kind !== 'cut-short');
    if (answered.length > 0 && answered.every((a) => NEVER_REACHED_PROTON.has(a.kind)) && !mayHaveTakenEffect(failure))
        return 'unreachable';
    if (request === 'read')
        return 'read-failed';
    return mayHaveTakenEffect(failure) ? 'maybe-made' : 'not-made';
}
/** Whether a request that failed may still have reached Proton and taken effect. */
function mayHaveTakenEffect(failure) {
    return failure.attempts.some((a) => a.kind === 'no-answer' ||
        a.kind === 'cut-short' ||
        a.kind === 'server-error' ||
        (a.kind === 'connection' && a.code === 'ECONNRESET') ||
        (a.kind === 'unreadable-reply' && a.status !== undefined && a.status < 300));
}

;// CONCATENATED MODULE: ./src/domain/target-result.ts

/** The deployment newer than the one the step acted on, when one started: cancelled instead, or seen to start. */
function newerDeploymentOf(result) {
    return cancelledInsteadOf(result) ?? newerStartedOf(result);
}
/** The deployment a cancel request reached instead of the one given in deployment-id, if that happened. */
function cancelledInsteadOf(result) {
    return result.outcome === 'not-in-progress' ? result.cancelledInstead : undefined;
}
/** A newer deployment the step saw start after the one it acted on (and did not touch). */
function newerStartedOf(result) {
    return 'newerDeploymentId' in result ? result.newerDeploymentId : undefined;
}
/** The deployment a resource describes: its latest attempted one. */
function latestDeployment(resource) {
    return {
        ...(resource?.lastAttemptedDeploymentId ? { id: resource.lastAttemptedDeploymentId } : {}),
        ...(resource?.deploymentStatus ? { status: resource.deploymentStatus } : {}),
        ...(resource?.deploymentStatusMessage ? { statusMessage: resource.deploymentStatusMessage } : {}),
    };
}
/**
 * The deployment a result reports when the step was given a deployment-id: that one, always. What the
 * step learned about another deployment (the resource's latest) is not said of it.
 */
function givenDeployment(deployment, id) {
    return deployment?.id === id ? deployment : { id };
}
/**
 * The step's outcome: error when it could not get to the targets at all; else the most severe of the
 * targets'; and not-in-progress when `*` matched nothing.
 */
function stepOutcome(step) {
    if (step.problem)
        return 'error';
    return mostSevere(step.results.map((r) => r.outcome)) ?? (step.discovery ? 'not-in-progress' : undefined);
}

;// CONCATENATED MODULE: ./src/follow/follow-deployment.ts






/** After this many failed status reads in a row, say so once (each failure alone is debug detail). */
const FAILED_READS_BEFORE_WARNING = 3;
/** The first poll of each target is spread over this share of an interval, so a fleet does not poll in lockstep. */
const FIRST_POLL_SPREAD = 0.2;
async function followDeployment(target, from, ctx) {
    const { api, clock, stop, progress } = ctx;
    const signal = stopSignal(stop);
    const startedAt = clock.now();
    let { resource, deployment } = from;
    let newerDeploymentId;
    let failedReads = 0;
    let readFailure;
    const finish = (end) => {
        ctx.polls.leave(target);
        return {
            end,
            resource,
            deployment,
            ...(newerDeploymentId ? { newerDeploymentId } : {}),
            ...(readFailure ? { readFailure } : {}),
        };
    };
    // What the last poll said came from a list: its end may lack the status message a Get carries.
    let lastFromList = false;
    let lastReadAt = clock.now();
    const readLatest = async (first) => {
        const polled = first && from.readFirst ? await ctx.polls.now(target) : await ctx.polls.next(target, lastReadAt, first ? FIRST_POLL_SPREAD * ctx.random() : 0);
        if (polled.kind === 'stopped')
            return 'stopped';
        // A failed read counts as a poll too: the next comes an interval later, not at once.
        lastReadAt = clock.now();
        if (polled.kind === 'failed')
            throw polled.failure;
        lastFromList = polled.fromList;
        resource = polled.resource;
        const latest = latestDeployment(resource);
        const ours = deployment.id;
        if (ours && latest.id && latest.id !== ours) {
            newerDeploymentId = latest.id;
            progress.tell(target, { kind: 'newer-deployment-started', newer: latest.id, ours });
            deployment = await readDeployment(api, target, ours, stop);
            return;
        }
        // A legacy resource has no ids; one whose first answer lacked it gets it from the latest.
        const id = ours ?? latest.id;
        deployment = { ...latest, ...(id ? { id } : {}) };
        return undefined;
    };
    // Only reached once a newer deployment was seen, which needs our id: its own Get, every interval.
    const readFromHistory = async () => {
        await clock.sleep(ctx.pollIntervalMs, signal);
        if (whatStopped(stop))
            return 'stopped';
        lastFromList = false;
        deployment = await readDeployment(api, target, deployment.id, stop);
        return undefined;
    };
    for (let poll = 1; (poll === 1 && from.readFirst) || isStillDeploying(deployment.status); poll++) {
        const stopped = whatStopped(stop);
        if (stopped)
            return finish({ kind: 'stopped', by: stopped });
        const before = deployment.status;
        try {
            if ((await (newerDeploymentId ? readFromHistory() : readLatest(poll === 1))) === 'stopped')
                return finish({ kind: 'stopped', by: whatStopped(stop) ?? 'interrupt' });
        }
        catch (error) {
            assertRequestFailed(error);
            const what = { kind: 'request', request: error, target, region: ctx.region, during: 'follow' };
            const cutShort = whatStopped(stop);
            if (cutShort) {
                // Keep what earlier reads ran into, unless this one got answers that say more.
                if (error.attempts.some((a) => a.kind !== 'cut-short'))
                    readFailure = what;
                return finish({ kind: 'stopped', by: cutShort });
            }
            if (isDefinitive(error)) {
                const failure = newerDeploymentId
                    ? { ...what, newerDeploymentId, ...(deployment.id ? { deploymentId: deployment.id } : {}) }
                    : what;
                return finish({ kind: 'error', failure, errorKind: errorKindOf(error, 'read') });
            }
            failedReads += 1;
            readFailure = what;
            progress.tell(target, { kind: 'read-failed', failure: what, poll, inARow: failedReads });
            if (failedReads === FAILED_READS_BEFORE_WARNING)
                progress.tell(target, { kind: 'reads-failing', failures: failedReads, failure: what });
            continue;
        }
        if (failedReads >= FAILED_READS_BEFORE_WARNING)
            progress.tell(target, { kind: 'reads-recovered', failures: failedReads });
        failedReads = 0;
        readFailure = undefined;
        const waited = clock.now() - startedAt;
        progress.tell(target, { kind: 'polled', poll, status: deployment.status, waitedMs: waited });
        if (deployment.status !== before)
            progress.tell(target, { kind: 'status-changed', deployment, waitedMs: waited, fromHistory: newerDeploymentId !== undefined });
    }
    if (lastFromList)
        await fillStatusMessage();
    return finish({ kind: 'ended' });
    /**
     * A list told the end; what the summary shows of an end that is not CANCELLED (why it failed) is
     * read once, now, from the Get, if the list did not carry it.
     */
    async function fillStatusMessage() {
        if (deployment.status === 'CANCELLED' || deployment.statusMessage)
            return;
        const polled = await ctx.polls.now(target);
        if (polled.kind !== 'read' || !polled.resource)
            return;
        const latest = latestDeployment(polled.resource);
        if (latest.id !== deployment.id || latest.status !== deployment.status)
            return;
        resource = polled.resource;
        if (latest.statusMessage)
            deployment = { ...deployment, statusMessage: latest.statusMessage };
    }
}

;// CONCATENATED MODULE: ./src/cancel/read-state.ts




/** Reads the resource; when the step waits, a read that fails for a passing reason is tried again each interval. */
async function readState(target, ctx) {
    const signal = stopSignal(ctx.stop);
    for (;;) {
        try {
            return { kind: 'read', resource: await readResource(ctx.api, target, ctx.stop) };
        }
        catch (error) {
            assertRequestFailed(error);
            const failure = { kind: 'request', request: error, target, region: ctx.region, during: 'read', ...(ctx.dryRun ? { dryRun: true } : {}) };
            if (!ctx.wait || error.stoppedBy || isDefinitive(error))
                return { kind: 'failed', failure, errorKind: errorKindOf(error, 'read') };
            ctx.progress.tell(target, { kind: 'read-failed', failure });
        }
        await ctx.clock.sleep(ctx.pollIntervalMs, signal);
    }
}

;// CONCATENATED MODULE: ./src/cancel/check-target.ts
// Before a scoped cancel (deployment-id, the guard's rule) and in a dry run, the step reads the
// target and decides what may be cancelled: only a deployment in progress and in scope. A deployment
// the scope excludes is left alone; the one given in deployment-id, when it is no longer the latest,
// is looked up in Proton's deployment history so its own status is reported.








async function checkTarget(target, scope, ctx) {
    const state = await readState(target, ctx);
    if (state.kind === 'failed')
        return state;
    return assess(target, state.resource, scope, ctx);
}
/** What may be cancelled, given the resource as just read. */
async function assess(target, resource, scope, ctx) {
    const latest = latestDeployment(resource);
    const excluded = exclusion(latest, resource?.lastDeploymentAttemptedAt, scope);
    if (excluded?.why === 'other-deployment' && scope.deploymentId) {
        return ownDeploymentFromHistory(target, resource, scope.deploymentId, latest.id, ctx);
    }
    const status = latest.status;
    if (!isMoving(status) || !resource)
        return { kind: 'nothing-to-cancel', resource, deployment: latest };
    if (excluded?.why === 'started-before-guard') {
        const leftAlone = { target, ...(latest.id ? { deploymentId: latest.id } : {}), ...(excluded.attemptedAt ? { attemptedAt: excluded.attemptedAt } : {}) };
        ctx.progress.tell(target, { kind: 'left-alone', leftAlone });
        return { kind: 'nothing-to-cancel', resource, deployment: latest, leftAlone };
    }
    return { kind: 'in-scope', resource, status };
}
async function ownDeploymentFromHistory(target, resource, id, latestId, ctx) {
    try {
        const deployment = await readDeployment(ctx.api, target, id, ctx.stop);
        ctx.progress.tell(target, { kind: 'given-deployment-not-latest', id, status: deployment.status, latestId });
        return { kind: 'nothing-to-cancel', resource, deployment, ...(latestId ? { newerDeploymentId: latestId } : {}) };
    }
    catch (error) {
        assertRequestFailed(error);
        const unknown = apiErrorTypeOf(error) === 'ResourceNotFoundException';
        return {
            kind: 'failed',
            errorKind: unknown ? 'unknown-deployment' : errorKindOf(error, 'read'),
            ...(resource ? { resource } : {}),
            failure: unknown
                ? { kind: 'unknown-deployment', id, type: target.type }
                : { kind: 'request', request: error, target, region: ctx.region, during: 'read', ...(ctx.dryRun ? { dryRun: true } : {}) },
        };
    }
}

;// CONCATENATED MODULE: ./src/cancel/request-cancellation.ts
// Ask Proton to cancel one target's deployment, and make sense of a ConflictException. Proton answers
// Conflict when nothing is IN_PROGRESS, but the answer alone does not say what is going on, so the
// resource is read: CANCELLING means someone else is already cancelling (the deployment still moves);
// IN_PROGRESS means a new deployment started between the calls (or the Conflict was stale), so the
// cancel is asked again, if that deployment is in scope; only an end status means nothing to cancel.







/** How often a Conflict is met by asking again while the resource reads IN_PROGRESS. */
const CONFLICT_RETRIES = 3;
const CONFLICT_RETRY_PAUSE_MS = 1000;
async function requestCancellation(target, scope, ctx) {
    const { api, stop, progress } = ctx;
    const type = resourceType(target.type);
    for (let conflicts = 0;; conflicts++) {
        let earlierAttemptUnanswered;
        try {
            return { kind: 'accepted', resource: await sendCancelRequest(api, target, stop) };
        }
        catch (error) {
            assertRequestFailed(error);
            if (!isConflict(error)) {
                return { kind: 'failed', errorKind: errorKindOf(error, 'cancel'), failure: { kind: 'request', request: error, target, region: ctx.region, during: 'cancel' } };
            }
            earlierAttemptUnanswered = mayHaveTakenEffect(error);
        }
        const state = await readState(target, ctx);
        if (state.kind === 'failed') {
            return { kind: 'failed', errorKind: state.errorKind, failure: { kind: 'conflict-then-unreadable', cancelOperation: type.cancelOperation, read: state.failure } };
        }
        const check = await assess(target, state.resource, scope, ctx);
        if (check.kind === 'failed')
            return check;
        if (check.kind === 'nothing-to-cancel') {
            if (!check.leftAlone && check.newerDeploymentId === undefined) {
                progress.tell(target, { kind: 'nothing-in-progress', status: check.deployment.status });
            }
            return check;
        }
        const { resource } = check;
        if (check.status === 'CANCELLING') {
            progress.tell(target, { kind: 'already-cancelling', when: earlierAttemptUnanswered ? 'after-unanswered-attempt' : 'after-conflict' });
            return { kind: 'already-cancelling', resource };
        }
        if (conflicts >= CONFLICT_RETRIES) {
            return {
                kind: 'failed',
                errorKind: 'not-made',
                resource,
                failure: { kind: 'conflict-persists', cancelOperation: type.cancelOperation, readOperation: type.readOperation, times: conflicts + 1 },
            };
        }
        progress.tell(target, { kind: 'conflict-asking-again', attempt: conflicts + 1, of: CONFLICT_RETRIES });
        await ctx.clock.sleep(CONFLICT_RETRY_PAUSE_MS, stopSignal(stop));
        const stopped = whatStopped(stop);
        if (stopped) {
            return {
                kind: 'failed',
                errorKind: 'not-made',
                resource,
                failure: { kind: 'conflict-then-stopped', cancelOperation: type.cancelOperation, by: stopped },
            };
        }
    }
}

;// CONCATENATED MODULE: ./src/cancel/cancel-target.ts
// One target: ask Proton to cancel its deployment (first making sure it is in scope, when the step is
// scoped) and, if asked to wait, follow that deployment until Proton says where it ended.









async function cancelTarget(target, scope, ctx) {
    const startedAt = ctx.clock.now();
    const done = (facts) => ({
        ...facts,
        target,
        ...(scope.deploymentId ? { deployment: givenDeployment(facts.deployment, scope.deploymentId) } : {}),
        waitedMs: ctx.clock.now() - startedAt,
    });
    const known = (resource) => resource ? { resource, deployment: latestDeployment(resource) } : {};
    const asked = await ask(target, scope, ctx);
    switch (asked.kind) {
        case 'failed':
            return done({
                outcome: 'error',
                failure: asked.failure,
                errorKind: asked.errorKind,
                ...known(asked.resource),
            });
        case 'nothing-to-cancel': {
            const seen = { ...(asked.resource ? { resource: asked.resource } : {}), deployment: asked.deployment };
            if (asked.leftAlone)
                return done({ outcome: 'left-running', ...seen, leftAlone: asked.leftAlone });
            return done({ outcome: 'not-in-progress', ...seen, ...(asked.newerDeploymentId ? { newerDeploymentId: asked.newerDeploymentId } : {}) });
        }
        case 'accepted':
        case 'already-cancelling':
            break;
    }
    const alreadyCancelling = asked.kind === 'already-cancelling' ? { alreadyCancelling: true } : {};
    let resource = asked.resource;
    const deployment = latestDeployment(resource);
    if (asked.kind === 'accepted') {
        ctx.progress.tell(target, { kind: 'cancel-requested', deployment });
        const instead = scope.deploymentId && deployment.id && deployment.id !== scope.deploymentId ? deployment.id : undefined;
        if (instead)
            return done(await raced(target, scope.deploymentId, instead, resource, ctx));
    }
    const statusKnown = deployment.status !== undefined;
    if (statusKnown && !isStillDeploying(deployment.status)) {
        return done({ outcome: outcomeOfEndStatus(deployment.status), ...known(resource), ...alreadyCancelling });
    }
    if (!ctx.wait) {
        // An answer without a status is read once, so `submitted` is only said of a deployment still moving.
        let readFailure;
        if (!statusKnown) {
            try {
                resource = await readResource(ctx.api, target, ctx.stop);
            }
            catch (error) {
                assertRequestFailed(error);
                readFailure = { kind: 'request', request: error, target, region: ctx.region, during: 'read' };
            }
        }
        const now = latestDeployment(resource);
        const outcome = now.status && !isStillDeploying(now.status) ? outcomeOfEndStatus(now.status) : 'submitted';
        if (outcome !== 'submitted')
            return done({ outcome, ...known(resource), ...alreadyCancelling });
        return done({ outcome, ...known(resource), ...alreadyCancelling, ...(readFailure ? { readFailure } : {}) });
    }
    const followed = await followDeployment(target, { resource, deployment, readFirst: !statusKnown }, ctx);
    const seen = { ...(followed.resource ? { resource: followed.resource } : {}), deployment: followed.deployment };
    const { end } = followed;
    if (end.kind === 'error') {
        return done({
            outcome: 'error',
            ...seen,
            failure: end.failure,
            errorKind: end.errorKind,
        });
    }
    const newer = followed.newerDeploymentId ? { newerDeploymentId: followed.newerDeploymentId } : {};
    // Once the cancellation was accepted, a signal only stops the step watching it (interrupted: the
    // cancellation stands); the deadline ends the wait (timed-out).
    if (end.kind === 'stopped') {
        return done({
            outcome: end.by === 'interrupt' ? 'interrupted' : 'timed-out',
            ...seen,
            ...alreadyCancelling,
            ...newer,
            ...(followed.readFailure ? { readFailure: followed.readFailure } : {}),
        });
    }
    return done({ outcome: outcomeOfEndStatus(followed.deployment.status), ...seen, ...alreadyCancelling, ...newer });
}
/** The cancel request, after making sure (when scoped) that the deployment in progress is in scope. */
async function ask(target, scope, ctx) {
    if (isScoped(scope)) {
        const check = await checkTarget(target, scope, ctx);
        if (check.kind !== 'in-scope')
            return check;
        if (check.status === 'CANCELLING') {
            ctx.progress.tell(target, { kind: 'already-cancelling', when: 'found' });
            return { kind: 'already-cancelling', resource: check.resource };
        }
    }
    return requestCancellation(target, scope, ctx);
}
/**
 * Proton cancels "the deployment in progress", not one by id: when the given deployment ended and a
 * newer one started between the step's read and its cancel, the newer one was cancelled. Say so, and
 * report the given deployment's own end from the history.
 */
async function raced(target, id, instead, resource, ctx) {
    ctx.progress.tell(target, { kind: 'cancel-reached-newer', instead, given: id });
    let deployment = { id };
    try {
        deployment = await readDeployment(ctx.api, target, id, ctx.stop);
    }
    catch (error) {
        assertRequestFailed(error);
    }
    return { outcome: 'not-in-progress', ...(resource ? { resource } : {}), deployment, cancelledInstead: instead };
}

;// CONCATENATED MODULE: ./src/cancel/preview-target.ts


async function previewTarget(target, scope, ctx) {
    const startedAt = ctx.clock.now();
    const check = await checkTarget(target, scope, ctx);
    const waitedMs = ctx.clock.now() - startedAt;
    const facts = previewOf(target, check, ctx);
    return { ...facts, target, ...(scope.deploymentId ? { deployment: givenDeployment(facts.deployment, scope.deploymentId) } : {}), waitedMs };
}
function previewOf(target, check, ctx) {
    switch (check.kind) {
        case 'failed':
            return {
                outcome: 'error',
                failure: check.failure,
                errorKind: check.errorKind,
                ...(check.resource ? { resource: check.resource, deployment: latestDeployment(check.resource) } : {}),
            };
        case 'nothing-to-cancel': {
            const seen = { ...(check.resource ? { resource: check.resource } : {}), deployment: check.deployment };
            if (check.leftAlone)
                return { outcome: 'left-running', ...seen, leftAlone: check.leftAlone };
            return { outcome: 'not-in-progress', ...seen, ...(check.newerDeploymentId ? { newerDeploymentId: check.newerDeploymentId } : {}) };
        }
        case 'in-scope': {
            const deployment = latestDeployment(check.resource);
            // A deployment already CANCELLING needs no cancel from this step.
            const wouldCancel = check.status === 'IN_PROGRESS';
            ctx.progress.tell(target, { kind: 'dry-run', wouldCancel, deploymentId: deployment.id });
            return wouldCancel
                ? { outcome: 'would-cancel', resource: check.resource, deployment }
                : { outcome: 'not-in-progress', resource: check.resource, deployment, alreadyCancelling: true };
        }
    }
}

;// CONCATENATED MODULE: ./src/cancel/cancel-all-targets.ts










// Enough to send a fleet's cancel requests within a second or two, few enough not to flood Proton.
const MAX_REQUESTS_IN_FLIGHT = 10;
async function cancelAllTargets(settings, ctx) {
    const { clock, progress } = ctx;
    const { dryRun } = settings;
    const scope = { ...ctx.scope, ...(settings.deploymentId ? { deploymentId: settings.deploymentId } : {}) };
    const startedAt = clock.now();
    const created = await (ctx.connect ?? createProtonClient)(settings);
    if ('problems' in created)
        return failedBeforeAnyRequest(settings, { kind: 'connection-settings', problems: created.problems });
    const { proton, connection } = created;
    ctx.onConnection?.(connection);
    try {
        const stop = { deadline: clock.timeout(settings.waitTimeoutSeconds * 1000), interrupt: ctx.interrupt };
        const credentials = await loadCredentials(proton, clock, stop);
        if ('problem' in credentials)
            return failedBeforeAnyRequest(settings, { kind: 'credentials', problem: credentials.problem });
        ctx.onCredentials?.(credentials.facts);
        const random = ctx.random ?? Math.random;
        const api = new ProtonApi({
            proton,
            clock,
            maxAttempts: settings.maxAttempts,
            slots: new RequestSlots(MAX_REQUESTS_IN_FLIGHT),
            rate: new AdaptiveRate(clock),
            attemptTimeoutMs: ctx.attemptTimeoutMs ?? ATTEMPT_TIMEOUT_MS,
            random,
            startedAt,
            ...(connection.endpointProxy ? { via: connection.endpointProxy } : {}),
        });
        let targets = settings.targets;
        let discovery;
        if (settings.wildcard) {
            try {
                discovery = await findInProgress(api, settings.wildcard, scope, stop);
            }
            catch (error) {
                assertRequestFailed(error);
                return { results: [], problem: { kind: 'list', request: error, wildcard: settings.wildcard, region: settings.region }, dryRun };
            }
            ctx.onDiscovery?.(discovery);
            if (discovery.matched.length > MAX_TARGETS) {
                return { results: [], discovery, problem: { kind: 'too-many-matched', matched: discovery.matched.length, max: MAX_TARGETS }, dryRun };
            }
            targets = discovery.matched;
        }
        const pollIntervalMs = settings.pollIntervalSeconds * 1000;
        const polls = new FleetPolls(targets, { api, clock, stop, pollIntervalMs, ...(ctx.onListDenied ? { onListDenied: ctx.onListDenied } : {}) });
        const targetContext = {
            api,
            polls,
            clock,
            stop,
            region: settings.region,
            dryRun,
            wait: settings.wait,
            pollIntervalMs,
            progress,
            random,
        };
        const work = dryRun ? previewTarget : cancelTarget;
        const results = await Promise.all(targets.map((target) => work(target, scope, targetContext)));
        return { results, ...(discovery ? { discovery } : {}), dryRun };
    }
    finally {
        proton.destroy();
    }
}
/** A problem that stops every target before any request to Proton: the same error for each. */
function failedBeforeAnyRequest(settings, problem) {
    const { dryRun } = settings;
    if (settings.wildcard)
        return { results: [], problem, dryRun };
    return { results: settings.targets.map((target) => ({ target, outcome: 'error', failure: problem, errorKind: 'no-request', waitedMs: 0 })), dryRun };
}

;// CONCATENATED MODULE: ./src/lib/clock.ts
// Time is injected so that waiting logic can be tested without waiting (see test/support/virtual-clock.ts).
const systemClock = {
    now: () => Date.now(),
    sleep: (ms, signal) => new Promise((resolve) => {
        if (signal.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    }),
    // Node unrefs this timer, so a finished step exits without waiting for it.
    timeout: (ms) => AbortSignal.timeout(ms),
};

;// CONCATENATED MODULE: ./src/runner/interruption.ts
// When a run is cancelled (or a step times out) the runner sends SIGINT, then SIGTERM 7.5 s later,
// then kills the process. Turning the first signal into an AbortSignal lets every sleep and request
// stop at once, so the step can still write its outputs and summary before it is killed.
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'];
function listenForInterruption(target = process) {
    const controller = new AbortController();
    let received;
    const onSignal = (name) => {
        received ??= name;
        controller.abort(new Error(`interrupted by ${name}`));
    };
    for (const name of STOP_SIGNALS)
        target.on(name, onSignal);
    return {
        signal: controller.signal,
        reason: () => received,
        dispose: () => {
            for (const name of STOP_SIGNALS)
                target.off(name, onSignal);
        },
    };
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/runner/workflow-commands.ts
// The runner's protocol, byte for byte as @actions/core 3.0.1 speaks it (lib/command.js,
// lib/file-command.js, lib/summary.js): workflow commands on stdout, `NAME<<DELIMITER` entries in
// the GITHUB_OUTPUT and GITHUB_STATE files, and raw HTML appended to GITHUB_STEP_SUMMARY. Written
// here rather than imported: the package's one exported entry point also loads its OIDC client
// (@actions/http-client and undici, about 1 MB of bundle and 45 ms of start-up, measured), and its
// own modules can be reached only by a path into node_modules, which breaks when the package's
// layout changes. test/unit/runner/workflow-commands.test.ts checks the bytes against @actions/core.




/** `::command key=value,key=value::message`, escaped so the message cannot start another command. */
function formatCommand(command, properties, message) {
    const pairs = Object.entries(properties)
        .filter((entry) => Boolean(entry[1]))
        .map(([key, value]) => `${key}=${escapeProperty(value)}`);
    // As @actions/core does: a space after the command whenever properties were given, even all empty.
    return `::${command}${Object.keys(properties).length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}
function issueCommand(command, properties = {}, message = '') {
    process.stdout.write(formatCommand(command, properties, message) + external_node_os_.EOL);
}
/**
 * `name<<ghadelimiter_<uuid>`, the value, the delimiter: a value may span lines. The delimiter is
 * random, so a value cannot end the entry early (and is refused if it holds the delimiter).
 */
function keyValueEntry(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter))
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    if (value.includes(delimiter))
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
/** Appends an entry to GITHUB_OUTPUT or GITHUB_STATE; false when the runner gave no such file. */
function appendFileCommand(file, name, value) {
    const path = process.env[`GITHUB_${file}`];
    if (!path)
        return false;
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`Missing file at path: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, keyValueEntry(name, value) + external_node_os_.EOL, { encoding: 'utf8' });
    return true;
}
/** Appends to the job summary file, as core.summary.addRaw(html, true).write() does. */
async function appendSummary(html) {
    const path = process.env.GITHUB_STEP_SUMMARY;
    if (!path)
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    try {
        await (0,promises_.access)(path, promises_.constants.R_OK | promises_.constants.W_OK);
    }
    catch {
        throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`);
    }
    await (0,promises_.appendFile)(path, html + external_node_os_.EOL, { encoding: 'utf8' });
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./src/runner/runner.ts
// What the step says to the runner: log lines, debug lines, annotations, groups, outputs, state and
// the job summary, as @actions/core's functions of the same names say them (workflow-commands.ts).


function info(line) {
    process.stdout.write(line + external_node_os_.EOL);
}
function debug(message) {
    issueCommand('debug', {}, message);
}
function annotate(kind, message, title) {
    issueCommand(kind, { title }, message);
}
function startGroup(name) {
    issueCommand('group', {}, name);
}
function endGroup() {
    issueCommand('endgroup');
}
function setOutput(name, value) {
    if (appendFileCommand('OUTPUT', name, value))
        return;
    process.stdout.write(external_node_os_.EOL);
    issueCommand('set-output', { name }, value);
}
function saveState(name, value) {
    if (appendFileCommand('STATE', name, value))
        return;
    issueCommand('save-state', { name }, value);
}
function getState(name) {
    return process.env[`STATE_${name}`] ?? '';
}
/** Appends to the job summary (GITHUB_STEP_SUMMARY). */
async function writeSummary(html) {
    await appendSummary(html);
}

;// CONCATENATED MODULE: ./src/report/attention.ts
// Which targets fail the step: error and interrupted always, and the outcomes fail-on lists.

function failsStep(outcome, failOn) {
    return ALWAYS_FAILING.includes(outcome) || failOn.includes(outcome);
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: ./src/runner/docs-link.ts
// Where the documentation of the version being run lives, so that a message that refers to it
// links to it. The runner tells an action where it came from (GITHUB_ACTION_REPOSITORY,
// GITHUB_ACTION_REF); a local action (uses: ./) has neither, and then a message gives no link rather
// than a dangling one.
/** The sections messages link to, by their page and heading (test/unit/markdown-links.test.ts checks each exists). */
const DOCS_SECTIONS = {
    'credentials-and-iam': 'README.md#credentials-and-iam',
    'self-hosted-runners': 'docs/self-hosted-runners.md',
    'session-length': 'docs/self-hosted-runners.md#session-length',
};
function docsLink(section, env = process.env) {
    const repository = env.GITHUB_ACTION_REPOSITORY?.trim();
    const ref = env.GITHUB_ACTION_REF?.trim();
    if (!repository || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return undefined;
    const server = (env.GITHUB_SERVER_URL?.trim() || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${repository}/blob/${encodeURI(ref)}/${DOCS_SECTIONS[section]}`;
}
/** " (IAM policy: https://…)" for a sentence, or nothing. */
function seeDocs(what, section, env = process.env) {
    const link = docsLink(section, env);
    return link ? ` (${what}: ${link})` : '';
}

;// CONCATENATED MODULE: ./src/report/connection-words.ts

function connectionSettingsWords(problem) {
    switch (problem.kind) {
        case 'proxy-url':
            return `${problem.variable} is not a URL this step can use as a proxy: expected http://HOST:PORT (or http://USER:PASSWORD@HOST:PORT).`;
        case 'proxy-scheme':
            return `${problem.variable} names a ${problem.scheme} proxy (${problem.host}): only http:// and https:// proxies are supported; give the proxy's http:// URL.`;
        case 'ca-bundle-unreadable': {
            const why = problem.code === 'ENOENT' ? 'which does not exist' : problem.code === 'EISDIR' ? 'which is a directory' : `which cannot be read (${problem.code ?? 'unknown error'})`;
            return `${problem.source} is ${JSON.stringify(problem.path)}, ${why}: point it at a readable PEM file of the CA certificates to trust, or unset it. No request was made.`;
        }
        case 'ca-bundle-empty':
            return `${problem.source} is ${JSON.stringify(problem.path)}, which holds no PEM certificate (-----BEGIN CERTIFICATE-----): point it at the PEM file of the CA certificates to trust. No request was made.`;
        case 'ca-bundle-broken':
            return `${problem.source} is ${JSON.stringify(problem.path)}, whose certificate number ${problem.certificate} is not a valid PEM certificate: fix or remove it. No request was made.`;
    }
}
/** What the proxy did, and what to check. */
function proxyProblemWords(problem) {
    const proxy = `the proxy ${problem.proxy} (${problem.variable})`;
    const bypass = `or, if the runner reaches ${hostOf(problem.destination)} directly, add it to NO_PROXY`;
    switch (problem.kind) {
        case 'refused': {
            const answered = `${capitalised(proxy)} refused to connect the step to ${problem.destination}: it answered ${problem.status} ${oneLine(problem.statusText, 100)}.`;
            if (problem.status === 407) {
                return problem.withCredentials
                    ? `${answered} It did not accept the user name and password in ${problem.variable}: check them (percent-encode special characters, as in http://user:p%40ss@host:port).`
                    : `${answered} It wants credentials: put them in ${problem.variable} as http://USER:PASSWORD@HOST:PORT (percent-encoded).`;
            }
            if (problem.status === 403)
                return `${answered} The proxy does not allow this destination: ask its owners to allow ${problem.destination}, ${bypass}.`;
            if (problem.status >= 500)
                return `${answered} The proxy could not reach it: check the proxy's own connection, ${bypass}.`;
            return `${answered} Check the proxy's rules for this destination, ${bypass}.`;
        }
        case 'unreachable':
            return problem.code === 'ENOTFOUND'
                ? `Could not reach ${proxy}: its host name does not resolve (ENOTFOUND). Check the host in ${problem.variable}.`
                : `Could not reach ${proxy} (${problem.code}): check the host and port in ${problem.variable}, and that the proxy is running and reachable from the runner.`;
        case 'no-answer':
            return `${capitalised(proxy)} did not answer within ${problem.limitMs / 1000} s when asked to connect the step to ${problem.destination}: check the host and port in ${problem.variable}, and that the proxy is running.`;
        case 'closed':
            return `${capitalised(proxy)} closed the connection to ${problem.destination} before it was set up (a proxy that blocks this destination, or inspects TLS, may do so): check the proxy's rules for it, ${bypass}.`;
    }
}
function hostOf(destination) {
    return destination.replace(/:\d+$/, '');
}
function capitalised(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/failure-words.ts
// Every failure in a workflow author's words: what happened and what to do about it, never the
// SDK's hints for programmers ("SyntaxError", "$response"). The work hands over facts (domain/
// failure.ts); each sentence is composed here, once. A sentence never names its target: it is always
// shown beside its label (the log's prefix and group, the summary's row, the results entry).







/** What to do about credentials that expire before the wait ends. */
const SESSION_ADVICE = 'Give the step a role session at least as long as its wait (aws-actions/configure-aws-credentials: role-duration-seconds, up to the role\'s maximum session duration), or a shorter wait-timeout-seconds.';
/** What to do about missing or broken credentials. */
const CREDENTIALS_ADVICE = 'Configure credentials before this step, for example with aws-actions/configure-aws-credentials (OIDC role), or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.';
/** Why a target ended as `error` (or why no target could be worked on), in one sentence or a few. */
function failureWords(failure) {
    switch (failure.kind) {
        case 'request':
            return requestFailureWords(failure);
        case 'conflict-then-unreadable':
            return `Proton answered ${failure.cancelOperation} with ConflictException, and the state could not be read: ${failureWords(failure.read)}`;
        case 'conflict-persists':
            return `Proton refused ${failure.cancelOperation} with ConflictException ${failure.times} times while ${failure.readOperation} reported the deployment IN_PROGRESS: the deployment was not cancelled. Run the step again, or cancel it in the Proton console.`;
        case 'conflict-then-stopped':
            return `${failure.cancelOperation} met ConflictException while the deployment was IN_PROGRESS, and ${failure.by === 'interrupt' ? 'the step was interrupted' : 'wait-timeout-seconds ran out'} before it could ask again: the deployment was not cancelled.`;
        case 'unknown-deployment':
            return `Proton knows no deployment ${failure.id} of this ${typeNoun(failure.type)}: check deployment-id, and that it belongs to this resource.`;
        case 'list':
            return describeListFailure(failure.request, failure.wildcard, failure.region);
        case 'too-many-matched':
            return `"*" matched ${failure.matched} deployments in progress, more than one step handles (${failure.max}): nothing was cancelled. Name them in several steps.`;
        case 'credentials':
            return credentialsProblemWords(failure.problem);
        case 'connection-settings':
            return failure.problems.map(connectionSettingsWords).join(' ');
    }
}
/** A failed request, with what it means at that point of the work. */
function requestFailureWords(facts) {
    const { request, target, region } = facts;
    switch (facts.during) {
        case 'cancel':
            return withConsequence(describeRequestFailure(request, { target, region, ifCredentialsExpired: 'The cancellation was not made.' }), request);
        case 'read':
            return describeRequestFailure(request, { target, region, ...(facts.dryRun ? { dryRun: true } : {}) });
        case 'follow': {
            const ended = facts.newerDeploymentId
                ? `A newer deployment ${facts.newerDeploymentId} started, so deployment ${facts.deploymentId} has ended, but how it ended could not be read: `
                : '';
            return `${ended}${describeRequestFailure(request, {
                target,
                region,
                ifCredentialsExpired: 'The cancellation already requested stands; where the deployment ended could not be read.',
            })}`;
        }
    }
}
/** Whether a cancel request that failed may still have cancelled the deployment, said plainly. */
function withConsequence(description, failure) {
    const last = lastAttempt(failure);
    if (last?.kind === 'api-error' || last?.kind === 'client-error')
        return description;
    return mayHaveTakenEffect(failure)
        ? `${description} The cancellation may or may not have been made: check the resource in the Proton console.`
        : `${description} The cancellation was not made.`;
}
function credentialsProblemWords(problem) {
    switch (problem.why) {
        case 'interrupted':
            return 'The step was interrupted while it was loading AWS credentials: no request was made.';
        case 'deadline':
            return `AWS credentials could not be loaded before wait-timeout-seconds ran out: no request was made. ${CREDENTIALS_ADVICE}`;
        case 'timed-out':
            return `AWS credentials could not be loaded within ${problem.limitMs / 1000} s: the credential provider did not answer (a credential_process in the AWS profile, a web identity token exchange or an instance metadata lookup that hangs). No request was made. ${CREDENTIALS_ADVICE}`;
        case 'proxy':
            // The provider's STS or SSO request went through a proxy that failed: that is what to fix.
            return `AWS credentials could not be loaded: ${proxyProblemWords(problem.problem)} No request was made to Proton.`;
        case 'none-found':
        case 'failed': {
            // The provider chain reports a failing credential_process or source profile only as "none found".
            const profile = problem.profile ? ` AWS_PROFILE is ${problem.profile}: check that profile's credential_process or source_profile.` : '';
            if (problem.why === 'none-found')
                return `No AWS credentials found (${problem.said}).${profile} ${CREDENTIALS_ADVICE}`;
            return `Could not load AWS credentials: ${problem.said}. No request was made.${profile} ${CREDENTIALS_ADVICE}`;
        }
    }
}
/**
 * One failed request, said for the target it belongs to. The sentence never names the target: it is
 * always shown beside its label (the log's prefix and group, the summary's row, the results entry).
 */
function describeRequestFailure(failure, context) {
    const { operation } = failure;
    if (failure.stoppedBy)
        return describeStopped(failure);
    const last = lastAttempt(failure);
    if (!last)
        return `${operation} failed.`;
    const tries = failure.attempts.length > 1 ? ` on all ${failure.attempts.length} attempts` : '';
    const via = failure.via ? ` through the proxy ${failure.via}` : '';
    const check = failure.via ? 'check the proxy, and NO_PROXY if Proton should be reached directly' : 'check the network and endpoint-url';
    switch (last.kind) {
        case 'api-error':
            return describeApiError(failure, last, context);
        case 'throttled':
            return `Proton throttled ${operation}${tries}: raise max-attempts, or cancel fewer deployments at once. AWS said: ${said(last)}`;
        case 'server-error':
            return `Proton failed ${operation} with ${reply(last)}${tries}.${last.message ? ` AWS said: ${last.message}` : ''}`;
        case 'unreadable-reply':
            if (failure.via && last.status === 407) {
                return `The proxy ${failure.via} refused ${operation}: it answered 407 Proxy Authentication Required. Check the user name and password in the proxy URL (http://USER:PASSWORD@HOST:PORT, percent-encoded).`;
            }
            return `The endpoint answered ${operation} with ${reply(last)}, which is not an answer from the Proton API: check endpoint-url (or AWS_ENDPOINT_URL_PROTON) and ${failure.via ? `the proxy ${failure.via}` : 'any proxy between the runner and AWS'}.`;
        case 'no-answer':
            return last.limitMs !== undefined
                ? `Proton did not answer ${operation}${via} within ${last.limitMs / 1000} s${tries}: ${check}.`
                : `The connection to Proton${via} timed out on ${operation}${tries}: ${check}.`;
        case 'connection':
            return `Could not reach Proton${via} for ${operation} (${last.code})${tries}: ${check}.`;
        case 'no-such-host':
            return `Could not reach Proton for ${operation}: the endpoint's host name does not resolve (ENOTFOUND). Check endpoint-url and aws-region.`;
        case 'proxy':
            return `${last.proxy ? proxyProblemWords(last.proxy.problem) : `The proxy${via} failed.`}${tries ? ` (${operation}${tries}.)` : ''}`;
        case 'untrusted-certificate':
            return describeUntrustedCertificate(operation, last.code ?? '', failure.via);
        case 'client-error':
            return `${operation} could not be sent: ${last.type}${last.message ? `: ${last.message}` : ''}.`;
        case 'cut-short':
            return `Proton had not answered ${operation} when the step stopped waiting.`;
    }
}
function describeUntrustedCertificate(operation, code, via) {
    const refused = `TLS refused the certificate the endpoint presented for ${operation} (${code})`;
    if (code === 'ERR_TLS_CERT_ALTNAME_INVALID' || code === 'HOSTNAME_MISMATCH') {
        return `${refused}: it does not name the endpoint's host. Check endpoint-url${via ? `, and whether the proxy ${via} redirects the connection` : ''}.`;
    }
    if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID')
        return `${refused}: it is outside its validity period. Check the runner's clock, and endpoint-url.`;
    const who = via ? `the proxy ${via} inspects TLS with a CA of its own, or ` : '';
    return `${refused}: it is not signed by a CA this step trusts. If ${who}a private CA signs the endpoint, set NODE_EXTRA_CA_CERTS (or AWS_CA_BUNDLE) to that CA's PEM file.`;
}
function describeApiError(request, failure, { target, region, dryRun, ifCredentialsExpired }) {
    const { operation } = request;
    const type = failure.type ?? 'an error';
    if (type === 'AccessDeniedException') {
        return `Access denied to ${operation}: ${accessAdvice(operation, target, region, dryRun === true)}. AWS said: ${said(failure)}`;
    }
    if (type === 'ResourceNotFoundException') {
        if (operation === DEPLOYMENT_HISTORY_OPERATION)
            return `Proton's deployment history has no such deployment of this ${typeNoun(target.type)}. AWS said: ${said(failure)}`;
        return `Not found in ${region}: check the name, and that the region (aws-region, else AWS_REGION) is where it lives. AWS said: ${said(failure)}`;
    }
    if (type === 'ValidationException')
        return `Proton rejected ${operation} as invalid: ${said(failure)}`;
    if (EXPIRED_ERRORS.has(type)) {
        const consequence = ifCredentialsExpired ? ` ${ifCredentialsExpired}` : '';
        return `AWS rejected the step's credentials as expired (${type}) on ${operation}, ${formatDuration(request.elapsedMs)} into the step: ${said(failure)}.${consequence} ${SESSION_ADVICE}${seeDocs('session length', 'session-length')}`;
    }
    if (CREDENTIAL_ERRORS.has(type)) {
        return `AWS rejected the credentials (${type}) on ${operation}: ${said(failure)}. Check the role or keys this step uses; a session may have expired. Configure credentials before this step, for example with aws-actions/configure-aws-credentials.`;
    }
    return `${operation} failed with ${type} (HTTP ${failure.status ?? '?'}): ${said(failure)}`;
}
/**
 * What to allow after a denial: the action that was denied, on the resource it was denied on, and
 * the other action the step calls there (a dry run calls only the read).
 */
function accessAdvice(operation, target, region, dryRun) {
    const policy = seeDocs('IAM policy', 'credentials-and-iam');
    if (operation === DEPLOYMENT_HISTORY_OPERATION) {
        return `allow proton:${DEPLOYMENT_HISTORY_OPERATION} on ${deploymentIamResource(region)} for the role this step uses${policy}`;
    }
    const type = resourceType(target.type);
    const others = iamActions(type).filter((action) => action !== `proton:${operation}` && !(dryRun && action === `proton:${type.cancelOperation}`));
    const also = others.length > 0 ? ` (the step also calls ${others.join(' and ')} there)` : '';
    return `allow proton:${operation} on ${type.iamResource(target, region)} for the role this step uses${also}${policy}`;
}
function describeStopped(failure) {
    const { operation, attempts } = failure;
    const why = failure.stoppedBy === 'interrupt' ? 'the step was interrupted' : 'wait-timeout-seconds ran out';
    const answered = attempts.filter((a) => a.kind !== 'cut-short');
    if (attempts.length === 0)
        return `${operation} was not sent before ${why}.`;
    if (answered.length === 0)
        return `Proton had not answered ${operation} when ${why}.`;
    if (answered.every((a) => a.kind === 'throttled')) {
        return `Proton throttled ${operation} on every attempt (${attempts.length}) until ${why}.`;
    }
    return `${operation} failed on every attempt (${tally(attempts)}) until ${why}.`;
}
/** "3 throttled, 2 HTTP 503 Service Unavailable, 1 without an answer". */
function tally(attempts) {
    const counts = new Map();
    for (const attempt of attempts) {
        const word = tallyWord(attempt);
        counts.set(word, (counts.get(word) ?? 0) + 1);
    }
    return [...counts].map(([word, n]) => `${n} ${word}`).join(', ');
}
function tallyWord(attempt) {
    switch (attempt.kind) {
        case 'throttled':
            return 'throttled';
        case 'no-answer':
        case 'cut-short':
            return 'without an answer';
        case 'connection':
        case 'no-such-host':
            return attempt.code ?? 'connection failed';
        case 'server-error':
        case 'unreadable-reply':
            return `HTTP ${attempt.status ?? '?'}`;
        case 'api-error':
        case 'client-error':
            return attempt.type ?? 'failed';
        case 'proxy':
            return 'proxy failed';
        case 'untrusted-certificate':
            return attempt.code ?? 'certificate refused';
    }
}
/** "HTTP 502 (Bad Gateway) and a body that is not JSON". */
function reply(failure) {
    const status = failure.status ?? 0;
    const reason = external_node_http_.STATUS_CODES[status];
    const http = `HTTP ${status}${reason ? ` (${reason})` : ''}`;
    if (failure.type)
        return `${failure.type} (${http})`;
    return `${http} and ${failure.emptyBody ? 'an empty body' : 'a body that is not JSON'}`;
}
function said(failure) {
    return failure.message ? failure.message : '(no message)';
}
/** A list request for `*` that failed: nothing can be cancelled, since the targets are unknown. */
function describeListFailure(failure, wildcard, region) {
    const what = `the ${typeNoun(wildcard.type)}s${wildcard.serviceName ? ` of service ${wildcard.serviceName}` : ''} whose deployment is in progress`;
    const prefix = `Could not find ${what} ("*"), so nothing was cancelled: `;
    const type = apiErrorTypeOf(failure);
    if (type === 'AccessDeniedException') {
        return `${prefix}access denied to ${failure.operation}: allow proton:${failure.operation} on * for the role this step uses${seeDocs('IAM policy', 'credentials-and-iam')}. AWS said: ${said(lastAttempt(failure))}`;
    }
    if (type === 'ResourceNotFoundException' && wildcard.serviceName) {
        return `${prefix}service ${wildcard.serviceName} was not found in ${region}: check service-name and the region. AWS said: ${said(lastAttempt(failure))}`;
    }
    const target = targetOf(wildcard.type, '*', wildcard.serviceName);
    return `${prefix}${describeRequestFailure(failure, { target, region })}`;
}

;// CONCATENATED MODULE: ./src/report/explain.ts
// Each target's outcome in words, and what `*` found: the sentences the log, the annotations and the
// summary share.






function explainOutcome(result, settings, { withMessage = true } = {}) {
    const deployment = result.deployment;
    const status = deployment?.status ?? 'no deployment status';
    const raw = deployment?.statusMessage;
    const message = raw && withMessage ? ` (${JSON.stringify(oneLine(raw, 300))})` : '';
    const byOthers = (r) => r.alreadyCancelling ? '; the cancellation was already under way when this step asked, started by someone else' : '';
    const newer = (r) => r.newerDeploymentId ? ` (deployment ${deployment?.id ?? '?'}, from Proton's deployment history: a newer deployment ${r.newerDeploymentId} has started since)` : '';
    const readsFailing = (r) => (r.readFailure ? `; status reads were failing: ${failureWords(r.readFailure)}` : '');
    switch (result.outcome) {
        case 'cancelled':
            return `Proton reports CANCELLED after ${formatDuration(result.waitedMs)}${newer(result)}${byOthers(result)}`;
        case 'succeeded':
            return `the deployment finished (SUCCEEDED) before the cancellation took effect${newer(result)}`;
        case 'failed':
            return status === 'FAILED'
                ? `the cancellation attempt failed: Proton reports FAILED${message}${newer(result)}${byOthers(result)}`
                : `the deployment ended as ${status}${message}${newer(result)}`;
        case 'timed-out':
            return `still ${status} when wait-timeout-seconds (${settings.waitTimeoutSeconds} s) ran out${byOthers(result)}${readsFailing(result)}`;
        case 'would-cancel':
            return `deployment ${deployment?.id ?? '(no id)'} is IN_PROGRESS: a run without dry-run would cancel it`;
        case 'not-in-progress': {
            const fact = factOf(result);
            if (fact)
                return fact;
            if (result.alreadyCancelling)
                return `nothing to cancel: already being cancelled, not by this step (Proton reports ${status})`;
            if (result.newerDeploymentId)
                return `nothing to cancel: deployment ${deployment?.id ?? '?'} is ${status}; the latest deployment is ${result.newerDeploymentId}`;
            return `nothing to cancel: no deployment in progress (Proton reports ${status})`;
        }
        case 'submitted': {
            const unknown = result.readFailure ? `; its status could not be read: ${failureWords(result.readFailure)}` : '';
            if (result.alreadyCancelling)
                return `already being cancelled, not by this step (Proton reports ${status}); not waiting for the end (wait is false)${unknown}`;
            return `cancellation requested: Proton reports ${status}; not waiting for the end (wait is false)${unknown}`;
        }
        case 'interrupted': {
            const who = result.alreadyCancelling ? 'the cancellation already under way (not this step\'s)' : 'the cancellation requested';
            return `interrupted while Proton reported ${status}: ${who} stands; its end is not known${readsFailing(result)}`;
        }
        case 'left-running':
            return describeLeftAlone(result.leftAlone);
        case 'error':
            return failureWords(result.failure);
    }
}
/** What a person must know beyond the status, when there is such a thing: the guard left it alone, or a race. */
function factOf(result) {
    if (result.outcome === 'left-running')
        return describeLeftAlone(result.leftAlone);
    const instead = cancelledInsteadOf(result);
    if (instead) {
        return `deployment ${result.deployment?.id ?? '?'} had ended (${result.deployment?.status ?? 'status unknown'}) before the cancel request, which reached deployment ${instead} instead: it started in between and was cancelled; check it in the Proton console`;
    }
    return undefined;
}
/** "service-instance-name: * matched 3 service instances of service api whose deployment is IN_PROGRESS: a, b, c." */
function describeDiscovery({ wildcard, matched, leftAlone }, listAtMost = 20) {
    const type = resourceType(wildcard.type);
    const noun = typeNoun(type.id);
    const of = wildcard.serviceName ? ` of service ${wildcard.serviceName}` : type.serviceInput ? ' of every service' : '';
    const names = (targets) => {
        const shown = targets.slice(0, listAtMost).map((t) => t.name).join(', ');
        return targets.length > listAtMost ? `${shown} and ${targets.length - listAtMost} more` : shown;
    };
    const found = matched.length === 0
        ? `${type.namesInput}: ${WILDCARD} matched no ${noun}${of} whose deployment is IN_PROGRESS: nothing to cancel.`
        : `${type.namesInput}: ${WILDCARD} matched ${count(matched.length, noun)}${of} whose deployment is IN_PROGRESS: ${names(matched)}.`;
    const left = leftAlone.length > 0
        ? ` Left running, because they started before this job armed the guard: ${leftAlone
            .slice(0, listAtMost)
            .map((l) => `${l.target.name}${l.deploymentId ? ` (deployment ${l.deploymentId}${l.attemptedAt ? `, started ${l.attemptedAt.toISOString()}` : ''})` : ''}`)
            .join(', ')}${leftAlone.length > listAtMost ? ` and ${leftAlone.length - listAtMost} more` : ''}.`
        : '';
    return found + left;
}
/** When AWS said the credentials had expired: since when, which cancellations stand, which were not made, and what to do. */
function describeExpiredCredentials(results) {
    const expired = results.flatMap((r) => {
        const session = r.outcome === 'error' ? expiredSessionOf(r.failure) : undefined;
        return session ? [{ target: r.target, ...session }] : [];
    });
    if (expired.length === 0)
        return undefined;
    const first = Math.min(...expired.map((r) => r.afterMs));
    const names = (rs) => rs.map((r) => describeTarget(r.target)).join(', ');
    const stand = expired.filter((r) => r.cancellationStands);
    const notMade = expired.filter((r) => !r.cancellationStands);
    return [
        `The AWS credentials expired ${formatDuration(first)} into the step.`,
        stand.length > 0 ? `The cancellations already requested stand, but where they ended could not be read: ${names(stand)}.` : '',
        notMade.length > 0 ? `Not cancelled, because the credentials had expired: ${names(notMade)}.` : '',
        SESSION_ADVICE,
    ]
        .filter(Boolean)
        .join(' ');
}
/** "left running: deployment X started at T, before this job armed the guard, so it is not this job's". */
function describeLeftAlone({ deploymentId, attemptedAt }) {
    const which = deploymentId ? `deployment ${deploymentId}` : 'the deployment in progress';
    return attemptedAt
        ? `left running: ${which} started at ${attemptedAt.toISOString()}, before this job armed the guard, so it is not this job's`
        : `left running: Proton does not say when ${which} started, so the guard cannot tell it is this job's`;
}

;// CONCATENATED MODULE: ./src/report/progress-words.ts



function progressWords(event) {
    const info = (text) => ({ level: 'info', text });
    switch (event.kind) {
        case 'cancel-requested':
            return info(event.deployment.status
                ? `cancellation requested: ${statusLine(event.deployment)}`
                : "cancellation requested: Proton's answer carried no deployment status, so the step reads it");
        case 'already-cancelling':
            switch (event.when) {
                case 'found':
                    return info('already CANCELLING: someone else started the cancellation, who is unknown; following it to its end');
                case 'after-unanswered-attempt':
                    return info('already CANCELLING: an earlier attempt of this step got no answer and may have started it, or someone else did; following it to its end');
                case 'after-conflict':
                    return info('already CANCELLING when this step asked (Proton answered ConflictException): someone else started the cancellation, who is unknown; following it to its end');
            }
            break;
        case 'conflict-asking-again':
            return info(`Proton answered ConflictException but reports IN_PROGRESS (a new deployment may have started between the two calls): asking again (${event.attempt} of ${event.of})`);
        case 'nothing-in-progress':
            return info(`nothing to cancel: no deployment in progress (Proton reports ${event.status ?? 'no deployment status'})`);
        case 'given-deployment-not-latest':
            return info(`nothing to cancel: deployment ${event.id} is ${event.status ?? 'without a status'}${event.latestId ? `, and the latest deployment is ${event.latestId}` : ''}`);
        case 'cancel-reached-newer':
            return info(`the cancel request reached deployment ${event.instead}, which started after deployment ${event.given} ended`);
        case 'left-alone':
            return info(describeLeftAlone(event.leftAlone));
        case 'dry-run':
            return info(event.wouldCancel
                ? `would cancel deployment ${event.deploymentId ?? '(no id)'} (IN_PROGRESS); dry run, no cancel request made`
                : `already CANCELLING, so nothing to cancel; dry run, no cancel request made`);
        case 'newer-deployment-started':
            return info(`a newer deployment ${event.newer} has started, so deployment ${event.ours} has ended: asking Proton's deployment history how it ended`);
        case 'status-changed':
            return info(statusLine(event.deployment, event.waitedMs, event.fromHistory));
        case 'polled':
            return { level: 'debug', text: `poll ${event.poll}: ${event.status ?? 'no status'} after ${formatDuration(event.waitedMs)}` };
        case 'read-failed':
            return {
                level: 'debug',
                text: event.poll !== undefined
                    ? `poll ${event.poll}: the status read failed (${event.inARow ?? 1} in a row): ${failureWords(event.failure)}`
                    : `reading the state failed: ${failureWords(event.failure)}`,
            };
        case 'reads-failing':
            return info(`status reads keep failing (${event.failures} in a row); still polling until wait-timeout-seconds: ${failureWords(event.failure)}`);
        case 'reads-recovered':
            return info(`status reads work again after ${event.failures} failures`);
    }
}
/** "Proton reports CANCELLED after 20 s". The status message is said once, with the outcome, at the end. */
function statusLine(deployment, waitedMs, fromHistory = false) {
    const status = deployment.status ?? 'no deployment status';
    const after = waitedMs === undefined ? '' : ` after ${formatDuration(waitedMs)}`;
    const source = fromHistory ? ` for deployment ${deployment.id ?? '?'} (deployment history)` : '';
    return `Proton reports ${status}${source}${after}`;
}

;// CONCATENATED MODULE: ./src/report/log.ts
// The one path to the log. Every line the action prints goes through printLine, because text from the
// API (status messages, ARNs, deployment ids, error messages) ends up in them, and the runner reads
// workflow commands from any line of the step's output: `::command::` at the start of a line, and the
// legacy `##[command]` anywhere in it (actions/runner ActionCommand.TryParse).





const MAX_LINE = 2000;
/** A line that cannot span lines or be read by the runner as a workflow command. */
function safeLogLine(text) {
    return oneLine(text, MAX_LINE)
        .replace(/##\[/g, '## [')
        .replace(/^::/, ': :');
}
function printLine(text) {
    info(safeLogLine(text));
}
/** Fails the step with an error annotation that has a title (core.setFailed gives none). */
function failStep(message, title) {
    annotate('error', message, title);
    process.exitCode = 1;
}
/**
 * Live lines while targets work concurrently, each prefixed with its target: one per status change
 * or notable fact. Each target's outcome is printed once more, as a group, when all have ended.
 */
class LiveLog {
    warnedAboutReads = false;
    tell(target, event) {
        const { level, text } = progressWords(event);
        const line = `${describeTarget(target)}: ${oneLine(text)}`;
        // ::debug:: is a workflow command itself: the runner does not look for another one in its message.
        if (level === 'debug')
            debug(line);
        else
            printLine(line);
        if (event.kind === 'reads-failing')
            this.warnOnceAboutReads(target, failureWords(event.failure));
    }
    /** One warning for the step, not one per poll or per target: the runner keeps ten per step. */
    warnOnceAboutReads(target, what) {
        if (this.warnedAboutReads)
            return;
        this.warnedAboutReads = true;
        annotate('warning', `Status reads are failing (first seen on ${describeTarget(target)}: ${oneLine(what)}). The step keeps polling until wait-timeout-seconds; a cancellation already accepted stands.`, 'Status reads failing');
    }
}

;// CONCATENATED MODULE: ./src/report/verdict.ts





const WORTH_A_LOOK = ['failed', 'timed-out', 'succeeded', 'left-running'];
function isWorthALook(result, settings) {
    return !failsStep(result.outcome, settings.failOn) && (WORTH_A_LOOK.includes(result.outcome) || cancelledInsteadOf(result) !== undefined);
}
function verdict_tally(step, settings) {
    return {
        total: step.results.length,
        failing: step.results.filter((r) => failsStep(r.outcome, settings.failOn)),
        worthALook: step.results.filter((r) => isWorthALook(r, settings)),
    };
}
/** "2 of 6 targets fail the step": the same words in the closing annotation and the summary's heading. */
function failingCount({ failing, total }) {
    return `${failing.length} of ${count(total, 'target')} ${failing.length === 1 ? 'fails' : 'fail'} the step`;
}
function worthALookCount({ worthALook, total }) {
    return `${worthALook.length} of ${count(total, 'target')} worth a look`;
}
/** What happened to one target, in a few words: its annotation's title, and its heading when it is alone. */
function titleOf(result, dryRun) {
    switch (result.outcome) {
        case 'cancelled':
            return 'Cancelled';
        case 'succeeded':
            return 'Deployment finished before the cancellation';
        case 'failed':
            return result.deployment?.status === 'FAILED' ? 'Cancellation failed' : `Deployment ended as ${result.deployment?.status ?? 'unknown'}`;
        case 'timed-out':
            return result.deployment?.status === 'CANCELLING'
                ? 'Still cancelling when the wait ran out'
                : result.deployment?.status === 'IN_PROGRESS'
                    ? 'Still deploying when the wait ran out'
                    : 'End not known when the wait ran out';
        case 'interrupted':
            return 'Interrupted before the end';
        case 'left-running':
            return 'Left running by the guard';
        case 'would-cancel':
            return 'Would be cancelled (dry run)';
        case 'not-in-progress':
            return 'Nothing to cancel';
        case 'submitted':
            return 'Cancellation requested, not awaited';
        case 'error':
            return errorTitle(result, dryRun);
    }
}
function errorTitle(result, dryRun) {
    if (expiredSessionOf(result.failure))
        return 'Credentials expired';
    switch (result.errorKind) {
        case 'no-request':
            return 'No request was made';
        case 'not-found':
            return 'Not found';
        case 'unknown-deployment':
            return 'Unknown deployment-id';
        case 'access-denied':
            return 'Access denied';
        case 'credentials':
            return 'Credentials rejected';
        case 'unreachable':
            return 'Could not reach Proton';
        case 'not-made':
            return 'Cancellation not made';
        case 'maybe-made':
            return 'Cancellation may have been made';
        case 'read-failed':
            return dryRun ? 'Could not read (dry run)' : 'Could not read the state';
    }
}
const BADGES = {
    error: '❌',
    failed: '❌',
    'timed-out': '⏱️',
    interrupted: '⏹️',
    succeeded: '⚠️',
    'left-running': '⏭️',
    'would-cancel': '🔎',
    'not-in-progress': 'ℹ️',
    submitted: '📨',
    cancelled: '✅',
};
function badgeOf(outcome) {
    return BADGES[outcome];
}
/**
 * The step in one line: what was cancelled (the target, when there is one), then what came of it.
 * A step that fails never shows a success mark.
 */
function headingOf(step, settings, { interruptedBy } = {}) {
    const counts = verdict_tally(step, settings);
    const only = step.results.length === 1 ? step.results[0] : undefined;
    const what = only ? `Cancel Proton deployment of ${nameOf(only.target)}` : 'Cancel Proton deployments';
    const subject = `${what}${step.dryRun ? ' (dry run)' : ''}`;
    const fails = step.problem !== undefined || counts.failing.length > 0 || interruptedBy !== undefined;
    let text;
    if (step.problem)
        text = 'nothing could be cancelled';
    else if (only)
        text = lowerFirst(titleOf(only, step.dryRun));
    else if (counts.total === 0)
        text = 'nothing to cancel';
    else if (counts.failing.length > 0)
        text = failingCount(counts);
    else if (counts.worthALook.length > 0)
        text = worthALookCount(counts);
    else if (step.dryRun)
        text = `${count(step.results.filter((r) => r.outcome === 'would-cancel').length, 'deployment')} would be cancelled`;
    else if (step.results.every((r) => r.outcome === 'cancelled'))
        text = `all ${counts.total} cancelled`;
    else
        text = `all ${counts.total} ended as expected`;
    if (interruptedBy && !(only?.outcome === 'interrupted'))
        text = `interrupted by ${interruptedBy}; ${text}`;
    else if (interruptedBy)
        text = `interrupted by ${interruptedBy} before the end`;
    let badge;
    if (interruptedBy)
        badge = BADGES.interrupted;
    else if (fails)
        badge = '❌';
    else if (only)
        badge = BADGES[only.outcome];
    else if (counts.worthALook.length > 0)
        badge = counts.worthALook.every((r) => r.outcome === 'left-running') ? BADGES['left-running'] : '⚠️';
    else if (step.dryRun)
        badge = '🔎';
    else if (counts.total === 0)
        badge = BADGES['not-in-progress'];
    else
        badge = '✅';
    return { badge, text: `${subject}: ${text}` };
}
/** The closing error annotation's title, when the step fails: the same words as the heading. */
function failureTitle(step, settings, interruptedBy) {
    const counts = verdict_tally(step, settings);
    if (step.problem)
        return 'Nothing could be cancelled';
    const failingOtherwise = counts.failing.filter((r) => r.outcome !== 'interrupted');
    if (interruptedBy && failingOtherwise.length === 0)
        return `Interrupted by ${interruptedBy}`;
    if (counts.total === 1 && counts.failing.length === 1)
        return titleOf(counts.failing[0], step.dryRun);
    return capitalise(failingCount(counts));
}
/** "service instance api/prod": the type as a noun, then the name as it is. */
function nameOf(target) {
    return `${typeNoun(target.type)} ${describeTarget(target).slice(target.type.length + 1)}`;
}
function lowerFirst(text) {
    return text.charAt(0).toLowerCase() + text.slice(1);
}
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/report/annotations.ts
// What people read in the log and the annotations: one sentence per target, one group per target,
// and a failure only for outcomes that fail the step.








/**
 * One group per target, in input order, once every target has ended: what a person needs to act on
 * it, each fact once (the live lines above already told the story as it happened).
 */
function printTargetGroups(results, settings) {
    for (const result of results) {
        const { resource, deployment } = result;
        startGroup(`${describeTarget(result.target)}: ${result.outcome}`);
        printLine(`outcome: ${result.outcome}: ${explainOutcome(result, settings, { withMessage: false })}`);
        if (deployment?.statusMessage && result.outcome !== 'error')
            printLine(`status message: ${deployment.statusMessage}`);
        if (deployment?.id) {
            const newer = newerDeploymentOf(result);
            printLine(`deployment id: ${deployment.id}${newer ? ` (a newer deployment, ${newer}, has started since)` : ''}`);
        }
        if (resource)
            printLine(`console: ${consoleUrl(result.target, settings.region)}`);
        if (resource?.arn)
            printLine(`arn: ${resource.arn}`);
        endGroup();
    }
}
/** What `*` found, said as soon as it is known, before any target is worked on. */
function announceDiscovery(discovery) {
    printLine(describeDiscovery(discovery));
}
// Notices for what needs no action, warnings for what is worth a look; the step's failure is one error.
const NOTICE_OUTCOMES = ['would-cancel', 'not-in-progress', 'left-running'];
/**
 * The annotations: targets that do not fail the step but are worth a line, grouped by what happened
 * (one annotation per title, since the runner keeps ten of each kind per step), then one error with
 * every reason the step fails. Every line is "<target>: <what happened>", each fact once.
 */
function announceOutcomes(step, settings, interruptedBy) {
    const { results } = step;
    const line = (r) => `${describeTarget(r.target)}: ${explainOutcome(r, settings)}`;
    const groups = new Map();
    const add = (title, kind, text) => {
        const group = groups.get(title) ?? { kind, lines: [] };
        group.lines.push(text);
        groups.set(title, group);
    };
    for (const result of results) {
        if (failsStep(result.outcome, settings.failOn) || cancelledInsteadOf(result))
            continue;
        const kind = NOTICE_OUTCOMES.includes(result.outcome) ? 'notice' : isWorthALook(result, settings) ? 'warning' : undefined;
        if (kind)
            add(titleOf(result, step.dryRun), kind, line(result));
    }
    // What "*" left out in the guard's post step belongs with the targets the guard left running.
    for (const left of step.discovery?.leftAlone ?? [])
        add(titleOf({ target: left.target, outcome: 'left-running', leftAlone: left, waitedMs: 0 }, step.dryRun), 'notice', `${describeTarget(left.target)}: ${describeLeftAlone(left)}.`);
    for (const [title, { kind, lines }] of groups)
        annotate(kind, lines.join('\n'), title);
    if (step.discovery && step.discovery.matched.length === 0)
        annotate('notice', describeDiscovery(step.discovery), 'Nothing matched *');
    const instead = results.filter((r) => cancelledInsteadOf(r));
    if (instead.length > 0)
        annotate('warning', instead.map(line).join('\n'), 'A newer deployment was cancelled');
    const newer = results.filter((r) => newerStartedOf(r));
    if (newer.length > 0) {
        annotate('notice', newer
            .map((r) => `${describeTarget(r.target)}: a newer deployment ${newerStartedOf(r)} started after deployment ${r.deployment?.id ?? '?'}; this step did not touch it.`)
            .join('\n'), 'A newer deployment started');
    }
    const counts = verdict_tally(step, settings);
    const reasons = [];
    if (step.problem)
        reasons.push(failureWords(step.problem));
    const expired = describeExpiredCredentials(results);
    if (expired)
        reasons.push(expired);
    if (interruptedBy) {
        reasons.push(`The step was interrupted by ${interruptedBy}: it stopped waiting; cancellations already requested stand.`);
    }
    const failing = counts.failing.filter((r) => !(interruptedBy && r.outcome === 'interrupted'));
    if (failing.length === 1 && results.length === 1) {
        reasons.push(`${line(failing[0])} (outcome ${failing[0].outcome}).`);
    }
    else if (failing.length > 0) {
        reasons.push(`${capitalise(failingCount(counts))}:\n` + counts.failing.map((r) => `- ${line(r)} (outcome ${r.outcome})`).join('\n'));
    }
    if (reasons.length > 0)
        failStep(reasons.join('\n'), failureTitle(step, settings, interruptedBy));
}

;// CONCATENATED MODULE: ./src/report/plan.ts
// What the step is about to do, said before it starts: the opening line and the list of targets, and,
// for the guard, what it armed and why its post step runs.




/** The opening line, then (with many targets) the list of them, folded. */
function announcePlan(settings) {
    printLine(describePlan(settings));
    printTargetList(settings);
}
/** Up to this many targets are named in the opening line; more are counted, and listed in a group. */
const NAMED_IN_OPENING_LINE = 3;
/**
 * "service-instance api/prod, service-instance api/stage"; "12 service instances of api" when there
 * are many; or what `*` will look for.
 */
function describeTargets(settings) {
    const { wildcard, targets } = settings;
    if (wildcard) {
        const type = resourceType(wildcard.type);
        const of = wildcard.serviceName ? `of service ${wildcard.serviceName} ` : type.serviceInput ? 'of every service ' : '';
        return `every ${typeNoun(type.id)} ${of}whose deployment is IN_PROGRESS (${type.namesInput}: ${WILDCARD}${type.serviceInput && !wildcard.serviceName ? `, ${type.serviceInput}: ${WILDCARD}` : ''})`;
    }
    if (targets.length <= NAMED_IN_OPENING_LINE)
        return targets.map(describeTarget).join(', ');
    const types = new Set(targets.map((t) => t.type));
    const services = new Set(targets.map((t) => t.serviceName));
    if (types.size > 1)
        return `${targets.length} targets`;
    const noun = `${typeNoun(targets[0].type)}s`;
    const service = services.size === 1 && targets[0].serviceName ? ` of service ${targets[0].serviceName}` : '';
    return `${targets.length} ${noun}${service}`;
}
/** With more targets than the opening line names, the full list, folded. */
function printTargetList(settings) {
    if (settings.wildcard || settings.targets.length <= NAMED_IN_OPENING_LINE)
        return;
    startGroup(`The ${settings.targets.length} targets`);
    for (const target of settings.targets)
        printLine(describeTarget(target));
    endGroup();
}
function describePlan(settings) {
    const what = describeTargets(settings);
    const which = settings.deploymentId ? ` (only deployment ${settings.deploymentId})` : '';
    if (settings.dryRun) {
        return `Dry run: reading ${what}${which} in ${settings.region} to report what would be cancelled; no cancel request will be made.`;
    }
    const waiting = settings.wait
        ? `waiting up to ${settings.waitTimeoutSeconds} s for Proton to report where each deployment ended`
        : 'not waiting for the end (wait is false)';
    return `Cancelling the in-progress deployment of ${what}${which} in ${settings.region}; ${waiting}.`;
}
/** `when: job-cancelled` armed: what the post step will do if the job is cancelled, and what it will leave alone. */
function announceArmed(settings, { since, allowanceSeconds, waitSeconds }) {
    printLine(`Armed: if this job is cancelled, the post step will ${settings.dryRun ? 'report what it would cancel of' : 'cancel the deployment of'} ${describeTargets(settings)} (waiting at most ${waitSeconds} s). ` +
        `It cancels only a deployment that started at or after ${since.toISOString()} (now, less ${allowanceSeconds} s), so as to stop this job's deployment and no one else's. No request was made now.`);
}
/** The post step's opening, and why it waits less than wait-timeout-seconds when it does. */
function announceGuardPostStep(settings, waitSeconds) {
    printLine('The job was cancelled: cancelling the deployments armed by `when: job-cancelled`.');
    if (settings.wait && waitSeconds < settings.waitTimeoutSeconds) {
        printLine(`Waiting at most ${waitSeconds} s instead of wait-timeout-seconds (${settings.waitTimeoutSeconds} s): the runner gives cleanup about 5 minutes after a cancel.`);
    }
}
/** The summary's note in the guard's post step. */
const GUARD_POST_STEP_NOTE = 'The job was cancelled, so this post step cancelled the deployments armed by when: job-cancelled, if they started after it armed.';

;// CONCATENATED MODULE: ./src/report/outputs.ts
// The step's outputs. What they carry, field by field (the API model marks all of these sensitive):
// - spec, serviceSpec: never: a spec may carry secrets.
// - description, displayName: never: free text of the resource's owners that no cancellation needs.
// - deploymentStatusMessage: yes, clipped: it says why a deployment ended as it did, and the console
//   shows it to anyone allowed to read the resource.
// - the API's error messages: yes, in `error`, clipped: they say what to fix (which permission, which name).
// Sizes: GitHub allows a job's outputs 1 MB in all, and an output handed to a script through `env:`
// must fit Linux's 128 KiB limit for one variable, so `results` is fitted to a byte budget.





const OUTPUT_NAMES = [
    'outcome',
    'deployment-status',
    'deployment-status-message',
    'arn',
    'deployment-id',
    'last-succeeded-deployment-id',
    'resource',
    'results',
];
const WITHHELD_FIELDS = new Set(['spec', 'serviceSpec', 'description', 'displayName']);
/** Up to this many targets, `results` fits one environment variable (MAX_ARG_STRLEN is 131072 bytes, name included). */
const RESULTS_FIT_ENV_UP_TO_TARGETS = 100;
const RESULTS_ENV_BUDGET_BYTES = 120_000;
/** No output ever exceeds this. */
const MAX_OUTPUT_BYTES = 1_000_000;
const MAX_MESSAGE_CHARS = 16_000;
const MAX_ID_CHARS = 2048;
const MAX_RESOURCE_FIELD_CHARS = 4096;
const CLIPPED = '…[clipped]';
const clipped = (text, max) => clip(text, max, CLIPPED);
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
/** The resource as JSON, timestamps as ISO-8601 (Date's JSON form), without withheld fields at any depth. */
function publicResourceJson(resource) {
    const json = JSON.stringify(resource, (key, value) => {
        if (WITHHELD_FIELDS.has(key))
            return undefined;
        return typeof value === 'string' ? clipped(value, MAX_RESOURCE_FIELD_CHARS) : value;
    });
    if (bytes(json) <= MAX_OUTPUT_BYTES)
        return json;
    // Only a reply far outside the API's model gets here: keep what identifies the deployment.
    const { arn, deploymentStatus, lastAttemptedDeploymentId } = resource;
    return JSON.stringify({ arn, deploymentStatus, lastAttemptedDeploymentId }, (_key, value) => typeof value === 'string' ? clipped(value, MAX_ID_CHARS) : value);
}
const FULL = { text: MAX_MESSAGE_CHARS, id: MAX_ID_CHARS };
function resultEntry(result, caps = FULL) {
    const { target, outcome, resource, deployment } = result;
    const error = result.outcome === 'error' ? failureWords(result.failure) : undefined;
    const text = (value) => (value === undefined ? null : clipped(value, caps.text));
    const id = (value) => (value === undefined ? null : clipped(value, caps.id));
    return {
        resourceType: target.type,
        name: target.name,
        ...(target.serviceName !== undefined ? { serviceName: target.serviceName } : {}),
        outcome,
        deploymentStatus: id(deployment?.status),
        deploymentStatusMessage: text(deployment?.statusMessage),
        arn: id(resource?.arn),
        deploymentId: id(deployment?.id),
        ...(outcome === 'error' ? { error: text(error ?? 'unknown error') ?? '' } : {}),
    };
}
// Messages are clipped first, then (only for replies far outside the API's model) identifiers.
const CAPS_TO_TRY = [
    FULL,
    ...[4000, 2000, 1000, 500, 250, 120, 60, 0].map((text) => ({ text, id: MAX_ID_CHARS })),
    ...[512, 256, 128, 64, 16].map((id) => ({ text: 0, id })),
];
function resultsBudgetBytes(targets) {
    return targets <= RESULTS_FIT_ENV_UP_TO_TARGETS ? RESULTS_ENV_BUDGET_BYTES : MAX_OUTPUT_BYTES;
}
/** `results` within its byte budget, and whether anything had to be clipped to get there. */
function resultsOutput(results) {
    const budget = resultsBudgetBytes(results.length);
    let json = '[]';
    for (const caps of CAPS_TO_TRY) {
        json = JSON.stringify(results.map((result) => resultEntry(result, caps)));
        if (bytes(json) <= budget)
            return { json, clippedToFit: caps !== FULL };
    }
    return { json, clippedToFit: true };
}
/** Per-resource outputs describe the one target; with several they are empty and `results` tells all. */
function stepOutputs(step, fitted = resultsOutput(step.results)) {
    const { results } = step;
    const only = results.length === 1 ? results[0] : undefined;
    const resource = only?.resource;
    const deployment = only?.deployment;
    return {
        outcome: stepOutcome(step) ?? '',
        'deployment-status': clipped(deployment?.status ?? '', MAX_ID_CHARS),
        'deployment-status-message': clipped(deployment?.statusMessage ?? '', MAX_MESSAGE_CHARS),
        arn: clipped(resource?.arn ?? '', MAX_ID_CHARS),
        'deployment-id': clipped(deployment?.id ?? '', MAX_ID_CHARS),
        'last-succeeded-deployment-id': clipped(resource?.lastSucceededDeploymentId ?? '', MAX_ID_CHARS),
        resource: resource ? publicResourceJson(resource) : '',
        results: fitted.json,
    };
}
function setStepOutputs(step) {
    const fitted = resultsOutput(step.results);
    for (const [name, value] of Object.entries(stepOutputs(step, fitted)))
        setOutput(name, value);
    if (fitted.clippedToFit) {
        const kib = Math.floor(resultsBudgetBytes(step.results.length) / 1024);
        printLine(`Long texts were clipped (marked ${CLIPPED}) in the results output to keep it under ${kib} KiB; the log and the job summary show them.`);
    }
}

;// CONCATENATED MODULE: ./src/runner/github-run.ts
// The workflow run a step belongs to, from the variables the runner sets: what @actions/github
// 9.1.1's Context reads for these fields, without its event payload (which the step does not use,
// and which Context reads from disk, printing a line when the file is missing).
function runContextFromEnvironment(env = process.env) {
    const { GITHUB_REPOSITORY: repository, GITHUB_WORKFLOW: workflow, GITHUB_JOB: job, GITHUB_REF: ref, GITHUB_SHA: sha, GITHUB_ACTOR: actor } = env;
    const runNumber = parseInt(env.GITHUB_RUN_NUMBER ?? '', 10);
    const runId = parseInt(env.GITHUB_RUN_ID ?? '', 10);
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    return {
        ...(repository ? { repository } : {}),
        ...(workflow ? { workflow } : {}),
        ...(job ? { job } : {}),
        ...(Number.isFinite(runNumber) ? { runNumber } : {}),
        ...(repository && Number.isFinite(runId) ? { runUrl: `${serverUrl}/${repository}/actions/runs/${runId}` } : {}),
        ...(ref ? { ref } : {}),
        ...(sha ? { sha } : {}),
        ...(actor ? { actor } : {}),
        ...(env.GITHUB_EVENT_NAME ? { eventName: env.GITHUB_EVENT_NAME } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/html.ts

const html_MAX_TEXT = 1000;
const HTML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Escapes text for the job summary's HTML. Line breaks become <br>, because a blank line would end
 * the HTML block and let the rest render as Markdown.
 */
function escapeHtml(text, max = html_MAX_TEXT) {
    return clip(text, max)
        .replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c)
        .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>');
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The job summary, for a person who opens a cancelled run or a rollout gone wrong: what happened, in
// counts; what needs attention first, in a narrow table that fits GitHub's summary card; everything
// else folded. Built as a string so it can be tested as one, and checked in a real browser
// (test/browser/). Every piece of text that did not come from this file is escaped; only elements
// and attributes GitHub's sanitizer keeps are used (no style, no class).









/** The runner drops a step summary over 1 MiB; the tables stop well before, whatever the number of targets. */
const SUMMARY_BUDGET_BYTES = 900_000;
/** Text longer than this is folded behind its beginning, so no row grows taller than a few lines. */
const FOLD_AFTER_CHARS = 130;
const FOLDED_PREVIEW_CHARS = 95;
/** A target name this short is kept on one line; a longer one may wrap rather than widen the card. */
const NOWRAP_NAME_CHARS = 40;
/** Long unbroken text (ARNs, ids, long names) may break after this many characters. */
const BREAK_EVERY_CHARS = 24;
function renderSummary(view) {
    const { step, settings } = view;
    // Most severe first, so what fails the step is at the top of the first screen. The sections count
    // what the heading counts: "fail the step", then "worth a look" (see verdict.ts).
    const bySeverity = (a, b) => OUTCOMES.indexOf(a.outcome) - OUTCOMES.indexOf(b.outcome);
    const { failing, worthALook } = verdict_tally(step, settings);
    failing.sort(bySeverity);
    worthALook.sort(bySeverity);
    const shown = new Set([...failing, ...worthALook]);
    const wouldCancel = step.results.filter((r) => r.outcome === 'would-cancel' && !shown.has(r));
    const asExpected = step.results.filter((r) => !shown.has(r) && !wouldCancel.includes(r));
    const budget = new Budget(SUMMARY_BUDGET_BYTES);
    const heading = headingOf(step, settings, view.interruptedBy ? { interruptedBy: view.interruptedBy } : {});
    const parts = [`<h2>${heading.badge} ${escapeHtml(heading.text)}</h2>`, renderCounts(step), ...renderSituation(view)];
    if (failing.length > 0)
        parts.push(`<h3>Fail the step (${failing.length})</h3>`, renderOutcomeTable(failing, settings, budget));
    if (worthALook.length > 0)
        parts.push(`<h3>Worth a look (${worthALook.length})</h3>`, renderOutcomeTable(worthALook, settings, budget));
    if (wouldCancel.length > 0)
        parts.push(`<h3>Would be cancelled (${wouldCancel.length})</h3>`, renderOutcomeTable(wouldCancel, settings, budget));
    if (asExpected.length > 0) {
        const title = shown.size + wouldCancel.length > 0 ? 'Ended as expected' : 'Targets';
        parts.push(folded(`${title} (${asExpected.length})`, renderOutcomeTable(asExpected, settings, budget)));
    }
    if (step.results.length > 0)
        parts.push(folded('Deployment ids, ARNs and console links', renderIds(step.results, settings.region, budget)));
    const footer = renderRunContext(view.run, settings.region);
    if (footer)
        parts.push(`<p><sub>${footer}</sub></p>`);
    return parts.join('\n');
}
/** "✅ 5 cancelled · ❌ 2 failed · …", most severe first. */
function renderCounts(step) {
    const counts = OUTCOMES.map((outcome) => [outcome, step.results.filter((r) => r.outcome === outcome).length]).filter(([, n]) => n > 0);
    if (counts.length === 0)
        return '';
    const total = step.results.length;
    return `<p><strong>${count(total, 'target')}:</strong> ${counts.map(([outcome, n]) => `${badgeOf(outcome)}&nbsp;${n}&nbsp;${outcome}`).join(' · ')}</p>`;
}
/** What kind of run this was, said plainly: a dry run, the guard's post step, an interruption, what `*` matched, a failure before any target. */
function renderSituation({ step, interruptedBy, note }) {
    const lines = [];
    if (step.dryRun)
        lines.push('<strong>Dry run:</strong> nothing was cancelled; <code>would-cancel</code> marks what a run without dry-run would cancel.');
    if (note)
        lines.push(`<strong>Post step:</strong> ${escapeHtml(note)}`);
    if (interruptedBy) {
        lines.push(`<strong>Interrupted:</strong> the step received ${escapeHtml(interruptedBy)} and stopped waiting. Cancellations it had requested stand; the outcomes show the last status it read.`);
    }
    if (step.problem)
        lines.push(`<strong>Error:</strong> ${escapeHtml(failureWords(step.problem))}`);
    const expired = describeExpiredCredentials(step.results);
    if (expired)
        lines.push(`<strong>Credentials expired:</strong> ${escapeHtml(expired)}`);
    if (step.discovery)
        lines.push(`<strong>Matched:</strong> ${escapeHtml(describeDiscovery(step.discovery))}`);
    return lines.map((line) => `<p>${line}</p>`);
}
function renderOutcomeTable(results, settings, budget) {
    const showType = new Set(results.map((r) => r.target.type)).size > 1;
    const rows = budget.rows(results, (result) => {
        const happened = result.outcome === 'error' ? failureWords(result.failure) : explainOutcome(result, settings, { withMessage: false });
        const message = result.outcome === 'error' ? undefined : (result.deployment?.statusMessage ?? undefined);
        const fact = factOf(result);
        return (`<tr>${targetCell(result.target, showType)}<td nowrap>${badgeOf(result.outcome)} ${escapeHtml(result.outcome)}</td>` +
            `<td>${foldable(result.outcome === 'error' ? happened : summary_capitalise(message && !fact ? `${happened}: ${message}` : happened))}</td></tr>`);
    });
    const noun = (results[0] ? typeNoun(results[0].target.type) : 'target');
    return table([showType ? 'Target' : summary_capitalise(noun), 'Outcome', 'What happened'], rows);
}
function renderIds(results, region, budget) {
    const showType = new Set(results.map((r) => r.target.type)).size > 1;
    const rows = budget.rows(results, (result) => {
        const id = result.deployment?.id;
        const newerId = newerDeploymentOf(result);
        const newer = newerId ? `<br>newer: <code>${breakable(newerId)}</code>` : '';
        // A resource that was not found has no page to link to.
        const link = result.resource ? `<a href="${escapeHtml(consoleUrl(result.target, region))}">console</a>` : '—';
        const arn = result.resource?.arn ? `<code>${breakable(result.resource.arn)}</code>` : '—';
        return `<tr>${targetCell(result.target, showType)}<td>${id ? `<code>${breakable(id)}</code>` : '—'}${newer}</td><td>${link}</td><td>${arn}</td></tr>`;
    });
    return table(['Target', 'Deployment id', 'Link', 'ARN'], rows);
}
function table(columns, rows) {
    return `<table>\n<tr>${columns.map((c) => `<th align="left">${c}</th>`).join('')}</tr>\n${rows.join('\n')}\n</table>`;
}
// No blank line anywhere: one would end GitHub's HTML block and let the rest render as Markdown.
function folded(title, body) {
    return `<details><summary><strong>${escapeHtml(title)}</strong></summary>\n${body}\n</details>`;
}
/** "api / prod" for an instance, with its type when asked; a short name stays on one line, a long one may break. */
function targetCell(target, showType) {
    const label = target.serviceName ? `${target.serviceName} / ${target.name}` : target.name;
    const name = target.serviceName ? `${breakable(target.serviceName)} / ${breakable(target.name)}` : breakable(target.name);
    const type = showType ? `<br><sub>${escapeHtml(target.type)}</sub>` : '';
    return `<td${label.length <= NOWRAP_NAME_CHARS ? ' nowrap' : ''}>${name}${type}</td>`;
}
/** Text that stays a few lines tall: long text shows its beginning, and opens to read on from there. */
function foldable(text) {
    if (text.length <= FOLD_AFTER_CHARS)
        return breakable(text);
    const space = text.lastIndexOf(' ', FOLDED_PREVIEW_CHARS);
    const cut = space > FOLDED_PREVIEW_CHARS / 2 ? space : FOLDED_PREVIEW_CHARS;
    return `<details><summary>${breakable(text.slice(0, cut))}…</summary>…${breakable(text.slice(cut).trimStart())}</details>`;
}
/** Escaped, with break opportunities (<wbr>) inside long unbroken runs such as ARNs, so no cell widens the table. */
function breakable(text) {
    return text
        .split(/(\s+)/)
        .map((word) => {
        if (word.length <= BREAK_EVERY_CHARS)
            return escapeHtml(word);
        const pieces = [];
        for (let i = 0; i < word.length; i += BREAK_EVERY_CHARS)
            pieces.push(escapeHtml(word.slice(i, i + BREAK_EVERY_CHARS), Infinity));
        return pieces.join('<wbr>');
    })
        .join('');
}
function summary_capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Keeps the summary under the runner's limit: once spent, a table says how many rows it leaves out. */
class Budget {
    bytes;
    used = 0;
    constructor(bytes) {
        this.bytes = bytes;
    }
    rows(results, render) {
        const rows = [];
        for (const [index, result] of results.entries()) {
            const row = render(result);
            this.used += Buffer.byteLength(row) + 1;
            if (this.used > this.bytes) {
                const left = results.length - index;
                rows.push(`<tr><td colspan="4">… and ${count(left, 'more target')}: the <code>results</code> output lists every target.</td></tr>`);
                break;
            }
            rows.push(row);
        }
        return rows;
    }
}
function renderRunContext(run, region) {
    const bits = [];
    if (run.runNumber !== undefined) {
        const label = `run #${run.runNumber}`;
        bits.push(run.runUrl ? `<a href="${escapeHtml(run.runUrl)}">${label}</a>` : label);
    }
    if (run.workflow)
        bits.push(escapeHtml(run.workflow));
    if (run.job)
        bits.push(`job ${escapeHtml(run.job)}`);
    if (run.ref || run.sha)
        bits.push([run.ref ? escapeHtml(run.ref.replace(/^refs\/heads\//, '')) : '', run.sha ? escapeHtml(run.sha.slice(0, 7)) : ''].filter(Boolean).join(' @ '));
    if (run.actor)
        bits.push(`${escapeHtml(run.actor)}${run.eventName ? ` (${escapeHtml(run.eventName)})` : ''}`);
    if (run.repository)
        bits.push(escapeHtml(run.repository));
    bits.push(escapeHtml(region));
    return bits.join(' · ');
}
async function writeJobSummary(view) {
    // Outside the runner (a local run) there is no summary file to write to.
    if (!process.env.GITHUB_STEP_SUMMARY) {
        debug('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
    }
    await writeSummary(renderSummary(view));
}

;// CONCATENATED MODULE: ./src/report/report.ts






/** Outputs first: they are what later steps need, and the runner reads them even if we are killed next. */
async function reportResults(step, settings, { interruptedBy, note } = {}) {
    setStepOutputs(step);
    announceOutcomes(step, settings, interruptedBy);
    if (step.dryRun)
        printLine('Dry run: no cancel request was made.');
    if (!settings.jobSummary)
        return;
    try {
        await writeJobSummary({
            step,
            settings,
            run: runContextFromEnvironment(),
            ...(interruptedBy ? { interruptedBy } : {}),
            ...(note ? { note } : {}),
        });
    }
    catch (error) {
        annotate('warning', `Could not write the job summary: ${error instanceof Error ? error.message : String(error)}`, 'Job summary not written');
    }
}

;// CONCATENATED MODULE: ./src/report/setup.ts
// What the log says about how the step reaches AWS, before the first target: the proxy or CA
// bundle it uses, and credentials that will expire before the wait can end.





function announceConnection(plan) {
    const host = plan.endpointHost ?? 'Proton';
    if (plan.endpointProxy)
        printLine(`Proton (${host}) is reached through the proxy ${plan.endpointProxy}.`);
    else if (plan.endpointBypassesProxy)
        printLine(`Proton (${host}) is reached directly: NO_PROXY covers it, or it is a loopback address.`);
    if (plan.caBundle) {
        const { source, path, certificates } = plan.caBundle;
        printLine(`Trusting ${certificates} certificate${certificates === 1 ? '' : 's'} from ${path} (${source}) in addition to Node's.`);
    }
}
/** Warns once, at the start, when credentials that are not refreshed expire before the wait can end. */
function warnIfCredentialsExpireDuringWait(facts, settings, now = Date.now()) {
    const { expiresAt, refreshes } = facts;
    if (!expiresAt || refreshes || !settings.wait)
        return;
    const left = expiresAt.getTime() - now;
    if (left >= settings.waitTimeoutSeconds * 1000)
        return;
    const when = left > 0 ? `expire at ${expiresAt.toISOString()}, in ${formatDuration(left)}` : `expired at ${expiresAt.toISOString()}`;
    annotate('warning', `The AWS credentials this step uses ${when} (AWS_CREDENTIAL_EXPIRATION), and keys from environment variables are not refreshed, while wait-timeout-seconds is ${settings.waitTimeoutSeconds} s. ` +
        `Cancellations requested before then stand, but a deployment still ending after it can no longer be followed. ${SESSION_ADVICE}`, 'Credentials expire before the wait can end');
}
/** A fleet polled by list, whose list call was denied: read one by one instead, said once. */
function announceListDenied(operation, type) {
    annotate('notice', `Polling the ${typeNoun(type)}s by ${operation} was denied, so each is read on its own (more requests, the same results). Allow proton:${operation} on * for the role this step uses to poll a fleet with fewer requests.`, 'Polling one by one');
}
/** Helpers the step started and stopped waiting for (a credential_process that hangs), stopped before it ends. */
function announceStoppedProcesses(pids) {
    if (pids.length === 0)
        return;
    printLine(`Stopped ${pids.length === 1 ? 'a process' : `${pids.length} processes`} the step had started and stopped waiting for (a credential_process that did not answer; pid ${pids.join(', ')}), so that nothing it started outlives it.`);
}

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/runner/child-processes.ts

/** How long a stopped helper is given to end on SIGTERM before it is killed. */
const STOP_GRACE_MS = 1000;
function trackChildProcesses(platform = process.platform) {
    // The mutable CommonJS module object, loaded only when tracking starts (an ESM namespace is frozen).
    const childProcess = process.getBuiltinModule('node:child_process');
    const running = new Set();
    const original = childProcess.exec;
    // Once the step stops its helpers, it starts no new one: the SDK's credential chain, abandoned but
    // still running, would otherwise start the same credential_process again as soon as one is stopped.
    let closing = false;
    const refusal = (command) => Object.assign(new Error(`Command not run: the step is ending (${command})`), { code: 'ESTEPENDING', cmd: command });
    const ownGroup = platform !== 'win32';
    // exec's own options cannot start a process group (execFile passes spawn a fixed list of options),
    // so the shell is spawned here as exec would spawn it, and answers as exec answers.
    const tracked = function exec(command, options, callback) {
        const done = typeof options === 'function' ? options : callback;
        const given = typeof options === 'function' || options == null ? {} : options;
        if (closing) {
            // Something that ends at once, so the caller gets its callback as from any failed command.
            const child = childProcess.spawn(process.execPath, ['-e', ''], { stdio: 'ignore', windowsHide: true });
            child.once('close', () => done?.(refusal(command), '', ''));
            return child;
        }
        const child = childProcess.spawn(command, [], {
            shell: typeof given.shell === 'string' ? given.shell : true,
            ...(given.cwd !== undefined ? { cwd: given.cwd } : {}),
            ...(given.env !== undefined ? { env: given.env } : {}),
            windowsHide: true,
            detached: ownGroup,
        });
        running.add(child);
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
        child.once('error', (error) => {
            running.delete(child);
            done?.(Object.assign(error, { cmd: command }), stdout, stderr);
        });
        child.once('close', (code, signalName) => {
            running.delete(child);
            if (code === 0)
                return done?.(null, stdout, stderr);
            const error = Object.assign(new Error(`Command failed: ${command}\n${stderr}`), {
                ...(code !== null ? { code } : {}),
                killed: signalName !== null,
                ...(signalName !== null ? { signal: signalName } : {}),
                cmd: command,
            });
            done?.(error, stdout, stderr);
        });
        return child;
    };
    // util.promisify(exec) resolves with { stdout, stderr }, as Node's own exec does.
    Object.defineProperty(tracked, external_node_util_.promisify.custom, {
        value: (command, options) => new Promise((resolve, reject) => {
            if (closing)
                return reject(refusal(command));
            tracked(command, options ?? {}, (error, stdout, stderr) => (error ? reject(Object.assign(error, { stdout, stderr })) : resolve({ stdout, stderr })));
        }),
    });
    const setExec = (exec) => {
        // The module object is what CommonJS code and the bundle read; ESM named imports follow it once synced.
        childProcess.exec = exec;
        process.getBuiltinModule('node:module').syncBuiltinESMExports();
    };
    setExec(tracked);
    return {
        restore: () => setExec(original),
        stopAll: async () => {
            closing = true;
            const stopping = [...running].filter((child) => child.pid !== undefined && child.exitCode === null && child.signalCode === null);
            const pids = stopping.map((child) => child.pid);
            for (const pid of pids)
                signal(pid, 'SIGTERM', ownGroup);
            // Each helper's own end is what tells: a grandchild orphaned by it may stay a zombie where the
            // machine's init does not reap, and a zombie still answers signal 0.
            const deadline = Date.now() + STOP_GRACE_MS;
            while (stopping.some((child) => child.exitCode === null && child.signalCode === null) && Date.now() < deadline) {
                await new Promise((resolve) => setTimeout(resolve, 25));
            }
            // Whatever the group still holds (a grandchild that ignored SIGTERM) is killed; a group already gone is no error.
            for (const pid of pids)
                signal(pid, 'SIGKILL', ownGroup);
            return pids;
        },
    };
}
/** To the process's whole group on POSIX (it and what it started); on Windows to its tree. */
function signal(pid, name, group) {
    try {
        if (group)
            process.kill(-pid, name);
        else
            process.getBuiltinModule('node:child_process').spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true });
    }
    catch {
        // Already gone.
    }
}

;// CONCATENATED MODULE: ./src/cancel-and-report.ts









/** Cancels the targets, then reports: also when the deadline, SIGINT or SIGTERM cut the work short. */
async function cancelAndReport(settings, { note, scope, clock = systemClock } = {}) {
    const interruption = listenForInterruption();
    const children = trackChildProcesses();
    try {
        announcePlan(settings);
        const log = new LiveLog();
        const step = await cancelAllTargets(settings, {
            clock,
            interrupt: interruption.signal,
            progress: log,
            ...(scope ? { scope } : {}),
            onDiscovery: announceDiscovery,
            onConnection: announceConnection,
            onCredentials: (facts) => warnIfCredentialsExpireDuringWait(facts, settings),
            onListDenied: announceListDenied,
        });
        printTargetGroups(step.results, settings);
        const interruptedBy = interruption.reason();
        await reportResults(step, settings, { ...(interruptedBy ? { interruptedBy } : {}), ...(note ? { note } : {}) });
    }
    finally {
        interruption.dispose();
        announceStoppedProcesses(await children.stopAll());
        children.restore();
    }
}

;// CONCATENATED MODULE: ./src/state.ts
// What the main step hands to the post step. The runner passes GITHUB_STATE entries to the post
// step of the same action as STATE_<name>.

const IS_POST = 'isPost';
const ARMED_SETTINGS = 'armedSettings';
const ARMED_AT = 'armedAt';
/** Saved first thing in main, so the same bundle knows, when it runs again, that it is the post step. */
function markMainStepStarted() {
    saveState(IS_POST, 'true');
}
function isPostStep() {
    return getState(IS_POST) === 'true';
}
function saveArmedGuard({ settings, armedAt }) {
    saveState(ARMED_SETTINGS, JSON.stringify(settings));
    saveState(ARMED_AT, String(armedAt));
}
function loadArmedGuard() {
    const saved = getState(ARMED_SETTINGS);
    if (!saved)
        return undefined;
    return { settings: JSON.parse(saved), armedAt: Number(getState(ARMED_AT)) };
}

;// CONCATENATED MODULE: ./src/guard.ts
// The guard (`when: job-cancelled`): the main step arms it and makes no request; the post step runs
// only when the job was cancelled (action.yml: post-if: cancelled()) and cancels what started since.




// The runner gives all cleanup about five minutes after a cancel; leave room for other post steps.
const POST_WAIT_CAP_SECONDS = 180;
/** Makes no request now; leaves the targets, and this moment, for the post step. */
function armGuard(settings, armedAt = Date.now()) {
    saveArmedGuard({ settings, armedAt });
    announceArmed(settings, {
        since: new Date(guardScope(armedAt).attemptedSince),
        allowanceSeconds: GUARD_ALLOWANCE_MS / 1000,
        waitSeconds: cappedWait(settings),
    });
}
async function runGuardPostStep() {
    const armed = loadArmedGuard();
    // With `when: now` the main step already did the work; a post step then has nothing to say.
    if (!armed)
        return;
    const { settings } = armed;
    const waitTimeoutSeconds = cappedWait(settings);
    announceGuardPostStep(settings, waitTimeoutSeconds);
    await cancelAndReport({ ...settings, waitTimeoutSeconds }, { note: GUARD_POST_STEP_NOTE, scope: guardScope(armed.armedAt) });
}
/** The post step waits no longer than the cap, whatever wait-timeout-seconds says. */
function cappedWait(settings) {
    return Math.min(settings.waitTimeoutSeconds, POST_WAIT_CAP_SECONDS);
}

;// CONCATENATED MODULE: ./src/report/invalid-input.ts
// Bad input: nothing is done, and later steps and people still hear about it. The outputs say
// `error` (an `if: always()` step reads the outcome, not an empty string), and the summary, which
// the README promises on success and on failure, names each input to fix.




async function reportInvalidInput(problems, message, writeJobSummary) {
    for (const name of OUTPUT_NAMES)
        setOutput(name, name === 'outcome' ? 'error' : name === 'results' ? '[]' : '');
    failStep(message, 'Invalid input');
    if (!writeJobSummary || !process.env.GITHUB_STEP_SUMMARY)
        return;
    const items = problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('\n');
    await writeSummary(`<h2>❌ Cancel Proton deployment: invalid input</h2>\n` +
        `<p>Nothing was done: no request was made. ${problems.length === 1 ? 'One input needs' : `${problems.length} inputs need`} fixing:</p>\n<ul>\n${items}\n</ul>`);
}

;// CONCATENATED MODULE: ./src/domain/resource-arn.ts
const ARN = /^arn:(aws[a-z-]*):proton:([a-z0-9-]+):(\d{12}):(.+)$/;
/** Proton only ever ran in the aws partition (botocore's endpoints.json). */
const PARTITION = 'aws';
// The resource part of each accepted form; a service ARN (with or without /pipeline) names its pipeline.
const FORMS = [
    { pattern: /^environment\/([^/]+)$/, target: (m) => ({ type: 'environment', name: m[1] }) },
    { pattern: /^service\/([^/]+)\/service-instance\/([^/]+)$/, target: (m) => ({ type: 'service-instance', name: m[2], serviceName: m[1] }) },
    { pattern: /^service\/([^/]+)(?:\/pipeline)?$/, target: (m) => ({ type: 'service-pipeline', name: m[1] }) },
    { pattern: /^component\/([^/]+)$/, target: (m) => ({ type: 'component', name: m[1] }) },
];
const ARN_FORMS = 'arn:aws:proton:REGION:ACCOUNT:environment/NAME, …:service/SERVICE/service-instance/NAME, …:service/SERVICE (its pipeline) or …:component/NAME';
/** The target an ARN names, or why it names none. Names inside are checked by the caller, like any name. */
function readArn(arn) {
    const match = ARN.exec(arn);
    if (!match)
        return { problem: 'is not a Proton ARN' };
    const [, partition, region, , resource] = match;
    if (partition !== PARTITION) {
        return { problem: `is in the ${partition} partition, where Proton never ran`, instead: 'an ARN of the aws partition (arn:aws:proton:…)' };
    }
    for (const form of FORMS) {
        const found = form.pattern.exec(resource);
        if (found)
            return { target: form.target(found), region: region };
    }
    return { problem: 'is not the ARN of an environment, service instance, service (pipeline) or component' };
}

;// CONCATENATED MODULE: ./src/settings/settings.ts
// Inputs are read and checked here, once, into Settings; nothing else reads the step's inputs.
// Every problem is found before the first request, and all of them are reported together.




/** The defaults action.yml declares (a test keeps the two in step), for runs without the runner. */
const INPUT_DEFAULTS = {
    when: 'now',
    'dry-run': 'false',
    wait: 'true',
    'wait-timeout-seconds': '1800',
    'poll-interval-seconds': '10',
    'fail-on': 'failed, timed-out',
    'max-attempts': '5',
    'job-summary': 'true',
};
const WHEN_VALUES = ['now', 'job-cancelled'];
// Past 2^31 ms Node fires timers at once; five days is also the longest a self-hosted job may run.
const MAX_WAIT_TIMEOUT_SECONDS = 5 * 24 * 3600;
const MAX_POLL_INTERVAL_SECONDS = 3600;
const MAX_ATTEMPTS_LIMIT = 100;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** Where Proton ran (botocore's endpoints.json: the aws partition only; no FIPS or dual-stack endpoints). */
const PROTON_REGIONS = [
    'us-east-1',
    'us-east-2',
    'us-west-2',
    'ap-northeast-1',
    'ap-northeast-2',
    'ap-southeast-1',
    'ap-southeast-2',
    'ca-central-1',
    'eu-central-1',
    'eu-west-1',
    'eu-west-2',
];
/** Proton's deployment ids (GetDeployment's pattern). */
const DEPLOYMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? (problems[0] ?? '')
            : `${problems.length} inputs need fixing:\n${problems.map((p) => `- ${p}`).join('\n')}`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
/** Reads inputs the way the runner passes them: INPUT_<NAME>, upper-cased, hyphens kept. */
function inputsFromEnvironment(env = process.env) {
    return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
}
function parseSettings(readInput, env = process.env) {
    const problems = [];
    const notices = [];
    const problem = (input, message) => {
        problems.push(`Input "${input}" ${message}`);
        return undefined;
    };
    const notice = (message) => notices.push(message);
    const read = (name) => readInput(name) ?? INPUT_DEFAULTS[name] ?? '';
    const when = parseWhen(read('when'), problem);
    // Needed to check ARNs; its problem is said last, where the region is usually set.
    const regionProblems = [];
    const region = parseRegion(read('aws-region'), env, (message) => regionProblems.push(message));
    const found = read('resource-arn') !== '' ? parseArns(read, region, problem, notice) : parseNamed(read, problem, notice);
    const deploymentId = parseDeploymentId(read('deployment-id'), found, problem);
    const dryRun = parseBoolean('dry-run', read('dry-run'), problem);
    const wait = parseBoolean('wait', read('wait'), problem);
    const waitTimeoutSeconds = parseSeconds('wait-timeout-seconds', read('wait-timeout-seconds'), MAX_WAIT_TIMEOUT_SECONDS, problem);
    const pollIntervalSeconds = parseSeconds('poll-interval-seconds', read('poll-interval-seconds'), MAX_POLL_INTERVAL_SECONDS, problem);
    const failOn = parseFailOn(read('fail-on'), problem);
    const maxAttempts = parseAttempts(read('max-attempts'), problem);
    const jobSummary = parseBoolean('job-summary', read('job-summary'), problem);
    const endpointUrl = parseEndpoint(read('endpoint-url'), problem);
    problems.push(...regionProblems);
    if (region && !PROTON_REGIONS.includes(region) && !endpointUrl && !(env.AWS_ENDPOINT_URL_PROTON?.trim() || env.AWS_ENDPOINT_URL?.trim())) {
        problems.push(`${regionSource(read('aws-region'), env)} is ${quote(region)}, where Proton never ran: it ran only in ${PROTON_REGIONS.join(', ')}. Set aws-region to the region of the resources, or endpoint-url if Proton is reached through another endpoint.`);
    }
    if (problems.length > 0)
        throw new InputError(problems);
    // Every parser above either returned a value or recorded a problem, so none of these is undefined.
    const settings = {
        when: when,
        targets: found.targets,
        ...(found.wildcard ? { wildcard: found.wildcard } : {}),
        ...(deploymentId ? { deploymentId } : {}),
        dryRun: dryRun,
        wait: wait,
        waitTimeoutSeconds: waitTimeoutSeconds,
        pollIntervalSeconds: pollIntervalSeconds,
        failOn: failOn,
        region: region,
        ...(endpointUrl ? { endpointUrl } : {}),
        maxAttempts: maxAttempts,
        jobSummary: jobSummary,
    };
    return { settings, notices };
}
function quote(value) {
    return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}
function orList(words) {
    return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
function parseWhen(value, problem) {
    const word = value.toLowerCase();
    if (WHEN_VALUES.includes(word))
        return word;
    return problem('when', `is ${quote(value)}: expected ${orList(WHEN_VALUES)}.`);
}
/** Items separated by commas or line breaks (LF, CRLF or CR), each trimmed, blanks dropped. */
function splitList(value) {
    return value
        .split(/,|\r\n|\r|\n/)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
const NAME_RULE = `expected 1 to ${MAX_NAME_LENGTH} letters, digits, "-" or "_", starting with a letter or digit`;
/** The names of one input, each once; a repeat is noticed rather than refused. */
function parseNames(input, value, problem, notice) {
    const listed = splitList(value);
    const invalid = listed.filter((name) => !isProtonName(name));
    if (invalid.length > 0) {
        const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : '';
        problem(input, `has ${quote(invalid[0] ?? '')}${more}, which is not a Proton name: ${NAME_RULE}.`);
    }
    // A generated list in an emergency cleanup may repeat a name: cancelling it once is what was meant.
    const names = [...new Set(listed)];
    const repeated = [...new Set(listed.filter((name, index) => listed.indexOf(name) !== index))];
    if (repeated.length > 0 && invalid.length === 0) {
        notice(`Input "${input}" lists ${repeated.map((name) => quote(name)).join(', ')} more than once: each is cancelled once.`);
    }
    return names;
}
function checkCount(input, count, problem) {
    if (count > MAX_TARGETS)
        problem(input, `lists ${count} targets: at most ${MAX_TARGETS} fit one step; split them over several steps.`);
}
function parseResourceType(value, problem) {
    const ids = RESOURCE_TYPES.map((type) => type.id);
    if (value === '')
        return problem('resource-type', `is required: set it to ${orList(ids)}, or give resource-arn instead.`);
    const found = ids.find((id) => id === value.toLowerCase());
    return found ?? problem('resource-type', `is ${quote(value)}: expected ${orList(ids)}.`);
}
/** Targets named by resource-type and the name inputs, or found by `*`. */
function parseNamed(read, problem, notice) {
    const typeId = parseResourceType(read('resource-type'), problem);
    if (!typeId)
        return { targets: [] };
    const type = resourceType(typeId);
    for (const input of NAME_INPUTS) {
        if (input === type.namesInput || input === type.serviceInput || read(input) === '')
            continue;
        const users = RESOURCE_TYPES.filter((t) => t.namesInput === input || t.serviceInput === input).map((t) => t.id);
        problem(input, `does not apply to resource-type ${type.id}: remove it, or set resource-type to ${orList(users)}.`);
    }
    const listed = splitList(read(type.namesInput));
    const wildcard = listed.includes(WILDCARD);
    if (wildcard && listed.length > 1) {
        problem(type.namesInput, `lists "${WILDCARD}" together with names: give either "${WILDCARD}" alone (every in-progress one) or names.`);
    }
    else if (wildcard && !type.listOperation) {
        problem(type.namesInput, `is "${WILDCARD}", but resource-type ${type.id} does not take "${WILDCARD}": no list call finds in-progress pipelines; name the services.`);
    }
    const names = wildcard ? [] : parseNames(type.namesInput, read(type.namesInput), problem, notice);
    if (!wildcard && names.length === 0) {
        problem(type.namesInput, `is required when resource-type is ${type.id}: give one or more names, separated by commas or newlines${type.listOperation ? `, or "${WILDCARD}"` : ''}.`);
    }
    checkCount(type.namesInput, names.length, problem);
    let serviceName;
    if (type.serviceInput && read(type.serviceInput) === WILDCARD) {
        // Every service: only to find every instance in progress, the button for "stop everything deploying now".
        if (!wildcard) {
            problem(type.serviceInput, `is "${WILDCARD}", which is only for every in-progress instance of every service: set ${type.namesInput} to "${WILDCARD}" too, or name the one service the instances belong to.`);
        }
        return wildcard ? { targets: [], wildcard: { type: type.id } } : { targets: [] };
    }
    if (type.serviceInput) {
        const services = parseNames(type.serviceInput, read(type.serviceInput), problem, notice);
        if (services.length !== 1) {
            problem(type.serviceInput, services.length === 0
                ? `is required when resource-type is ${type.id}: give the name of the service the instances belong to.`
                : `lists ${services.length} services: with resource-type ${type.id} it takes exactly one, the service the instances belong to.`);
        }
        serviceName = services[0] ?? '';
    }
    if (wildcard)
        return { targets: [], wildcard: { type: type.id, ...(serviceName !== undefined ? { serviceName } : {}) } };
    return { targets: names.map((name) => targetOf(type.id, name, serviceName)) };
}
/** Targets named by ARNs, whatever their types; each in the step's region, each named validly. */
function parseArns(read, region, problem, notice) {
    const given = ['resource-type', ...NAME_INPUTS].filter((input) => read(input) !== '');
    if (given.length > 0) {
        problem('resource-arn', `and ${orList(given.map((input) => `"${input}"`))} are both given: name the targets one way, by resource-arn or by resource-type and names.`);
    }
    const targets = new Map();
    const repeated = new Set();
    for (const arn of splitList(read('resource-arn'))) {
        const reading = readArn(arn);
        if ('problem' in reading) {
            problem('resource-arn', `has ${quote(arn)}, which ${reading.problem}: expected ${reading.instead ?? ARN_FORMS}.`);
            continue;
        }
        const { target } = reading;
        const badName = [target.serviceName, target.name].find((name) => name !== undefined && !isProtonName(name));
        if (badName !== undefined) {
            problem('resource-arn', `has ${quote(arn)}, whose name ${quote(badName)} is not a Proton name: ${NAME_RULE}.`);
            continue;
        }
        if (region && reading.region !== region) {
            problem('resource-arn', `has ${quote(arn)} in ${reading.region}, but this step works in ${region} (aws-region, else AWS_REGION): use one step per region.`);
            continue;
        }
        const key = describeTarget(target);
        if (targets.has(key))
            repeated.add(key);
        targets.set(key, target);
    }
    if (repeated.size > 0)
        notice(`Input "resource-arn" names ${[...repeated].join(', ')} more than once: each is cancelled once.`);
    checkCount('resource-arn', targets.size, problem);
    return { targets: [...targets.values()] };
}
function parseDeploymentId(value, found, problem) {
    if (value === '')
        return undefined;
    if (!DEPLOYMENT_ID.test(value)) {
        return problem('deployment-id', `is ${quote(value)}: expected a Proton deployment id such as 3403b480-2b9c-4f5e-9b3f-0c1d2e3f4a5b (lower case).`);
    }
    if (found.wildcard)
        return problem('deployment-id', `applies to exactly one target, not to "${WILDCARD}": name the one resource it belongs to.`);
    if (found.targets.length > 1)
        return problem('deployment-id', `applies to exactly one target, but ${found.targets.length} are named: name the one resource it belongs to.`);
    return value;
}
function parseBoolean(input, value, problem) {
    // The same six spellings @actions/core's getBooleanInput accepts (YAML 1.2 core schema).
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    return problem(input, `is ${quote(value)}: expected true or false.`);
}
function parseSeconds(input, value, max, problem) {
    const seconds = /^(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : NaN;
    if (Number.isFinite(seconds) && seconds > 0 && seconds <= max)
        return seconds;
    return problem(input, `is ${quote(value)}: expected a number of seconds greater than 0 and at most ${max}, such as ${INPUT_DEFAULTS[input]} (decimals allowed).`);
}
function parseAttempts(value, problem) {
    const attempts = /^\d+$/.test(value) ? Number(value) : NaN;
    if (attempts >= 1 && attempts <= MAX_ATTEMPTS_LIMIT)
        return attempts;
    return problem('max-attempts', `is ${quote(value)}: expected a whole number from 1 to ${MAX_ATTEMPTS_LIMIT}, such as ${INPUT_DEFAULTS['max-attempts']}.`);
}
function parseFailOn(value, problem) {
    const words = splitList(value).map((word) => word.toLowerCase());
    const unknown = words.filter((word) => !isOutcome(word));
    if (unknown.length === 0)
        return [...new Set(words)].filter(isOutcome);
    return problem('fail-on', `has ${quote(unknown[0] ?? '')}: expected outcomes from ${OUTCOMES.join(', ')}, separated by commas or newlines (empty for none).`);
}
function parseEndpoint(value, problem) {
    if (value === '')
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        url = undefined;
    }
    if (url && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password)
        return value;
    return problem('endpoint-url', `is ${quote(value)}: expected an http:// or https:// URL without credentials, such as https://proton.us-east-1.amazonaws.com.`);
}
/** Which input or variable the region came from, as a problem names it. */
function regionSource(value, env) {
    return value ? 'Input "aws-region"' : env.AWS_REGION ? 'AWS_REGION' : 'AWS_DEFAULT_REGION';
}
function parseRegion(value, env, report) {
    const [source, region] = value
        ? ['Input "aws-region"', value]
        : env.AWS_REGION
            ? ['AWS_REGION', env.AWS_REGION.trim()]
            : env.AWS_DEFAULT_REGION
                ? ['AWS_DEFAULT_REGION', env.AWS_DEFAULT_REGION.trim()]
                : ['', ''];
    if (!source) {
        report('Input "aws-region" is not set and neither is AWS_REGION or AWS_DEFAULT_REGION: set aws-region (such as us-east-1), or run aws-actions/configure-aws-credentials with aws-region before this step.');
        return undefined;
    }
    if (REGION.test(region))
        return region;
    report(`${source} is ${quote(region)}: expected an AWS region code such as us-east-1.`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's story: read the inputs, then cancel now, or arm the guard: the post step cancels if the job is.







async function run() {
    try {
        if (isPostStep()) {
            await runGuardPostStep();
            return;
        }
        markMainStepStarted();
        const settings = await readSettings();
        if (!settings)
            return;
        if (settings.when === 'job-cancelled') {
            armGuard(settings);
            return;
        }
        await cancelAndReport(settings);
    }
    catch (error) {
        // Only a bug gets here. Users see its message; the stack is for debug logging.
        debug(error instanceof Error ? (error.stack ?? error.message) : String(error));
        failStep(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`, 'Unexpected error');
    }
}
async function readSettings() {
    const inputs = inputsFromEnvironment();
    try {
        const { settings, notices } = parseSettings(inputs);
        for (const notice of notices)
            annotate('notice', notice, 'Input');
        return settings;
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        // job-summary may be among the bad inputs: only a clear "false" turns the summary off.
        await reportInvalidInput(error.problems, error.message, !/^false$/i.test(inputs('job-summary') ?? ''));
        return undefined;
    }
}


/***/ }),

/***/ 7133:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ isProxyError),
/* harmony export */   s: () => (/* binding */ PROXY_ERROR_NAME)
/* harmony export */ });
// How the code every run loads recognises a failure of the step's proxy without loading the proxy
// code: by the error's name and the two things it carries (see proxy-problem.ts, which makes them).
const PROXY_ERROR_NAME = 'ProxyError';
function isProxyError(error) {
    return error instanceof Error && error.name === PROXY_ERROR_NAME && typeof error.mayPass === 'boolean' && typeof error.problem === 'object';
}


/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
