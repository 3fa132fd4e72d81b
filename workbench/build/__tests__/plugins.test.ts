import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Plugin, PluginContext } from 'rollup';
import { readLabels } from '../labels';
import { platformModules, typescriptStrip } from '../plugins';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function tempProject(): { dir: string; labels: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-'));
    fs.mkdirSync(path.join(dir, 'lwc', 'card'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'lwc', 'card', 'card.ts'), 'export default 1;');
    const labels = path.join(dir, 'CustomLabels.labels-meta.xml');
    fs.writeFileSync(
        labels,
        `<?xml version="1.0" encoding="UTF-8"?>
<CustomLabels xmlns="http://soap.sforce.com/2006/04/metadata">
    <labels><fullName>Greeting</fullName><value
    >Can&apos;t &amp; won&apos;t</value></labels>
</CustomLabels>`
    );
    return { dir, labels };
}

type Hook = (this: Partial<PluginContext>, ...args: unknown[]) => unknown;
const call = (
    plugin: Plugin,
    hook: 'buildStart' | 'resolveId' | 'load' | 'transform',
    ctx: object,
    ...args: unknown[]
) => (plugin[hook] as unknown as Hook).call(ctx as Partial<PluginContext>, ...args);

describe('workbench build plugins', () => {
    it('reads custom label text with XML entities decoded', () => {
        const { labels } = tempProject();
        expect(readLabels(labels).values.get('Greeting')).toBe("Can't & won't");
    });

    it('reads every label of the project metadata', () => {
        const file = path.join(ROOT, 'force-app/main/default/labels/CustomLabels.labels-meta.xml');
        expect(readLabels(file).values.size).toBeGreaterThan(0);
    });

    it('resolves c/ bundles to their TypeScript source and answers platform imports', () => {
        const { dir, labels } = tempProject();
        const plugin = platformModules({
            componentsDir: path.join(dir, 'lwc'),
            labelsFile: labels,
            platformDir: path.join(dir, 'platform'),
            baseComponentsDir: path.join(dir, 'lbc')
        });
        const ctx = {
            addWatchFile: jest.fn(),
            error: (message: string) => {
                throw new Error(message);
            }
        };
        call(plugin, 'buildStart', ctx);
        expect(call(plugin, 'resolveId', ctx, 'c/card', '/x.ts')).toBe(
            `${path.join(dir, 'lwc', 'card', 'card.ts')}?specifier=c%2Fcard`
        );
        expect(call(plugin, 'resolveId', ctx, 'c/missing', '/x.ts')).toBeNull();
        const labelId = call(plugin, 'resolveId', ctx, '@salesforce/label/c.Greeting', '/x.ts') as string;
        expect(call(plugin, 'load', ctx, labelId)).toBe('export default "Can\'t & won\'t";');
        expect(() => call(plugin, 'resolveId', ctx, '@salesforce/label/c.Nope', '/x.ts')).toThrow(
            /no custom label "Nope"/
        );
        // Base components' own labels stay with their package's lwc config.
        expect(call(plugin, 'resolveId', ctx, '@salesforce/label/LightningToast.close', '/x.ts')).toBeNull();
        const fieldId = call(plugin, 'resolveId', ctx, '@salesforce/schema/Contact.Email', '/x.ts') as string;
        expect(call(plugin, 'load', ctx, fieldId)).toContain('{"objectApiName":"Contact","fieldApiName":"Email"}');
        expect(call(plugin, 'resolveId', ctx, 'lightning/uiRecordApi', '/x.ts')).toBe(
            path.join(dir, 'platform', 'lightning', 'uiRecordApi.ts')
        );
        expect(call(plugin, 'resolveId', ctx, 'lightning/button', '/x.ts')).toBeNull();
    });

    it('strips types but keeps LWC decorators as decorators', () => {
        const out = call(
            typescriptStrip(),
            'transform',
            {},
            "import { api } from 'lwc';\nexport default class A { @api recordId?: string; count: number = 0; }",
            '/lwc/a/a.ts?specifier=c%2Fa'
        ) as { code: string };
        expect(out.code).toContain('@api');
        expect(out.code).not.toContain('__esDecorate');
        expect(out.code).not.toContain('?: string');
    });
});
