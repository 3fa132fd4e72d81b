/** Lets pending promise callbacks and the re-render they cause run. */
export function flushPromises(): Promise<void> {
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- a macrotask lets every queued promise settle first
    return new Promise((resolve) => setTimeout(resolve, 0));
}
