/**
 * @lwc/jest-transformer with a cache key that knows about coverage.
 *
 * The LWC transformer cannot instrument code, so Jest instruments its output itself; but the transformer's
 * own cache key ignores whether coverage is on, so a plain `jest` run followed by `jest --coverage` reused
 * the uninstrumented output and reported components as 0 % covered. Keying on `instrument` fixes that.
 */
'use strict';

const lwcTransformer = require('@lwc/jest-transformer');

module.exports = {
    process: (...args) => lwcTransformer.process(...args),
    getCacheKey(sourceText, sourcePath, transformOptions) {
        const key = lwcTransformer.getCacheKey(sourceText, sourcePath, transformOptions);
        return transformOptions && transformOptions.instrument ? `${key}:instrumented` : key;
    }
};
