/** @jest-environment node */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { classifyMailchimpError } from '../lib/errors';
import { ExitCode, ScriptError } from '../lib/exit-codes';
import { API_KEY_INVALID, httpError, networkError, WRONG_DATACENTER } from './fake-mailchimp';

describe('classifyMailchimpError', () => {
    it('maps 401 API Key Invalid to a rejected key (4), even though its detail mentions the data center', () => {
        const error = classifyMailchimpError(httpError(401, API_KEY_INVALID), 'us21');
        expect(error.exitCode).toBe(ExitCode.REJECTED_KEY);
        expect(error.message).toMatch(/rejected the API key \(401 API Key Invalid\).*Fix:/);
    });

    it('maps 403 Wrong Datacenter to exit code 5', () => {
        const error = classifyMailchimpError(httpError(403, WRONG_DATACENTER), 'us21');
        expect(error.exitCode).toBe(ExitCode.WRONG_DATA_CENTER);
        expect(error.message).toMatch(/us21\.api\.mailchimp\.com is the wrong data center.*Fix:/);
    });

    it('maps a 401 that only blames the data center to exit code 5', () => {
        const body = { title: 'Forbidden', status: 401, detail: "You've attempted to access the wrong datacenter." };
        expect(classifyMailchimpError(httpError(401, body), 'us3').exitCode).toBe(ExitCode.WRONG_DATA_CENTER);
    });

    it.each(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'])(
        'maps %s to a network failure (6)',
        (code) => {
            const error = classifyMailchimpError(networkError(code), 'us21');
            expect(error.exitCode).toBe(ExitCode.NETWORK);
            expect(error.message).toMatch(/^Network failure: .*us21\.api\.mailchimp\.com.*Fix:/);
        }
    );

    it("maps superagent's timeout error to a network failure (6)", () => {
        const timeout = Object.assign(new Error('Timeout of 30000ms exceeded'), {
            code: 'ECONNABORTED',
            timeout: 30000
        });
        const error = classifyMailchimpError(timeout, 'us21');
        expect(error.exitCode).toBe(ExitCode.NETWORK);
        expect(error.message).toMatch(/timed out/);
    });

    it('maps any other API error to exit code 1 with Mailchimp title, detail and field errors', () => {
        const body = {
            title: 'Invalid Resource',
            status: 400,
            detail: 'The resource submitted could not be validated.',
            errors: [{ field: 'contact.zip', message: 'This value should not be blank.' }]
        };
        const error = classifyMailchimpError(httpError(400, body), 'us21');
        expect(error.exitCode).toBe(ExitCode.API_ERROR);
        expect(error.message).toBe(
            'Mailchimp API error 400: Invalid Resource — The resource submitted could not be validated. — contact.zip: This value should not be blank.. Fix: see https://mailchimp.com/developer/marketing/docs/errors/ and https://status.mailchimp.com.'
        );
    });

    it('suggests --domain when Mailchimp calls a test address fake', () => {
        const body = {
            title: 'Invalid Resource',
            status: 400,
            detail: 'mcms-test+1@example.com looks fake or invalid, please enter a real email address.'
        };
        const error = classifyMailchimpError(httpError(400, body), 'us21');
        expect(error.exitCode).toBe(ExitCode.API_ERROR);
        expect(error.message).toMatch(/--domain/);
    });

    it('copes with a non-JSON body (an edge-network HTML page)', () => {
        const error = classifyMailchimpError(
            Object.assign(new Error('Forbidden'), {
                status: 403,
                response: { status: 403, body: {}, text: '<html>Access Denied</html>' }
            }),
            'us21'
        );
        expect(error.exitCode).toBe(ExitCode.API_ERROR);
        expect(error.message).toMatch(/403: no details/);
    });

    it('maps an unknown thrown value to exit code 1', () => {
        expect(classifyMailchimpError(new TypeError('boom'), 'us21').exitCode).toBe(ExitCode.API_ERROR);
        expect(classifyMailchimpError(undefined, 'us21').exitCode).toBe(ExitCode.API_ERROR);
    });

    it('passes a ScriptError through unchanged', () => {
        const original = new ScriptError(ExitCode.REFUSED, 'no');
        expect(classifyMailchimpError(original, 'us21')).toBe(original);
    });
});

/**
 * The real SDK against a local HTTP server: proves the error shape the classifier reads
 * (status + parsed application/problem+json body, socket codes) is what superagent actually throws.
 */
describe('classifyMailchimpError with errors from the real SDK', () => {
    interface Sdk {
        setConfig(config: { apiKey: string; server: string }): void;
        basePath: string;
        ping: { get(): Promise<unknown> };
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const sdk = require('@mailchimp/mailchimp_marketing') as Sdk;
    let server: Server;
    let port = 0;
    const originalBasePath = sdk.basePath;

    beforeAll(async () => {
        server = createServer((_req, res) => {
            res.writeHead(401, { 'Content-Type': 'application/problem+json; charset=utf-8' });
            res.end(JSON.stringify(API_KEY_INVALID));
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        port = (server.address() as AddressInfo).port;
        sdk.setConfig({ apiKey: '0123456789abcdef0123456789abcdef-us21', server: 'us21' });
    });

    afterAll(async () => {
        sdk.basePath = originalBasePath;
        await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('classifies a 401 problem document from the server as a rejected key', async () => {
        sdk.basePath = `http://127.0.0.1:${port}/3.0`;
        const thrown = await sdk.ping.get().then(
            () => undefined,
            (error: unknown) => error
        );
        expect(classifyMailchimpError(thrown, 'us21').exitCode).toBe(ExitCode.REJECTED_KEY);
    });

    it('classifies a refused connection as a network failure', async () => {
        const closed = createServer();
        await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
        const closedPort = (closed.address() as AddressInfo).port;
        await new Promise<void>((resolve) => closed.close(() => resolve()));
        sdk.basePath = `http://127.0.0.1:${closedPort}/3.0`;
        const thrown = await sdk.ping.get().then(
            () => undefined,
            (error: unknown) => error
        );
        expect(classifyMailchimpError(thrown, 'us21').exitCode).toBe(ExitCode.NETWORK);
    });
});
