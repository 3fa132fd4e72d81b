/**
 * Thrown by scenario handlers to make an Apex call fail. Carries either a plain message or a whole
 * error as Lightning hands it to components (a fixture such as errorMailchimp.json).
 */
export class ApexFailure extends Error {
    constructor(readonly detail: string | object) {
        super(typeof detail === 'string' ? detail : JSON.stringify(detail));
    }
}
