/**
 * The sample Contacts and Leads (scripts/org/data/) carry the addresses `npm run mailchimp:seed`
 * creates, `mcms-test+<n>@example.com`, so the card and the sync have matches. When the members are
 * seeded with another domain or local part, the files are rewritten to match at import time.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { DEFAULT_DOMAIN, DEFAULT_LOCAL_PART, testAddress } from '../../mailchimp/lib/seed-args';
import type { TempFiles } from './secret-files';

export const SAMPLE_DATA = ['scripts/org/data/Contact.json', 'scripts/org/data/Lead.json'] as const;

export interface TestAddressShape {
    domain: string;
    localPart: string;
}

export const DEFAULT_SHAPE: TestAddressShape = { domain: DEFAULT_DOMAIN, localPart: DEFAULT_LOCAL_PART };

const SAMPLE_ADDRESS = new RegExp(`^${DEFAULT_LOCAL_PART}\\+(\\d+)@${DEFAULT_DOMAIN.replace(/\./g, '\\.')}$`);

interface TreeFile {
    records: Array<Record<string, unknown>>;
}

/** Rewrites every `Email` of a `sf data import tree` file to the given shape; other fields are kept. */
export function rewriteSampleEmails(json: string, shape: TestAddressShape): string {
    const tree = JSON.parse(json) as TreeFile;
    for (const record of tree.records) {
        const match = typeof record.Email === 'string' ? SAMPLE_ADDRESS.exec(record.Email) : null;
        if (match) record.Email = testAddress(shape, Number(match[1]));
    }
    return `${JSON.stringify(tree, null, 2)}\n`;
}

/**
 * The files to import: the committed ones for the default shape, otherwise rewritten copies in the
 * private temporary directory (deleted with it).
 */
export function sampleDataFiles(
    shape: TestAddressShape,
    tempFiles: TempFiles,
    read: (path: string) => string = (path) => readFileSync(path, 'utf8')
): string[] {
    if (shape.domain === DEFAULT_SHAPE.domain && shape.localPart === DEFAULT_SHAPE.localPart) return [...SAMPLE_DATA];
    return SAMPLE_DATA.map((path) => tempFiles.write(basename(path), rewriteSampleEmails(read(path), shape)));
}

/** SOQL LIKE pattern matching the sample people's addresses. */
export function sampleEmailPattern(shape: TestAddressShape): string {
    return `${shape.localPart}+%@${shape.domain}`;
}
