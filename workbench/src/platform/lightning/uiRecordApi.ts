/**
 * Stand-in for `lightning/uiRecordApi` (served by the org, not in the base-components package):
 * `getRecord` answers from the scenario's record, shaped like Lightning Data Service's record
 * representation; `notifyRecordUpdateAvailable` is recorded for the tests.
 */
import { log, scenario } from '../session';

type FieldRef = string | { objectApiName?: string; fieldApiName: string };
interface FieldValue {
    value: unknown;
    displayValue: string | null;
}
interface RecordRepresentation {
    apiName: string;
    id: string;
    fields: Record<string, FieldValue>;
}

const fieldName = (field: FieldRef): string =>
    typeof field === 'string' ? field.split('.').slice(1).join('.') : field.fieldApiName;

function toRecord(fields: FieldRef[]): RecordRepresentation {
    const { record } = scenario;
    const values: Record<string, FieldValue> = {};
    for (const field of fields) {
        const name = fieldName(field);
        const value = record.fields[name] ?? null;
        values[name] = { value, displayValue: value === null ? null : String(value) };
    }
    return Object.freeze({ apiName: record.objectApiName, id: record.id, fields: Object.freeze(values) });
}

interface GetRecordConfig {
    recordId?: string;
    fields?: FieldRef | FieldRef[];
    optionalFields?: FieldRef | FieldRef[];
    layoutTypes?: string[];
}
type Callback = (value: { data: unknown; error: unknown }) => void;

const asList = (value: FieldRef | FieldRef[] | undefined): FieldRef[] =>
    value === undefined ? [] : Array.isArray(value) ? value : [value];

export class getRecord {
    private config?: GetRecordConfig;
    private connected = false;

    constructor(private readonly callback: Callback) {
        callback({ data: undefined, error: undefined });
    }

    update(config: GetRecordConfig): void {
        this.config = config;
        this.deliver();
    }

    connect(): void {
        this.connected = true;
        this.deliver();
    }

    disconnect(): void {
        this.connected = false;
    }

    private deliver(): void {
        const config = this.config;
        if (!this.connected || !config?.recordId) return;
        const fields = [...asList(config.fields), ...asList(config.optionalFields)];
        // LDS answers asynchronously, even from its cache.
        queueMicrotask(() => {
            if (config.recordId !== scenario.record.id) {
                this.callback({ data: undefined, error: { body: [{ errorCode: 'NOT_FOUND' }], status: 404 } });
            } else {
                this.callback({ data: toRecord(fields), error: undefined });
            }
        });
    }
}

export function getFieldValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
    return record?.fields?.[fieldName(field)]?.value;
}

export function getFieldDisplayValue(record: RecordRepresentation | undefined, field: FieldRef): unknown {
    return record?.fields?.[fieldName(field)]?.displayValue;
}

export function notifyRecordUpdateAvailable(items: { recordId: string }[]): Promise<void> {
    log.recordUpdates.push(...items);
    return Promise.resolve();
}

/** Deprecated name, still used by older components. */
export function getRecordNotifyChange(items: { recordId: string }[]): void {
    void notifyRecordUpdateAvailable(items);
}
