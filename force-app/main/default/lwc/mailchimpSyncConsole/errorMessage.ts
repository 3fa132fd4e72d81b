/**
 * Error → message. The controller throws "CODE: plain sentence" (AuraHandledException): REFUSED (no permission,
 * or a run already in progress), NO_ACCESS or UNEXPECTED. The console shows the sentence; it also reads the other
 * shapes a failed call can take (page errors, JavaScript errors, strings).
 */
export const UNEXPECTED = 'UNEXPECTED';

export interface ReducedError {
    code: string;
    message: string;
}

const CODED = /^([A-Z][A-Z_]+): ([\s\S]+)$/;

function messagesOf(error: unknown): string[] {
    if (!error) {
        return [];
    }
    if (typeof error === 'string') {
        return [error];
    }
    if (Array.isArray(error)) {
        return error.flatMap(messagesOf);
    }
    if (typeof error !== 'object') {
        return [];
    }
    const body = (error as { body?: unknown }).body;
    if (body && typeof body === 'object') {
        const typed = body as { message?: unknown; pageErrors?: Array<{ message?: unknown }> };
        const messages = [typed.message, ...(typed.pageErrors ?? []).map((e) => e.message)].filter(
            (m): m is string => typeof m === 'string' && m.length > 0
        );
        if (messages.length) {
            return messages;
        }
    }
    const message = (error as { message?: unknown }).message;
    return typeof message === 'string' && message ? [message] : [];
}

/**
 * @param error whatever an Apex call rejected with
 * @param fallback sentence to show when the error carries none
 */
export function reduceError(error: unknown, fallback: string): ReducedError {
    const messages = messagesOf(error);
    if (!messages.length) {
        return { code: UNEXPECTED, message: fallback };
    }
    const coded = CODED.exec(messages[0]);
    if (coded && messages.length === 1) {
        return { code: coded[1], message: coded[2] };
    }
    return { code: UNEXPECTED, message: messages.map((m) => m.replace(CODED, '$2')).join(' ') };
}
