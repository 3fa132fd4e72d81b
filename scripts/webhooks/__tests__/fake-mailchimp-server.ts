/**
 * A fake Mailchimp Marketing API on 127.0.0.1 for the end-to-end webhook check's tests: the real SDK is pointed at
 * it, so the test sees the exact HTTP requests the script makes. Serves GET /3.0/lists, GET
 * /3.0/lists/{id}/members (status filter, count/offset) and PATCH /3.0/lists/{id}/members/{hash}; anything
 * else answers 404 with Mailchimp's problem document.
 */
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeMember {
    email_address: string;
    status: 'subscribed' | 'unsubscribed' | 'cleaned' | 'pending' | 'archived';
}

export interface RecordedRequest {
    method: string;
    path: string;
    query: Record<string, string>;
    body: unknown;
    authorization: string | undefined;
}

export interface FakeMailchimpServer {
    baseUrl: string;
    requests: RecordedRequest[];
    members: Map<string, FakeMember[]>;
    close(): Promise<void>;
}

const hashOf = (email: string) => createHash('md5').update(email.trim().toLowerCase()).digest('hex');

const notFound = {
    type: 'https://mailchimp.com/developer/marketing/docs/errors/',
    title: 'Resource Not Found',
    status: 404,
    detail: 'The requested resource could not be found.',
    instance: '00000000-0000-4000-8000-000000000000'
};

export async function startFakeMailchimp(
    audiences: Array<{ id: string; name: string }>,
    members: Map<string, FakeMember[]>
): Promise<FakeMailchimpServer> {
    const requests: RecordedRequest[] = [];
    const server = http.createServer((request, response) => {
        const url = new URL(request.url ?? '/', 'http://127.0.0.1');
        let raw = '';
        request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        request.on('end', () => {
            const body = raw ? (JSON.parse(raw) as unknown) : undefined;
            requests.push({
                method: request.method ?? '',
                path: url.pathname,
                query: Object.fromEntries(url.searchParams),
                body,
                authorization: request.headers.authorization
            });
            const send = (status: number, payload: unknown) => {
                response.writeHead(status, {
                    'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json'
                });
                response.end(JSON.stringify(payload));
            };
            const count = Number(url.searchParams.get('count') ?? 10);
            const offset = Number(url.searchParams.get('offset') ?? 0);
            if (request.method === 'GET' && url.pathname === '/3.0/lists') {
                const lists = audiences.map((a) => ({ ...a, stats: { member_count: 0, unsubscribe_count: 0 } }));
                send(200, { lists: lists.slice(offset, offset + count), total_items: lists.length });
                return;
            }
            const membersPath = /^\/3\.0\/lists\/([^/]+)\/members$/.exec(url.pathname);
            if (request.method === 'GET' && membersPath) {
                const status = url.searchParams.get('status');
                const all = (members.get(membersPath[1]) ?? []).filter((m) => !status || m.status === status);
                send(200, {
                    members: all.slice(offset, offset + count).map((m) => ({ id: hashOf(m.email_address), ...m })),
                    total_items: all.length
                });
                return;
            }
            const memberPath = /^\/3\.0\/lists\/([^/]+)\/members\/([0-9a-f]{32})$/.exec(url.pathname);
            const member = memberPath
                ? (members.get(memberPath[1]) ?? []).find((m) => hashOf(m.email_address) === memberPath[2])
                : undefined;
            if (request.method === 'PATCH' && member) {
                member.status = (body as { status: FakeMember['status'] }).status;
                send(200, { id: hashOf(member.email_address), ...member });
                return;
            }
            send(404, notFound);
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        baseUrl: `http://127.0.0.1:${port}/3.0`,
        requests,
        members,
        close: () => new Promise((resolve) => server.close(() => resolve()))
    };
}
