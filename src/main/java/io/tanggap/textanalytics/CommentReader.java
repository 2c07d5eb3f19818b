package io.tanggap.textanalytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.feedback.Comments;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.ResponseId;
import io.tanggap.feedback.ResponseSubmitted;
import io.tanggap.shared.WorkspaceId;

/**
 * Reads the comments of new responses on a thread of its own, after their commit, so that taking
 * responses in never waits for it. While the intake is busy ({@link FeedbackIntake#busy}) it waits,
 * so that it never takes the CPU the intake needs; it catches up once the rush is over.
 * <p>
 * What it has not read yet is held in memory. Nothing is lost when that is lost: a comment without
 * a reading is found again by catching up, which reads the comments of the responses stored after a
 * point (their ids are time-ordered) that have no reading yet. It catches up from an hour before the
 * newest reading when the service starts (all comments when none has been read), and from just
 * before the first response it had to let go when more arrived than it holds.
 */
@Component
class CommentReader implements SmartLifecycle {

	/** Responses held for reading; beyond that they are let go and caught up with later. */
	static final int HELD = 20_000;
	/** Responses read in one transaction. */
	static final int PART = 256;
	/** How far before the newest reading catching up starts when the service starts. */
	static final Duration CATCH_UP_MARGIN = Duration.ofHours(1);
	private static final Duration QUIET_CHECK = Duration.ofMillis(50);
	private static final Logger LOG = LoggerFactory.getLogger(CommentReader.class);

	private final BlockingQueue<ResponseSubmitted> held = new ArrayBlockingQueue<>(HELD);
	private final CommentReading reading;
	private final CommentAnalyses analyses;
	private final Comments comments;
	private final FeedbackIntake intake;
	private final TransactionTemplate transactions;
	private final Clock clock;
	/** Where catching up goes on from: after this response; null when there is nothing to catch up. */
	private ResponseId catchUpAfter;
	private final Object catchUpLock = new Object();
	private volatile Thread thread;

	CommentReader(CommentReading reading, CommentAnalyses analyses, Comments comments, FeedbackIntake intake,
			TransactionTemplate transactions, Clock clock) {
		this.reading = reading;
		this.analyses = analyses;
		this.comments = comments;
		this.intake = intake;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Takes responses just committed; those it cannot hold are caught up with later. */
	void read(List<ResponseSubmitted> responses) {
		for (ResponseSubmitted response : responses) {
			if (!held.offer(response)) {
				catchUpFrom(response.response(), Duration.ofSeconds(1));
			}
		}
	}

	private void run() {
		boolean started = false;
		while (thread != null) {
			try {
				if (!started) {
					// Ids of the next minute bound the newest reading, so that an id that is not
					// time-ordered (a random one of an older version) cannot pass for the newest.
					ResponseId bound = before(new ResponseId(new UUID(clock.millis() << 16 | 0x7000L, 0)),
							Duration.ofMinutes(-1));
					catchUpFrom(analyses.newestReadBefore(bound).orElse(null), CATCH_UP_MARGIN);
					started = true;
				}
				if (!awaitQuiet()) {
					return;
				}
				if (!catchUp()) {
					readHeld();
				}
			}
			catch (RuntimeException e) {
				LOG.warn("Reading comments failed; they are read again shortly", e);
				pause(Duration.ofSeconds(1));
			}
		}
	}

	/** Reads what is held, a part at a time; waits a moment when nothing is. */
	private void readHeld() {
		ResponseSubmitted first;
		try {
			first = held.poll(200, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return;
		}
		if (first == null) {
			return;
		}
		List<ResponseSubmitted> part = new ArrayList<>(PART);
		part.add(first);
		held.drainTo(part, PART - 1);
		try {
			reading.readNew(part);
		}
		catch (RuntimeException e) {
			catchUpFrom(first.response(), Duration.ofSeconds(1));
			throw e;
		}
	}

	/** @return whether there was something to catch up with (and a part of it was read) */
	private boolean catchUp() {
		ResponseId after;
		synchronized (catchUpLock) {
			after = catchUpAfter;
		}
		if (after == null) {
			return false;
		}
		var part = comments.storedAfter(after, PART);
		if (part.isEmpty()) {
			synchronized (catchUpLock) {
				if (after.equals(catchUpAfter)) {
					catchUpAfter = null;
				}
			}
			return true;
		}
		Map<WorkspaceId, List<Comments.Comment>> byWorkspace = new LinkedHashMap<>();
		part.get().comments().forEach(c -> byWorkspace.computeIfAbsent(c.workspace(), w -> new ArrayList<>()).add(c));
		transactions.executeWithoutResult(status -> byWorkspace.forEach(reading::readAgain));
		synchronized (catchUpLock) {
			if (after.equals(catchUpAfter)) {
				catchUpAfter = part.get().last();
			}
		}
		return true;
	}

	/**
	 * Catches up from {@code margin} before the response (from the beginning for null), or from
	 * further back if catching up already goes further back.
	 */
	void catchUpFrom(ResponseId response, Duration margin) {
		ResponseId from = response == null ? new ResponseId(new UUID(0, 0)) : before(response, margin);
		synchronized (catchUpLock) {
			if (catchUpAfter == null || compare(from, catchUpAfter) < 0) {
				catchUpAfter = from;
			}
		}
	}

	/** @return the smallest time-ordered (version 7) id of the moment {@code margin} before the response's */
	static ResponseId before(ResponseId response, Duration margin) {
		long millis = response.value().version() == 7 ? response.value().getMostSignificantBits() >>> 16
				: Instant.EPOCH.toEpochMilli();
		long from = Math.max(0, millis - margin.toMillis());
		return new ResponseId(new UUID(from << 16 | 0x7000L, 0x8000_0000_0000_0000L));
	}

	/** Compares ids as the databases do: as unsigned numbers, the most significant half first. */
	private static int compare(ResponseId a, ResponseId b) {
		int high = Long.compareUnsigned(a.value().getMostSignificantBits(), b.value().getMostSignificantBits());
		return high != 0 ? high
				: Long.compareUnsigned(a.value().getLeastSignificantBits(), b.value().getLeastSignificantBits());
	}

	/** @return false when the reader is stopping */
	private boolean awaitQuiet() {
		while (intake.busy()) {
			if (thread == null) {
				return false;
			}
			pause(QUIET_CHECK);
		}
		return thread != null;
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void start() {
		Thread reader = new Thread(this::run, "comment-reader");
		reader.setDaemon(true);
		thread = reader;
		reader.start();
	}

	/** Lets the current part finish (an interrupted write could close the embedded database's file). */
	@Override
	public void stop() {
		Thread reader = thread;
		thread = null;
		if (reader != null) {
			try {
				reader.join(Duration.ofSeconds(30).toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}

	/** Stops before the response writer (whose phase is 1,024 lower) and the database. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 512;
	}
}
