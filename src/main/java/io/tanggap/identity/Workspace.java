package io.tanggap.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;

import io.tanggap.shared.WorkspaceId;

/**
 * A business using Tanggap (a tenant). Its time zone and currency are used for every date and
 * amount shown to its people; its language is the default for new users.
 */
public record Workspace(WorkspaceId id, String name, ZoneId timeZone, Currency currency, String language,
		Instant createdAt) {

	public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Jakarta");
	public static final Currency DEFAULT_CURRENCY = Currency.getInstance("IDR");

	Workspace withSettings(String newName, ZoneId newZone, Currency newCurrency, String newLanguage) {
		return new Workspace(id, newName, newZone, newCurrency, newLanguage, createdAt);
	}
}
