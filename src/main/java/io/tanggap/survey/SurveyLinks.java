package io.tanggap.survey;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tanggap.shared.Problem;

/**
 * Builds the public links of a survey, {@code <publicUrl>/s/<surveyId>}, with the parameters that
 * attribute a response: {@code ch} (channel), {@code b} (branch id), {@code t} (touchpoint) and
 * {@code k} (a personal token); and WhatsApp click-to-chat links that carry one of them.
 */
final class SurveyLinks {

	static final int MAX_TOUCHPOINT = 100;
	static final int MAX_TOKEN = 200;
	private static final Pattern PHONE = Pattern.compile("[1-9]\\d{7,14}");
	private static final Pattern PHONE_PUNCTUATION = Pattern.compile("[\\s().-]");

	/**
	 * What a link carries besides the survey; every part may be null.
	 * @param touchpoint where the customer met the business, e.g. {@code kasir}; at most 100 characters
	 * @param token a personal token for one customer, so that a response counts once
	 */
	record Attribution(LinkChannel channel, UUID branch, String touchpoint, String token) {

		static Attribution of(LinkChannel channel, UUID branch) {
			return new Attribution(channel, branch, null, null);
		}
	}

	private final String base;

	/** @param publicUrl the service's address without a trailing slash */
	SurveyLinks(String publicUrl) {
		this.base = publicUrl;
	}

	/** @return the link without parameters, for people to read or type */
	String plain(SurveyId survey) {
		return base + "/s/" + survey;
	}

	/** @return the link with the attribution's parameters, URL-encoded */
	String link(SurveyId survey, Attribution attribution) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (attribution.channel() != null) {
			parameters.put("ch", attribution.channel().parameter());
		}
		if (attribution.branch() != null) {
			parameters.put("b", attribution.branch().toString());
		}
		parameters.put("t", limited(attribution.touchpoint(), "touchpoint", MAX_TOUCHPOINT));
		parameters.put("k", limited(attribution.token(), "token", MAX_TOKEN));
		StringBuilder link = new StringBuilder(plain(survey));
		char separator = '?';
		for (Map.Entry<String, String> parameter : parameters.entrySet()) {
			if (parameter.getValue() != null) {
				link.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
				separator = '&';
			}
		}
		return link.toString();
	}

	/**
	 * @param phone a number in international form (e.g. {@code 6281234567890}, also with {@code +},
	 * spaces or dashes), or null to let the sender pick the chat
	 * @return a {@code wa.me} link that opens WhatsApp with the message typed in
	 */
	static String whatsApp(String phone, String message) {
		String to = phone == null || phone.isBlank() ? "" : phone(phone);
		return "https://wa.me/" + to + "?text=" + encode(message);
	}

	/** @return the digits of an international phone number, or a 422 problem */
	static String phone(String phone) {
		String digits = PHONE_PUNCTUATION.matcher(phone.strip()).replaceAll("");
		digits = digits.startsWith("+") ? digits.substring(1) : digits;
		if (!PHONE.matcher(digits).matches()) {
			throw Problem.invalid("phone-invalid", phone);
		}
		return digits;
	}

	/** Percent-encodes for a query value; spaces become {@code %20}, which every client reads alike. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String limited(String value, String what, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw Problem.invalid("too-long", what, max);
		}
		return stripped;
	}
}
