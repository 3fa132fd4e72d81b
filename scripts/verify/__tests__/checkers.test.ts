/**
 * Every checker in `npm test` must prove it can fail: each runs on a deliberately broken fixture
 * project (scripts/verify/fixtures/, never deployed) and must report the planted problem, while
 * leaving the fixture's clean twin alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { copyFileSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import { parseApexLsOutput, runApexLs } from '../apex-ls';
import { isBlocking, runCodeAnalyzer } from '../code-analyzer';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BAD = path.join(ROOT, 'scripts', 'verify', 'fixtures', 'bad-project');
const SYNTAX = path.join(ROOT, 'scripts', 'verify', 'fixtures', 'syntax-error-project');
const BAD_LWC = path.join(ROOT, 'scripts', 'verify', 'fixtures', 'bad-lwc-project');
const CLASSES = path.join(BAD, 'force-app', 'main', 'default', 'classes');

describe('tsc', () => {
    it('reports a type error planted in a component module', () => {
        const tsc = path.join(ROOT, 'node_modules', '.bin', 'tsc');
        const result = spawnSync(tsc, ['--noEmit', '-p', path.join(BAD, 'tsconfig.json')], { encoding: 'utf8' });
        expect(result.status).not.toBe(0);
        expect(result.stdout).toMatch(/badTypes\.ts.*error TS2322: Type 'number' is not assignable to type 'string'/);
    });
});

// ESLint and Prettier load their configs through dynamic import(), which Jest's VM does not allow:
// run their CLIs, exactly as `npm test` does.
const run = (bin: string, args: string[], cwd = ROOT) =>
    spawnSync(path.join(ROOT, 'node_modules', '.bin', bin), args, { cwd, encoding: 'utf8' });

describe('eslint', () => {
    it('reports the LWC rule and the TypeScript rule planted in a component', () => {
        const result = run(
            'eslint',
            [
                '--no-ignore',
                '-c',
                path.join(ROOT, 'eslint.config.mjs'),
                'force-app/main/default/lwc/badTypes/badLint.ts'
            ],
            BAD
        );
        expect(result.status).toBe(1);
        expect(result.stdout).toMatch(/@lwc\/lwc\/no-inner-html/);
        expect(result.stdout).toMatch(/@typescript-eslint\/no-unused-vars/);
    });
});

describe('prettier', () => {
    it('finds badly formatted Apex and accepts the same class once formatted', () => {
        // Copied outside the fixture folder, which .prettierignore skips on purpose.
        const dir = mkdtempSync(path.join(os.tmpdir(), 'prettier-'));
        const copy = path.join(dir, 'WidgetUgly.cls');
        copyFileSync(path.join(CLASSES, 'WidgetUgly.cls'), copy);
        const config = ['--config', path.join(ROOT, '.prettierrc.json')];
        const before = run('prettier', [...config, '--check', copy]);
        expect(before.status).not.toBe(0);
        expect(before.stdout + before.stderr).toMatch(/WidgetUgly\.cls/);
        expect(run('prettier', [...config, '--write', copy]).status).toBe(0);
        expect(run('prettier', [...config, '--check', copy]).status).toBe(0);
    });
});

describe('LWC build', () => {
    it('fails when the LWC compiler refuses a component the TypeScript compiler accepted', () => {
        const out = mkdtempSync(path.join(os.tmpdir(), 'lwc-build-'));
        const result = spawnSync(
            process.execPath,
            [path.join(ROOT, 'scripts', 'build-lwc.mjs'), '--project', BAD_LWC, '--out', out],
            { encoding: 'utf8' }
        );
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/LWC compiler rejected 1 file\(s\)/);
        expect(result.stderr).toMatch(/badTemplate\.html: LWC1166/);
    });
});

describe('apex-ls', () => {
    const result = runApexLs(BAD);
    const lines = result.issues.map((i) => `${path.basename(i.file)} ${i.line}`);

    it('exits non-zero when the project has Apex an org would refuse', () => {
        expect(result.exitCode).not.toBe(0);
    });

    it('reports a type mismatch', () => {
        expect(lines).toEqual(
            expect.arrayContaining([
                expect.stringMatching(/WidgetTypeError\.cls Error: .*from 'System\.String' to 'System\.Integer'/)
            ])
        );
    });

    it('reports an unknown custom field but resolves the custom field that exists', () => {
        const fieldLines = lines.filter((l) => l.startsWith('WidgetFields.cls'));
        expect(fieldLines).toEqual([expect.stringMatching(/Unknown field 'Size__c'/)]);
    });

    it('reports a syntax error', () => {
        const syntax = runApexLs(SYNTAX);
        expect(syntax.exitCode).not.toBe(0);
        expect(syntax.issues.map((i) => i.line)).toEqual(
            expect.arrayContaining([expect.stringMatching(/^Syntax: line 3/)])
        );
    });

    it('parses file headers and issue lines from its text output', () => {
        const parsed = parseApexLsOutput('/x/A.cls\nError: line 1 at 2-3: bad\n\n/x/B.cls\nMissing: line 4: gone\n');
        expect(parsed).toEqual([
            { file: '/x/A.cls', line: 'Error: line 1 at 2-3: bad' },
            { file: '/x/B.cls', line: 'Missing: line 4: gone' }
        ]);
    });
});

describe('Code Analyzer', () => {
    it('reports CRUD/FLS violations as blocking and leaves the user-mode twin clean', async () => {
        const { findings } = await runCodeAnalyzer(BAD, { configFile: path.join(BAD, 'code-analyzer.yml') });
        const blocking = findings.filter(isBlocking);
        const blockingFiles = new Set(blocking.map((f) => path.basename(f.file)));
        expect(blocking.map((f) => f.rule)).toEqual(expect.arrayContaining(['ApexCRUDViolation', 'ApexFlsViolation']));
        expect([...blockingFiles]).toEqual(['WidgetCrud.cls']);
    }, 180_000);

    it('fails on Apex it cannot parse (an engine error, not a violation)', async () => {
        const { findings, engineErrors } = await runCodeAnalyzer(SYNTAX, {
            configFile: path.join(SYNTAX, 'code-analyzer.yml'),
            engines: ['pmd']
        });
        expect(findings.filter(isBlocking).length + engineErrors.length).toBeGreaterThan(0);
        expect(engineErrors.join('\n')).toMatch(/Broken\.cls/);
    }, 180_000);
});
