/** @jest-environment node */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { portInUseMessage, startServer } from '../serve';

// The build (Rollup, the LWC compiler) is ESM-only and irrelevant to listening: stand it in.
jest.mock('../build/build', () => ({
    checkDeployTsconfig: () => undefined,
    DIST: __dirname,
    ROOT: __dirname,
    watchBuild: () => undefined
}));

describe('npm start on a busy port', () => {
    it('says which port is taken and to set PORT, instead of a raw EADDRINUSE', async () => {
        const busy = http.createServer();
        await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
        const { port } = busy.address() as AddressInfo;
        try {
            await expect(startServer(port)).rejects.toThrow(portInUseMessage(port));
            expect(portInUseMessage(port)).toContain(`port ${port} is already in use`);
            expect(portInUseMessage(port)).toContain('PORT=4000 npm start');
        } finally {
            await new Promise<void>((resolve) => busy.close(() => resolve()));
        }
    });
});
