package io.tanggap.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Refuses sign-in for an e-mail address, or from a client address, after repeated failures within
 * a window. Counts are kept per node in memory: a restart forgets them, which only ever helps a
 * legitimate user.
 */
@Component
class SignInThrottle {

	private record Failures(int count, Instant since) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final IdentitySettings settings;
	private final Clock clock;

	SignInThrottle(IdentitySettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	boolean blocked(String email, String client) {
		return blocked("email:" + normal(email)) || blocked("client:" + client);
	}

	void failed(String email, String client) {
		Instant now = clock.instant();
		for (String key : new String[] { "email:" + normal(email), "client:" + client }) {
			failures.compute(key, (k, f) -> f == null || expired(f, now) ? new Failures(1, now)
					: new Failures(f.count() + 1, f.since()));
		}
	}

	void succeeded(String email, String client) {
		failures.remove("email:" + normal(email));
		failures.remove("client:" + client);
	}

	/** Forgets failures whose window has passed, so the map cannot grow without bound. */
	@Scheduled(fixedDelay = 60_000)
	void forgetExpired() {
		Instant now = clock.instant();
		failures.values().removeIf(f -> expired(f, now));
	}

	private boolean blocked(String key) {
		Failures f = failures.get(key);
		return f != null && !expired(f, clock.instant()) && f.count() >= settings.maxFailedSignIns();
	}

	private boolean expired(Failures f, Instant now) {
		return f.since().plus(settings.signInWindow()).isBefore(now);
	}

	private static String normal(String email) {
		return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
	}
}
