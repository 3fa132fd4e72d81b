/**
 * Jest stand-in for `@salesforce/customPermission/*`: every custom permission imports as `true`
 * unless a test overrides it with `jest.mock('@salesforce/customPermission/Name', () => ({ default: false }), { virtual: true })`.
 */
const granted = true;
export default granted;
