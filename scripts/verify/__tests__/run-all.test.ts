import { STEPS, runChain, selectedSteps, type Step } from '../run-all';

const node = process.execPath;
const step = (name: string, exitCode: number): Step => ({
    name,
    proves: `${name} works`,
    command: [node, '-e', `process.exit(${exitCode})`]
});

describe('the npm test chain', () => {
    it('runs every step in order and reports them all passed', () => {
        const lines: string[] = [];
        const code = runChain([step('one', 0), step('two', 0)], (l) => lines.push(l));
        expect(code).toBe(0);
        const output = lines.join('\n');
        expect(output).toMatch(/ok {3}one[\s\S]*ok {3}two/);
        expect(output).toMatch(/^2 passed, 0 failed$/m);
    });

    it('stops at the first broken link and never runs the steps after it', () => {
        const lines: string[] = [];
        const code = runChain([step('one', 0), step('two', 3), step('three', 0)], (l) => lines.push(l));
        expect(code).toBe(1);
        const output = lines.join('\n');
        expect(output).toMatch(/FAIL two/);
        expect(output).not.toMatch(/=== three/);
        expect(output).toMatch(/^1 passed, 1 failed$/m);
        expect(output).toMatch(/'two' failed: two works/);
    });

    it('selects named steps and refuses a step that does not exist', () => {
        expect(selectedSteps([]).map((s) => s.name)).toEqual(STEPS.map((s) => s.name));
        expect(selectedSteps(['lint', 'types']).map((s) => s.name)).toEqual(['types', 'lint']);
        expect(() => selectedSteps(['nope'])).toThrow(/Unknown step\(s\): nope/);
    });

    it('runs the checks in the documented order, cheapest first', () => {
        expect(STEPS.map((s) => s.name)).toEqual([
            'types',
            'lint',
            'format',
            'build',
            'metadata',
            'apex-ls',
            'soql',
            'jest',
            'browser',
            'code-analyzer'
        ]);
    });
});
