package io.tanggap.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.tanggap.identity.Actors;
import io.tanggap.identity.Workspace;
import io.tanggap.identity.WorkspaceSetup;

/**
 * Dates, times and money as people of the current workspace read them: in its time zone and
 * currency, in the page's language. Templates call it as {@code ${@display.dateTime(instant)}}.
 */
@Component("display")
public class Display {

	private final WorkspaceSetup workspaces;

	Display(WorkspaceSetup workspaces) {
		this.workspaces = workspaces;
	}

	public String dateTime(Instant instant) {
		if (instant == null) {
			return "—";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale()).withZone(zone()).format(instant);
	}

	public String money(BigDecimal amount) {
		Locale locale = LocaleContextHolder.getLocale();
		NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale.getLanguage() + "-ID"));
		Currency currency = workspace().map(Workspace::currency).orElse(Workspace.DEFAULT_CURRENCY);
		format.setCurrency(currency);
		format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
		format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
		return format.format(amount);
	}

	public ZoneId zone() {
		return workspace().map(Workspace::timeZone).orElse(Workspace.DEFAULT_TIME_ZONE);
	}

	private java.util.Optional<Workspace> workspace() {
		return Actors.current().flatMap(actor -> workspaces.find(actor.workspace()));
	}
}
