/**
 * The typed confirmation of a forget: the word an admin types, compared as the server compares it
 * (MailchimpForgetService.isConfirmed).
 */

/**
 * Whether the typed text is the confirmation word, spaces and case aside (toLowerCase is locale-independent in
 * JavaScript, unlike a user-locale comparison).
 * @param typed what the admin typed
 * @param word the confirmation word (custom label MailchimpForgetConfirmWord)
 */
export function isConfirmation(typed: string | null | undefined, word: string): boolean {
    return (typed ?? '').trim().toLowerCase() === word.trim().toLowerCase();
}
