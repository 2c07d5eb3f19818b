package io.tanggap.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SignInThrottleTests {

	private final MutableClock clock = new MutableClock();
	private final SignInThrottle throttle = new SignInThrottle(
			new IdentitySettings(3, Duration.ofMinutes(15), Duration.ofDays(7), "http://localhost"), clock);

	@Test
	void blocksAnAddressAfterTheAllowedFailures() {
		throttle.failed("Ani@Example.com", "10.0.0.1");
		throttle.failed("ani@example.com", "10.0.0.2");
		assertThat(throttle.blocked("ani@example.com", "10.0.0.9")).isFalse();
		throttle.failed("ani@example.com ", "10.0.0.3");
		assertThat(throttle.blocked("ani@example.com", "10.0.0.9")).isTrue();
		assertThat(throttle.blocked("budi@example.com", "10.0.0.9")).isFalse();
	}

	@Test
	void blocksAClientGuessingManyAddresses() {
		throttle.failed("a@example.com", "10.0.0.1");
		throttle.failed("b@example.com", "10.0.0.1");
		throttle.failed("c@example.com", "10.0.0.1");
		assertThat(throttle.blocked("d@example.com", "10.0.0.1")).isTrue();
		assertThat(throttle.blocked("d@example.com", "10.0.0.2")).isFalse();
	}

	@Test
	void opensAgainWhenTheWindowHasPassed() {
		for (int i = 0; i < 3; i++) {
			throttle.failed("ani@example.com", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(16));
		assertThat(throttle.blocked("ani@example.com", "10.0.0.1")).isFalse();
		throttle.forgetExpired();
		throttle.failed("ani@example.com", "10.0.0.1");
		assertThat(throttle.blocked("ani@example.com", "10.0.0.1")).isFalse();
	}

	@Test
	void forgetsFailuresAfterASuccessfulSignIn() {
		throttle.failed("ani@example.com", "10.0.0.1");
		throttle.failed("ani@example.com", "10.0.0.1");
		throttle.succeeded("ani@example.com", "10.0.0.1");
		throttle.failed("ani@example.com", "10.0.0.1");
		assertThat(throttle.blocked("ani@example.com", "10.0.0.1")).isFalse();
	}

	static final class MutableClock extends Clock {
		private Instant now = Instant.parse("2026-11-25T03:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	}
}
