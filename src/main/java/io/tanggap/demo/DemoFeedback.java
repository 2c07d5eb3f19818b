package io.tanggap.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import io.tanggap.feedback.Channel;
import io.tanggap.feedback.FeedbackIntake;
import io.tanggap.feedback.Submission;
import io.tanggap.identity.Actor;
import io.tanggap.identity.Branch;
import io.tanggap.survey.HiddenAnswers;
import io.tanggap.survey.SurveyId;
import io.tanggap.survey.SurveyManagement;

/**
 * About eighteen months of the café chain's feedback on every channel: a post-visit CSAT survey
 * with attribute ratings and a relationship NPS survey, with branch differences, a slow
 * improvement over time, and comments in Indonesian (formal and colloquial) and English. Generated
 * from a fixed seed, so every demo shows the same story.
 */
@Component
class DemoFeedback {

	static final int MONTHS = 18;
	private static final long SEED = 20261125L;
	private static final Channel[] CHANNELS = { Channel.QR, Channel.QR, Channel.QR, Channel.QR, Channel.WHATSAPP,
			Channel.WHATSAPP, Channel.LINK, Channel.EMAIL, Channel.WIDGET, Channel.API };

	private final SurveyManagement surveys;
	private final FeedbackIntake intake;
	private final DemoSettings settings;
	private final Clock clock;

	DemoFeedback(SurveyManagement surveys, FeedbackIntake intake, DemoSettings settings, Clock clock) {
		this.surveys = surveys;
		this.intake = intake;
		this.settings = settings;
		this.clock = clock;
	}

	/** @return how many responses were created */
	int create(Actor owner, List<Branch> branches) {
		SurveyId visit = surveys.publish(owner, surveys.createFromTemplate(owner, "csat-setelah-kunjungan",
				"CSAT setelah kunjungan").id()).id();
		SurveyId loyalty = surveys.publish(owner, surveys.createFromTemplate(owner, "relationship-nps",
				"NPS pelanggan").id()).id();
		Random random = new Random(SEED);
		ZoneId zone = ZoneId.of("Asia/Jakarta");
		LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
		LocalDate first = today.minusMonths(MONTHS);
		int created = 0;
		for (LocalDate day = first; day.isBefore(today); day = day.plusDays(1)) {
			double progress = (double) (day.toEpochDay() - first.toEpochDay()) / (today.toEpochDay() - first.toEpochDay());
			for (int b = 0; b < branches.size(); b++) {
				double base = 3.55 + 0.35 * progress - (b == 2 ? 0.3 : 0) + (b == 1 ? 0.1 : 0);
				int visits = poisson(random, settings.responsesPerDay());
				for (int i = 0; i < visits; i++) {
					Instant at = at(day, zone, random);
					submit(owner, visit, branches.get(b), at, visitAnswers(random, base), random, created++);
				}
				if (random.nextDouble() < settings.responsesPerDay() / 6.0) {
					submit(owner, loyalty, branches.get(b), at(day, zone, random), npsAnswers(random, base), random,
							created++);
				}
			}
		}
		return created;
	}

	/** A guest's answers and the language they answered in: their comment's, else Indonesian. */
	private record Answers(Map<String, Object> values, String language) {
	}

	private void submit(Actor owner, SurveyId survey, Branch branch, Instant at, Answers answers, Random random, int n) {
		Channel channel = CHANNELS[random.nextInt(CHANNELS.length)];
		intake.submit(owner.workspace(), new Submission(survey, "demo-" + n, answers.values(), channel, branch.id(),
				channel == Channel.QR ? "meja" : "kunjungan", null, answers.language(), at, HiddenAnswers.REJECT));
	}

	private static Answers visitAnswers(Random random, double base) {
		Map<String, Object> answers = new HashMap<>();
		double latent = base + random.nextGaussian() * 0.8;
		double sum = 0;
		String[] drivers = { "cleanliness", "speed", "staff", "taste", "value" };
		double[] weights = { 0.15, 0.3, 0.25, 0.2, 0.1 };
		double[] offsets = { 0.2, -0.35, 0.1, 0.3, -0.2 };
		List<String> weak = new ArrayList<>();
		for (int d = 0; d < drivers.length; d++) {
			int rating = clamp(latent + offsets[d] + random.nextGaussian() * 0.6, 1, 5);
			sum += weights[d] * rating;
			if (random.nextDouble() < 0.9) {
				answers.put(drivers[d], rating);
			}
			if (rating <= 2) {
				weak.add(drivers[d]);
			}
		}
		int overall = clamp(sum + random.nextGaussian() * 0.45, 1, 5);
		answers.put("overall", overall);
		if (overall <= 3 && !weak.isEmpty() && random.nextDouble() < 0.7) {
			answers.put("improve", weak);
		}
		if (random.nextDouble() < 0.35) {
			DemoComments.Comment comment = DemoComments.about(random, overall, weak);
			answers.put("comment", comment.text());
			return new Answers(answers, comment.language());
		}
		return new Answers(answers, "id");
	}

	private static Answers npsAnswers(Random random, double base) {
		Map<String, Object> answers = new HashMap<>();
		int nps = clamp((base - 1) * 2.5 + random.nextGaussian() * 1.8, 0, 10);
		answers.put("nps", nps);
		for (String driver : new String[] { "quality", "service", "value", "ease" }) {
			answers.put(driver, clamp(base + random.nextGaussian() * 0.8, 1, 5));
		}
		if (random.nextDouble() < 0.4) {
			DemoComments.Comment comment = DemoComments.about(random, nps >= 9 ? 5 : nps >= 7 ? 4 : 2, List.of());
			answers.put("reason", comment.text());
			return new Answers(answers, comment.language());
		}
		return new Answers(answers, "id");
	}

	private static Instant at(LocalDate day, ZoneId zone, Random random) {
		return day.atTime(7, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(14 * 60)));
	}

	private static int clamp(double value, int min, int max) {
		return (int) Math.max(min, Math.min(max, Math.round(value)));
	}

	private static int poisson(Random random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int count = 0;
		while (product > limit) {
			product *= random.nextDouble();
			count++;
		}
		return count;
	}
}
