import { createElement } from 'lwc';
import MailchimpMembershipArchiveModal from 'c/mailchimpMembershipArchiveModal';
import { $, flushPromises } from 'lwc-test-utils';

jest.mock('@salesforce/label/c.MailchimpMembershipModalFor', () => ({ default: 'For {0}' }), { virtual: true });

type Props = { personName?: string | null; options: { label: string; value: string }[] };

const OPTIONS = [
    { label: 'Monthly Newsletter', value: 'a015g00000NwsLtAAB' },
    { label: 'Product Updates', value: 'a015g00000PrdUpAAB' }
];

function render(props: Props): { element: HTMLElement; closed: jest.Mock } {
    const element = createElement('c-mailchimp-membership-archive-modal', {
        is: MailchimpMembershipArchiveModal
    }) as HTMLElement & Props;
    element.personName = props.personName;
    element.options = props.options;
    const closed = jest.fn();
    element.addEventListener('close', (event) => closed((event as CustomEvent).detail));
    document.body.appendChild(element);
    return { element, closed };
}

describe('c-mailchimp-membership-archive-modal', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('names the person, says how archiving differs from opting out, and waits for a ticked audience', async () => {
        const { element } = render({ personName: 'Grace Hopper', options: OPTIONS });
        await flushPromises();

        expect($(element, 'lightning-modal-header').label).toBe('c.MailchimpArchiveModalTitle');
        expect($(element, '.person').textContent).toBe('For Grace Hopper');
        expect($(element, '.difference').textContent).toBe('c.MailchimpArchiveModalDifference');
        expect($(element, 'lightning-checkbox-group.audiences').options).toEqual(OPTIONS);
        expect($(element, 'lightning-checkbox-group.audiences').label).toBe('c.MailchimpArchiveModalLabel');
        expect($(element, 'lightning-button.confirm').disabled).toBe(true);
        await expect(element).toBeAccessible();
    });

    it('closes with the ticked audiences', async () => {
        const { element, closed } = render({ personName: 'Grace Hopper', options: OPTIONS });
        await flushPromises();

        $(element, 'lightning-checkbox-group.audiences').dispatchEvent(
            new CustomEvent('change', { detail: { value: ['a015g00000PrdUpAAB'] } })
        );
        await flushPromises();
        expect($(element, 'lightning-button.confirm').disabled).toBe(false);
        $(element, 'lightning-button.confirm').click();

        expect(closed).toHaveBeenCalledWith({ audienceIds: ['a015g00000PrdUpAAB'] });
        await expect(element).toBeAccessible();
    });

    it('says there is nothing to archive and confirms nothing', async () => {
        const { element, closed } = render({ personName: null, options: [] });
        await flushPromises();

        expect($(element, '.person')).toBeNull();
        expect($(element, '.nothing').textContent).toBe('c.MailchimpArchiveModalNothing');
        expect($(element, 'lightning-checkbox-group')).toBeNull();
        $(element, 'lightning-button.confirm').click();
        expect(closed).not.toHaveBeenCalled();
        await expect(element).toBeAccessible();
    });

    it('closes with nothing on cancel', async () => {
        const { element, closed } = render({ personName: 'Grace Hopper', options: OPTIONS });
        await flushPromises();

        $(element, 'lightning-button.cancel').click();

        // close(undefined): a CustomEvent carries a missing detail as null.
        expect(closed).toHaveBeenCalledWith(null);
    });
});
