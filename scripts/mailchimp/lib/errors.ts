import { KEY_LOCATION } from './api-key';
import { ExitCode, ScriptError } from './exit-codes';

/** Socket-level error codes that mean "Mailchimp could not be reached", not "Mailchimp said no". */
const NETWORK_CODES = new Set([
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNREFUSED',
    'ECONNRESET',
    'ETIMEDOUT',
    'ECONNABORTED',
    'ESOCKETTIMEDOUT',
    'ETIME',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'EPIPE',
    'CERT_HAS_EXPIRED',
    'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    'SELF_SIGNED_CERT_IN_CHAIN'
]);

const WRONG_DC = /wrong\s*-?\s*data\s*-?\s*cent(?:er|re)/i;

/** Mailchimp's problem document (application/problem+json). */
interface Problem {
    type?: string;
    title?: string;
    status?: number;
    detail?: string;
    instance?: string;
    errors?: Array<{ field?: string; message?: string }>;
}

/** The parts of a superagent (the SDK's HTTP library) error that matter here. */
interface HttpLikeError {
    status?: number;
    code?: string;
    errno?: string | number;
    timeout?: number;
    message?: string;
    response?: { status?: number; body?: unknown; text?: string };
}

function problemOf(error: HttpLikeError): Problem {
    const body = error.response?.body;
    if (body !== null && typeof body === 'object') return body as Problem;
    const text = error.response?.text;
    if (typeof text === 'string' && text.trim().startsWith('{')) {
        try {
            return JSON.parse(text) as Problem;
        } catch {
            /* not JSON (e.g. an edge-network HTML page): no problem document */
        }
    }
    return {};
}

function oneLine(text: string): string {
    return text.replace(/\s+/g, ' ').trim();
}

/**
 * Turns whatever the Mailchimp SDK threw into a one-line explanation naming what to fix, and an exit code.
 *
 * Mailchimp's usual 401 says "Your API key may be invalid, or you've attempted to access the wrong
 * datacenter", so that wording alone is treated as a rejected key (4). Wrong data center (5) is reported
 * when Mailchimp says so without calling the key invalid: title/type WrongDatacenter, or a 401/403
 * detail about the data center only.
 */
export function classifyMailchimpError(error: unknown, dc: string): ScriptError {
    if (error instanceof ScriptError) return error;
    const e = (error ?? {}) as HttpLikeError;
    const status = e.status ?? e.response?.status;
    const host = `${dc}.api.mailchimp.com`;

    if (status === undefined) {
        const code = typeof e.code === 'string' ? e.code : typeof e.errno === 'string' ? e.errno : undefined;
        if ((code !== undefined && NETWORK_CODES.has(code)) || e.timeout !== undefined) {
            const what =
                code === 'ENOTFOUND' || code === 'EAI_AGAIN'
                    ? `could not resolve ${host}`
                    : code === 'ECONNREFUSED'
                      ? `${host} refused the connection`
                      : e.timeout !== undefined || code === 'ETIMEDOUT' || code === 'ECONNABORTED' || code === 'ETIME'
                        ? `the request to ${host} timed out`
                        : `could not connect to ${host} (${code ?? 'network error'})`;
            return new ScriptError(
                ExitCode.NETWORK,
                `Network failure: ${what}. Fix: check the internet connection and any proxy or firewall between this machine and Mailchimp, then retry; the host comes from the key's "-${dc}" suffix.`
            );
        }
        return new ScriptError(
            ExitCode.API_ERROR,
            `Unexpected error talking to Mailchimp: ${oneLine(e.message ?? String(error))}. Fix: rerun; if it persists, check https://status.mailchimp.com.`
        );
    }

    const problem = problemOf(e);
    const title = oneLine(problem.title ?? '');
    const detail = oneLine(problem.detail ?? '');
    const type = problem.type ?? '';
    const saysInvalid = /invalid/i.test(title) || /invalid/i.test(detail);
    const saysWrongDc =
        WRONG_DC.test(title) ||
        /WrongDatacenter/i.test(type) ||
        ((status === 401 || status === 403) && WRONG_DC.test(detail) && !saysInvalid);

    if (saysWrongDc) {
        return new ScriptError(
            ExitCode.WRONG_DATA_CENTER,
            `Mailchimp says ${host} is the wrong data center for this key (${status}${title ? ` ${title}` : ''}). Fix: create a new key at ${KEY_LOCATION} (Mailchimp shows a key only once, so it cannot be copied again) and use it exactly as shown, without editing its "-dc" suffix; the data center is the first part of the address bar when logged in (e.g. us21.admin.mailchimp.com).`
        );
    }
    if (status === 401) {
        return new ScriptError(
            ExitCode.REJECTED_KEY,
            `Mailchimp rejected the API key (401${title ? ` ${title}` : ''}). Fix: the key was revoked, mistyped or its "-${dc}" suffix edited. Create a new key at ${KEY_LOCATION} (Mailchimp shows a key only once) and set MAILCHIMP_API_KEY to it.`
        );
    }
    if (/looks fake or invalid/i.test(detail)) {
        return new ScriptError(
            ExitCode.API_ERROR,
            `Mailchimp refused a test address (${status} ${title}: ${detail}). Fix: rerun with --domain <a domain you own>, e.g. --domain yourcompany.com.`
        );
    }
    const fieldErrors = (problem.errors ?? []).map((f) => `${f.field ?? '?'}: ${f.message ?? ''}`).join('; ');
    const said = [title, detail, fieldErrors].filter((s) => s !== '').join(' — ') || 'no details';
    return new ScriptError(
        ExitCode.API_ERROR,
        `Mailchimp API error ${status}: ${said}. Fix: see https://mailchimp.com/developer/marketing/docs/errors/ and https://status.mailchimp.com.`
    );
}
