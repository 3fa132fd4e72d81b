/**
 * "Did you mean …": the closest real name to an unknown one. API names are case-insensitive, and the typical
 * slip is a swapped pair of letters (`Emial`), so the distance counts a transposition as one edit
 * (optimal string alignment distance).
 */

export function editDistance(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    const rows = s.length + 1;
    const cols = t.length + 1;
    const d: number[][] = Array.from({ length: rows }, (_, i) => {
        const row = new Array<number>(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++) d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = s[i - 1] === t[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
            }
        }
    }
    return d[rows - 1][cols - 1];
}

function commonPrefix(a: string, b: string): number {
    const s = a.toLowerCase();
    const t = b.toLowerCase();
    let i = 0;
    while (i < s.length && i < t.length && s[i] === t[i]) i++;
    return i;
}

/**
 * The candidate closest to `name`: fewest edits, then the longest shared prefix, then the shortest name.
 * Undefined when there is no candidate at all, or when even the best one shares too little with `name`
 * to help (more edits than half its length): a wild guess is worse than none.
 */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
    let best: string | undefined;
    let bestScore: [number, number, number] | undefined;
    for (const candidate of candidates) {
        const score: [number, number, number] = [
            editDistance(name, candidate),
            -commonPrefix(name, candidate),
            candidate.length
        ];
        if (
            !bestScore ||
            score[0] < bestScore[0] ||
            (score[0] === bestScore[0] &&
                (score[1] < bestScore[1] || (score[1] === bestScore[1] && score[2] < bestScore[2])))
        ) {
            best = candidate;
            bestScore = score;
        }
    }
    if (best === undefined || bestScore === undefined) return undefined;
    return bestScore[0] <= Math.max(2, Math.ceil(Math.max(name.length, best.length) / 2)) ? best : undefined;
}
