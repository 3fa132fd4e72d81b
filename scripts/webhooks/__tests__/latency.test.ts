/** @jest-environment node */
import { latencyOf, median, seconds } from '../lib/latency';

describe('latency', () => {
    it('takes the middle value, or the mean of the two middle ones', () => {
        expect(median([9000, 4000, 6000])).toBe(6000);
        expect(median([4000, 9000, 6000, 5000])).toBe(5500);
        expect(() => median([])).toThrow('median of nothing');
    });

    it('shows milliseconds as seconds with one decimal', () => {
        expect(seconds(4210)).toBe('4.2 s');
        expect(seconds(0)).toBe('0.0 s');
    });

    it('measures from the send to the membership change, and flags clocks that disagree', () => {
        const sent = Date.parse('2026-03-02T10:00:00.000Z');
        expect(latencyOf(sent, '2026-03-02T10:00:04.000+0000')).toEqual({ ms: 4000, skewed: false });
        expect(latencyOf(sent, '2026-03-02T09:59:59.000+0000')).toEqual({ ms: 0, skewed: true });
    });
});
