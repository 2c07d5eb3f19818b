package io.tanggap.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a rebuild has counted so far, from all its counting threads: every line seen (numbered here,
 * not with the table's numbers) and each thread's {@link DayCounts}.
 */
final class RebuildTally {

	private final Map<RollupLineIds.Line, Integer> lineNumbers = new ConcurrentHashMap<>();
	final List<RollupLineIds.Line> lines = new ArrayList<>();
	final AtomicLong answers = new AtomicLong();
	private final List<DayCounts> counts = new ArrayList<>();

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

	DayCounts newCounts() {
		DayCounts mine = new DayCounts();
		synchronized (counts) {
			counts.add(mine);
		}
		return mine;
	}

	/** @return every thread's counts summed into one, the others emptied */
	DayCounts summed() {
		DayCounts all = counts.isEmpty() ? new DayCounts() : counts.get(0);
		for (DayCounts other : counts.subList(Math.min(1, counts.size()), counts.size())) {
			all.add(other);
		}
		return all;
	}

	/** One day's counts of a line: {@code scores[offset + s]} answers with score {@code s}. */
	interface DayRow {
		void accept(long epochDay, int[] scores, int offset);
	}

	/**
	 * Counts of each score by line and local day, in blocks of {@link #DAYS} consecutive days held in
	 * one array, so that adding an answer is two array look-ups (no hashing, no object per day), and
	 * a line's days come out in order.
	 */
	static final class DayCounts {

		static final int DAYS = 8;
		private static final int SCORES = ScoreRollups.MAX_SCORE + 1;
		private static final int[][] NO_BLOCKS = new int[0][];

		/** By line: the number (epoch day / DAYS) of its first block. */
		private int[] firstBlock = new int[64];
		/** By line, then block: the block's counts, day by day, or null. */
		private int[][][] blocks = new int[64][][];

		void add(int line, long epochDay, int score) {
			block(line, Math.floorDiv(epochDay, DAYS))[(int) Math.floorMod(epochDay, DAYS) * SCORES + score]++;
		}

		private int[] block(int line, long number) {
			if (line >= blocks.length) {
				int size = Math.max(line + 1, blocks.length * 2);
				blocks = Arrays.copyOf(blocks, size);
				firstBlock = Arrays.copyOf(firstBlock, size);
			}
			int[][] mine = blocks[line];
			if (mine == null) {
				mine = NO_BLOCKS;
				firstBlock[line] = (int) number;
			}
			int at = (int) (number - firstBlock[line]);
			if (at < 0 || at >= mine.length) {
				int first = Math.min(firstBlock[line], (int) number);
				int last = Math.max(firstBlock[line] + mine.length - 1, (int) number);
				// Room for the line's later days: responses come mostly in time order.
				int[][] grown = new int[Math.max(last - first + 1, mine.length + mine.length / 2 + 8)][];
				System.arraycopy(mine, 0, grown, firstBlock[line] - first, mine.length);
				mine = grown;
				firstBlock[line] = first;
				at = (int) (number - first);
			}
			blocks[line] = mine;
			int[] block = mine[at];
			if (block == null) {
				block = new int[DAYS * SCORES];
				mine[at] = block;
			}
			return block;
		}

		/** Adds the other's counts to these and empties the other. */
		void add(DayCounts other) {
			for (int line = 0; line < other.blocks.length; line++) {
				int[][] theirs = other.blocks[line];
				if (theirs == null) {
					continue;
				}
				for (int b = 0; b < theirs.length; b++) {
					if (theirs[b] != null) {
						int[] block = block(line, (long) other.firstBlock[line] + b);
						for (int i = 0; i < block.length; i++) {
							block[i] += theirs[b][i];
						}
					}
				}
				other.blocks[line] = null;
			}
		}

		/** Hands each of the line's days that has answers to {@code row}, in order of day. */
		void forEachDay(int line, DayRow row) {
			int[][] mine = line < blocks.length ? blocks[line] : null;
			if (mine == null) {
				return;
			}
			for (int b = 0; b < mine.length; b++) {
				int[] block = mine[b];
				if (block == null) {
					continue;
				}
				for (int d = 0; d < DAYS; d++) {
					for (int s = 0; s < SCORES; s++) {
						if (block[d * SCORES + s] != 0) {
							row.accept(((long) firstBlock[line] + b) * DAYS + d, block, d * SCORES);
							break;
						}
					}
				}
			}
		}
	}
}
