package io.tanggap.feedback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import io.tanggap.shared.Problem;
import io.tanggap.shared.WorkspaceId;

/**
 * Writes checked responses in shared transactions: one writer thread takes whatever has queued up
 * (up to {@link #MAX_BATCH}) and commits it at once, so many concurrent submissions cost one
 * commit instead of one each. A caller waits until the commit of its response and is told then
 * whether it was new or a repeat of an earlier idempotency key. If a batch fails, its responses
 * are written one by one so that one bad response cannot fail the others.
 */
@Component
class GroupCommit implements SmartLifecycle {

	static final int MAX_BATCH = 256;
	/**
	 * A commit of this many responses means they are queueing up: the intake is {@link #crowded}.
	 * A busy café or clinic sends a response every few seconds; eight at once come only from many
	 * clients posting together.
	 */
	static final int CROWDED_BATCH = 8;
	/** How long the intake counts as crowded after such a commit. */
	static final Duration CROWDED_FOR = Duration.ofMillis(250);
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

	private record Pending(SurveyResponse response, CompletableFuture<FeedbackIntake.Receipt> done) {
	}

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(16 * MAX_BATCH);
	private final Responses responses;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private volatile Thread writer;
	/** When a commit last took {@link #CROWDED_BATCH} responses or more (System.nanoTime). */
	private volatile long lastCrowded = System.nanoTime() - CROWDED_FOR.toNanos();

	GroupCommit(Responses responses, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.responses = responses;
		this.transactions = transactions;
		this.events = events;
	}

	/** @return whether responses have been queueing up for the shared commit in the last moment */
	boolean crowded() {
		return System.nanoTime() - lastCrowded < CROWDED_FOR.toNanos();
	}

	/** Queues the response and waits for the commit that contains it. */
	FeedbackIntake.Receipt write(SurveyResponse response) {
		Pending pending = new Pending(response, new CompletableFuture<>());
		try {
			if (writer == null || !queue.offer(pending, WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw Problem.unavailable("intake-busy");
			}
			return pending.done().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Problem.unavailable("intake-busy");
		}
		catch (TimeoutException e) {
			throw Problem.unavailable("intake-busy");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * Commits what has queued up until {@link #stop()}, then what is still queued, then ends; stop
	 * is noticed within one wait (200 ms).
	 */
	private void run() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (true) {
			Pending first;
			try {
				first = writer == null ? queue.poll() : queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			if (first == null) {
				if (writer == null) {
					return;
				}
				continue;
			}
			batch.add(first);
			queue.drainTo(batch, MAX_BATCH - 1);
			if (batch.size() >= CROWDED_BATCH) {
				lastCrowded = System.nanoTime();
			}
			try {
				commit(batch);
			}
			finally {
				batch.clear();
			}
		}
	}

	private void commit(List<Pending> batch) {
		try {
			Map<Pending, FeedbackIntake.Receipt> receipts = transactions.execute(status -> store(batch));
			receipts.forEach((pending, receipt) -> pending.done().complete(receipt));
		}
		catch (RuntimeException e) {
			if (batch.size() == 1) {
				Pending pending = batch.get(0);
				SurveyResponse response = pending.response();
				var raced = e instanceof DuplicateKeyException
						? responses.findKey(response.workspace(), response.idempotencyKey())
						: java.util.Optional.<Responses.KeyUse>empty();
				if (raced.isPresent()) {
					pending.done().complete(FeedbackIntake.repeat(raced.get(), response.idempotencyKey(), response.survey()));
				}
				else {
					pending.done().completeExceptionally(e);
				}
				return;
			}
			LOG.warn("A batch of {} responses failed ({}); writing them one by one", batch.size(), e.toString());
			for (Pending pending : batch) {
				commit(List.of(pending));
			}
		}
	}

	/**
	 * Stores each response whose key is new in its workspace (also within this batch); the others are
	 * repeats, answered with the response that used the key first.
	 */
	private Map<Pending, FeedbackIntake.Receipt> store(List<Pending> batch) {
		List<SurveyResponse> stored = responses.insertNew(batch.stream().map(Pending::response).toList());
		Set<ResponseId> storedIds = stored.stream().map(SurveyResponse::id).collect(Collectors.toSet());
		Map<WorkspaceId, Map<String, Responses.KeyUse>> used = new HashMap<>();
		batch.stream().map(Pending::response).filter(r -> !storedIds.contains(r.id()))
			.collect(Collectors.groupingBy(SurveyResponse::workspace,
					Collectors.mapping(SurveyResponse::idempotencyKey, Collectors.toSet())))
			.forEach((workspace, keys) -> used.put(workspace, responses.findKeys(workspace, keys)));
		Map<Pending, FeedbackIntake.Receipt> receipts = new HashMap<>();
		for (Pending pending : batch) {
			SurveyResponse response = pending.response();
			if (storedIds.contains(response.id())) {
				receipts.put(pending, new FeedbackIntake.Receipt(response.id(), false));
				continue;
			}
			Responses.KeyUse earlier = used.get(response.workspace()).get(response.idempotencyKey());
			if (earlier == null) {
				// Left out for a key that another transaction holds but has not kept: the client may retry.
				throw Problem.unavailable("intake-busy");
			}
			receipts.put(pending, FeedbackIntake.repeat(earlier, response.idempotencyKey(), response.survey()));
		}
		if (!stored.isEmpty()) {
			List<ResponseSubmitted> submitted = stored.stream().map(SurveyResponse::submitted).toList();
			submitted.forEach(events::publishEvent);
			ResponsesSubmitted.parts(submitted).forEach(events::publishEvent);
		}
		return receipts;
	}

	@Override
	public void start() {
		Thread thread = new Thread(this::run, "response-writer");
		thread.setDaemon(false);
		writer = thread;
		thread.start();
	}

	/** Stops taking new responses, writes what is queued, then ends the writer. */
	@Override
	public void stop() {
		Thread thread = writer;
		writer = null;
		if (thread != null) {
			// No interrupt: an interrupted write to the embedded database's file would close it.
			try {
				thread.join(WAIT.toMillis());
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return writer != null;
	}

	/** Stops after the web server (which stops taking requests first) and before the database. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 1024;
	}
}
