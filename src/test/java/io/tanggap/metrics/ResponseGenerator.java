package io.tanggap.metrics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Consumer;

import io.tanggap.feedback.Channel;

/**
 * Realistic responses of a chain of cafés for the metrics benchmark, in time order, the same for the
 * same seed and day: three years up to now in the workspace's zone, more on weekends, in the
 * December holidays and as the chain grows; branches of unequal size (two of them weaker),
 * channels and touchpoints in fixed shares; and scores that hang together: six driver ratings
 * share a general satisfaction, CSAT is mostly their weighted sum, NPS follows CSAT and CES follows
 * speed. Nothing is held but one day's times: responses go to the consumer one by one.
 */
final class ResponseGenerator {

	/** One response: its time, dimensions and scores; a skipped question's score is {@link #SKIPPED}. */
	record Generated(Instant submittedAt, Channel channel, UUID branch, String touchpoint, String language, int nps,
			int csat, int ces, int[] drivers) {
	}

	static final int SKIPPED = -1;
	static final List<String> DRIVERS = List.of("kebersihan", "kecepatan", "keramahan", "harga", "kualitas", "suasana");
	static final List<Channel> CHANNELS = List.of(Channel.QR, Channel.WHATSAPP, Channel.LINK, Channel.EMAIL, Channel.WIDGET);
	static final List<String> TOUCHPOINTS = List.of("kasir", "layanan-meja", "pesan-antar", "aplikasi");

	private static final double[] CHANNEL_SHARES = { 0.35, 0.25, 0.20, 0.10, 0.10 };
	private static final double[] TOUCHPOINT_SHARES = { 0.40, 0.30, 0.20, 0.10 };
	private static final double[] TOUCHPOINT_EFFECT = { 0.0, 0.05, -0.25, 0.10 };
	/** What each driver weighs in CSAT (quality and speed most, ambience least); they sum to one. */
	private static final double[] DRIVER_WEIGHTS = { 0.10, 0.25, 0.20, 0.10, 0.30, 0.05 };
	private static final double[] DRIVER_MEANS = { 4.1, 3.8, 4.2, 3.4, 4.1, 4.0 };
	/** Share of responses by local hour, 0–23: a café open 7:00–22:00 with lunch and after-work peaks. */
	private static final double[] HOURS = { 0, 0, 0, 0, 0, 0, 0, 3, 6, 6, 5, 6, 10, 9, 6, 5, 6, 8, 9, 8, 6, 4, 2, 0 };

	private final ZoneId zone;
	private final List<UUID> branches;
	private final double[] branchShares;
	private final double[] branchQuality;
	private final SplittableRandom random;

	ResponseGenerator(ZoneId zone, List<UUID> branches, long seed) {
		this.zone = zone;
		this.branches = branches;
		this.random = new SplittableRandom(seed);
		branchShares = new double[branches.size()];
		branchQuality = new double[branches.size()];
		SplittableRandom fixed = new SplittableRandom(seed ^ 0x5DEECE66DL);
		for (int b = 0; b < branches.size(); b++) {
			branchShares[b] = 1.0 / (1 + 0.12 * b);
			branchQuality[b] = b == 4 || b == 13 ? -0.6 : 0.25 * fixed.nextGaussian();
		}
	}

	/** Generates {@code total} responses from three years ago up to {@code now}, oldest first. */
	void generate(long total, Instant now, Consumer<Generated> consumer) {
		LocalDate today = LocalDate.ofInstant(now, zone);
		LocalDate first = today.minusYears(3).plusDays(1);
		int days = (int) ChronoUnit.DAYS.between(first, today) + 1;
		double[] cumulative = new double[days + 1];
		for (int d = 0; d < days; d++) {
			LocalDate day = first.plusDays(d);
			double weight = volume(day, d / 365.0);
			if (day.equals(today)) {
				weight *= (now.getEpochSecond() - today.atStartOfDay(zone).toEpochSecond()) / 86_400.0;
			}
			cumulative[d + 1] = cumulative[d] + weight;
		}
		long written = 0;
		for (int d = 0; d < days; d++) {
			long upTo = Math.round(total * cumulative[d + 1] / cumulative[days]);
			LocalDate day = first.plusDays(d);
			long start = day.atStartOfDay(zone).toEpochSecond();
			long end = day.equals(today) ? now.getEpochSecond() : day.plusDays(1).atStartOfDay(zone).toEpochSecond();
			long[] millis = new long[(int) (upTo - written)];
			for (int i = 0; i < millis.length; i++) {
				// today so far has no opening hours to follow: its few responses spread evenly up to now
				millis[i] = day.equals(today) ? start * 1000 + random.nextLong(Math.max(1, (end - start) * 1000))
						: start * 1000 + (long) (hourOfDay() * 3_600_000);
			}
			Arrays.sort(millis);
			for (long at : millis) {
				consumer.accept(response(Instant.ofEpochMilli(at), day, d / 365.0));
			}
			written = upTo;
		}
	}

	/** How busy a day is: weekends, the December holidays and a school-holiday bump in July, and growth. */
	private static double volume(LocalDate day, double years) {
		double weekly = switch (day.getDayOfWeek()) {
			case SATURDAY -> 1.35;
			case SUNDAY -> 1.30;
			case FRIDAY -> 1.10;
			default -> 0.90;
		};
		double yearly = 1 + 0.15 * Math.cos(2 * Math.PI * (day.getDayOfYear() - 358) / 365.0)
				+ 0.10 * Math.exp(-Math.pow((day.getDayOfYear() - 190) / 12.0, 2));
		return weekly * yearly * (1 + 0.2 * years);
	}

	/** @return hours since local midnight, following {@link #HOURS} */
	private double hourOfDay() {
		return pick(HOURS) + random.nextDouble();
	}

	private Generated response(Instant at, LocalDate day, double years) {
		int b = pick(branchShares);
		int t = pick(TOUCHPOINT_SHARES);
		double general = random.nextGaussian() + 0.05 * years;
		boolean rush = day.getMonthValue() == 12 || day.getDayOfWeek() == DayOfWeek.SATURDAY;
		double[] latent = new double[DRIVERS.size()];
		double csatLatent = 0;
		for (int j = 0; j < latent.length; j++) {
			double effect = 0.5 * branchQuality[b] + TOUCHPOINT_EFFECT[t] + (j == 1 && rush ? -0.3 : 0);
			latent[j] = 0.7 * general + effect + 0.7 * random.nextGaussian();
			csatLatent += DRIVER_WEIGHTS[j] * latent[j];
		}
		csatLatent += 0.5 * random.nextGaussian();
		int[] drivers = new int[latent.length];
		boolean driversShown = random.nextDouble() < 0.9;
		for (int j = 0; j < drivers.length; j++) {
			drivers[j] = driversShown && random.nextDouble() < 0.95 ? clamp(DRIVER_MEANS[j] + 0.8 * latent[j], 1, 5) : SKIPPED;
		}
		int csat = random.nextDouble() < 0.95 ? clamp(4.2 + 0.9 * csatLatent, 1, 5) : SKIPPED;
		int nps = clamp(8.3 + 1.6 * (0.8 * csatLatent + 0.6 * random.nextGaussian()), 0, 10);
		int ces = random.nextDouble() < 0.7
				? clamp(5.5 + 1.2 * (0.6 * latent[1] + 0.3 * general + 0.6 * random.nextGaussian()), 1, 7) : SKIPPED;
		return new Generated(at, CHANNELS.get(pick(CHANNEL_SHARES)), branches.get(b), TOUCHPOINTS.get(t),
				random.nextDouble() < 0.9 ? "id" : "en", nps, csat, ces, drivers);
	}

	private int pick(double[] shares) {
		double sum = 0;
		for (double share : shares) {
			sum += share;
		}
		double x = random.nextDouble() * sum;
		for (int i = 0; i < shares.length; i++) {
			x -= shares[i];
			if (x < 0) {
				return i;
			}
		}
		return shares.length - 1;
	}

	private static int clamp(double latent, int min, int max) {
		return (int) Math.max(min, Math.min(max, Math.round(latent)));
	}
}
