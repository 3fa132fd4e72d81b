/**
 * Error → message, shared by the package's components (a service module: no template, not exposed).
 * The controllers throw "CODE: plain sentence" (AuraHandledException); this splits it so a component can
 * branch on the code (e.g. NOT_CONFIGURED has its own state on the membership card) and show the sentence.
 * Also reads the other shapes Lightning produces (LDS error arrays, page/field errors, JS errors, strings).
 */
export const NOT_CONFIGURED = 'NOT_CONFIGURED';
export const UNEXPECTED = 'UNEXPECTED';

export interface ReducedError {
    code: string;
    message: string;
}

const CODED = /^([A-Z][A-Z_]+): ([\s\S]+)$/;

type Body = {
    message?: unknown;
    pageErrors?: Array<{ message?: unknown }>;
    fieldErrors?: Record<string, Array<{ message?: unknown }>>;
};

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
    if (body !== undefined && body !== null) {
        if (Array.isArray(body)) {
            return body.flatMap(messagesOf);
        }
        const typed = body as Body;
        const messages: string[] = [];
        if (typeof typed.message === 'string' && typed.message) {
            messages.push(typed.message);
        }
        (typed.pageErrors ?? []).forEach((e) => typeof e.message === 'string' && messages.push(e.message));
        Object.values(typed.fieldErrors ?? {}).forEach((list) =>
            list.forEach((e) => typeof e.message === 'string' && messages.push(e.message))
        );
        if (messages.length) {
            return messages;
        }
    }
    const message = (error as { message?: unknown }).message;
    return typeof message === 'string' && message ? [message] : [];
}

/**
 * @param error whatever an Apex call or wire rejected with
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

export function isNotConfigured(error: ReducedError | undefined): boolean {
    return error?.code === NOT_CONFIGURED;
}
