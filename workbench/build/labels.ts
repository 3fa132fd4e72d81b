/**
 * Reads the project's custom labels (the same metadata file that deploys), so the workbench shows the
 * text users will read. A label the component imports but the metadata lacks fails the build, as it
 * would fail a deploy.
 */
import fs from 'node:fs';
import { XMLParser } from 'fast-xml-parser';

export interface LabelIndex {
    file: string;
    values: Map<string, string>;
}

export function readLabels(file: string): LabelIndex {
    const values = new Map<string, string>();
    if (!fs.existsSync(file)) return { file, values };
    const parser = new XMLParser({
        isArray: (name) => name === 'labels',
        parseTagValue: false,
        trimValues: true,
        processEntities: true
    });
    const doc = parser.parse(fs.readFileSync(file, 'utf8')) as {
        CustomLabels?: { labels?: { fullName?: string; value?: string }[] };
    };
    for (const label of doc.CustomLabels?.labels ?? []) {
        if (label.fullName) values.set(String(label.fullName), String(label.value ?? ''));
    }
    return { file, values };
}
