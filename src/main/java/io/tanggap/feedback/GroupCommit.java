package io.tanggap.feedback;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
	private static final Duration WAIT = Duration.ofSeconds(30);
	private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

	private record Pending(SurveyResponse response, CompletableFuture<FeedbackIntake.Receipt> done) {
	}

	private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(16 * MAX_BATCH);
	private final Responses responses;
	private final TransactionTemplate transactions;
	private final ApplicationEventPublisher events;
	private volatile Thread writer;

	GroupCommit(Responses responses, TransactionTemplate transactions, ApplicationEventPublisher events) {
		this.responses = responses;
		this.transactions = transactions;
		this.events = events;
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

	private void run() {
		List<Pending> batch = new ArrayList<>(MAX_BATCH);
		while (!Thread.currentThread().isInterrupted() || !queue.isEmpty()) {
			try {
				Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, MAX_BATCH - 1);
				commit(batch);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
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

	/** Stores each response whose key is new (in the database and in this batch); the rest are repeats. */
	private Map<Pending, FeedbackIntake.Receipt> store(List<Pending> batch) {
		Map<WorkspaceId, Map<String, Responses.KeyUse>> used = new HashMap<>();
		batch.stream().collect(Collectors.groupingBy(p -> p.response().workspace(),
				Collectors.mapping(p -> p.response().idempotencyKey(), Collectors.toSet())))
			.forEach((workspace, keys) -> used.put(workspace, responses.findKeys(workspace, keys)));
		Map<Pending, FeedbackIntake.Receipt> receipts = new HashMap<>();
		List<SurveyResponse> fresh = new ArrayList<>();
		for (Pending pending : batch) {
			SurveyResponse response = pending.response();
			Map<String, Responses.KeyUse> keys = used.get(response.workspace());
			Responses.KeyUse earlier = keys.get(response.idempotencyKey());
			if (earlier != null) {
				receipts.put(pending, FeedbackIntake.repeat(earlier, response.idempotencyKey(), response.survey()));
				continue;
			}
			fresh.add(response);
			keys.put(response.idempotencyKey(), new Responses.KeyUse(response.id(), response.survey()));
			receipts.put(pending, new FeedbackIntake.Receipt(response.id(), false));
		}
		responses.insertAll(fresh);
		fresh.forEach(response -> events.publishEvent(response.submitted()));
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
			thread.interrupt();
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
