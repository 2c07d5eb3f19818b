package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a rebuild has counted so far, from all its counting threads: every line seen (numbered here,
 * not with the table's numbers) and each thread's counts by line and local day.
 */
final class RebuildTally {

	private final Map<RollupLineIds.Line, Integer> lineNumbers = new ConcurrentHashMap<>();
	final List<RollupLineIds.Line> lines = new ArrayList<>();
	final AtomicLong answers = new AtomicLong();
	/** Each thread's counts: (line number here, epoch day) → count of each score. */
	private final List<Map<Long, int[]>> counts = new ArrayList<>();

	int number(RollupLineIds.Line line) {
		return lineNumbers.computeIfAbsent(line, l -> {
			synchronized (lines) {
				lines.add(l);
				return lines.size() - 1;
			}
		});
	}

	long answers() {
		return answers.get();
	}

	Map<Long, int[]> newCounts() {
		Map<Long, int[]> mine = new HashMap<>();
		synchronized (counts) {
			counts.add(mine);
		}
		return mine;
	}

	/** @return every thread's counts summed into one, the others emptied */
	Map<Long, int[]> summed() {
		Map<Long, int[]> all = counts.isEmpty() ? new HashMap<>() : counts.get(0);
		for (Map<Long, int[]> other : counts.subList(Math.min(1, counts.size()), counts.size())) {
			other.forEach((key, value) -> all.merge(key, value, (a, b) -> {
				for (int i = 0; i < a.length; i++) {
					a[i] += b[i];
				}
				return a;
			}));
			other.clear();
		}
		return all;
	}
}
